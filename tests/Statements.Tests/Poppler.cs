using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>A word as poppler places it on a page (<c>pdftotext -bbox</c>): points from the page's top left.</summary>
public sealed record PdfWord(int Page, double XMin, double YMin, double XMax, double YMax, string Text);

/// <summary>
/// Reads a PDF back with Debian's poppler-utils (<c>pdftotext</c>, <c>pdffonts</c>; test.sh installs them): what a
/// reader's viewer would find in it, not what the renderer meant to put there.
/// </summary>
public static partial class Poppler
{
    /// <summary>The text, page by page, in the order it was drawn (<c>pdftotext -raw</c>).</summary>
    public static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf)
    {
        var text = await RunAsync("pdftotext", pdf, "-raw", "-enc", "UTF-8", "{pdf}", "-");
        var pages = text.Split('\f').ToList();
        if (pages.Count > 0 && string.IsNullOrWhiteSpace(pages[^1]))
        {
            pages.RemoveAt(pages.Count - 1);
        }

        return pages;
    }

    /// <summary>All the text with every run of white space made one space, so a wrapped paragraph reads as one line.</summary>
    public static async Task<string> FlatTextAsync(byte[] pdf) => Flat(string.Join(" ", await PagesAsync(pdf)));

    public static string Flat(string text) => Whitespace().Replace(text, " ").Trim();

    public static async Task<IReadOnlyList<PdfWord>> WordsAsync(byte[] pdf)
    {
        var html = await RunAsync("pdftotext", pdf, "-bbox", "-enc", "UTF-8", "{pdf}", "-");
        var words = new List<PdfWord>();
        var page = 0;
        foreach (var line in html.Split('\n'))
        {
            if (line.TrimStart().StartsWith("<page ", StringComparison.Ordinal))
            {
                page++;
            }
            else if (Word().Match(line) is { Success: true } m)
            {
                double At(int group) => double.Parse(m.Groups[group].Value, CultureInfo.InvariantCulture);
                words.Add(new PdfWord(page, At(1), At(2), At(3), At(4), WebUtility.HtmlDecode(m.Groups[5].Value)));
            }
        }

        return words;
    }

    /// <summary>Each font of the PDF (<c>pdffonts</c>): its name and whether it is embedded.</summary>
    public static async Task<IReadOnlyList<(string Name, bool Embedded)>> FontsAsync(byte[] pdf)
    {
        var output = await RunAsync("pdffonts", pdf, "{pdf}");
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        // Fixed-width columns (name, type, encoding, emb, sub, uni, object, ID) under a rule of dashes: names have spaces.
        var columns = Regex.Matches(lines[1], "-+").Select(m => (m.Index, m.Length)).ToList();
        string Column(string line, int i) => line.Length <= columns[i].Index ? "" : line.Substring(columns[i].Index, Math.Min(columns[i].Length, line.Length - columns[i].Index)).Trim();
        return lines.Skip(2).Select(l => (Column(l, 0), Column(l, 3) == "yes")).ToList();
    }

    /// <summary>With SUMMIT_KEEP_PDF set to a directory, the PDFs the tests read are kept there to be looked at.</summary>
    public static void Keep(string name, byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("SUMMIT_KEEP_PDF") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllBytes(Path.Combine(directory, name), pdf);
        }
    }

    private static async Task<string> RunAsync(string tool, byte[] pdf, params string[] arguments)
    {
        using var work = new TempDirectory();
        var file = Path.Combine(work.Path, "text.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        var start = new ProcessStartInfo(tool, arguments.Select(a => a == "{pdf}" ? file : a))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"{tool} is not installed: install Debian's poppler-utils (test.sh does).", e);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {error}");
            return await output;
        }
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\" yMax=\"([0-9.]+)\">(.*)</word>")]
    private static partial Regex Word();
}
