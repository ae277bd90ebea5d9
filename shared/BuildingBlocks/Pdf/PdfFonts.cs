using PdfSharp.Fonts;

namespace SummitCoordination.BuildingBlocks.Pdf;

/// <summary>
/// The typeface of every PDF the services print (official texts, meeting records), found among the system's fonts: PDFsharp 6 reads no system fonts on Linux and
/// asks a resolver for the font files. DejaVu Serif (fonts-dejavu-core) it is: it has every letter of the seven
/// languages (issue 24): Kazakh's ә ғ қ ң ө ұ ү һ і, Kyrgyz's ң ө ү, Tajik's ғ ӣ қ ӯ ҳ ҷ, Turkmen's ç ä ň ö ş ü ý ž and
/// Uzbek's oʻ gʻ (U+02BB) and ʼ (U+02BC). Liberation Serif, preferred before, has none of the Cyrillic letters beyond
/// Russian's nor U+02BB, and PDFsharp substitutes no other font for a missing glyph: the letter would vanish from the
/// page. Its licence allows embedding the font in a document, which PDFsharp does (a subset of the glyphs used). A
/// machine without it (a bare server or container) gets DejaVu Serif from the copy shipped in this assembly (Fonts/,
/// with its Bitstream Vera licence, which allows redistribution), so a PDF prints wherever the service runs. One resolver for
/// the whole process (PDFsharp keeps one), shared by every service module of a host.
/// </summary>
public sealed class PdfFonts : IFontResolver
{
    /// <summary>The family name the renderer asks for; the resolver maps it to the files found.</summary>
    public const string Family = "Official Serif";

    /// <summary>Each candidate's regular, bold and italic file names, in order of preference.</summary>
    private static readonly (string Name, string Regular, string Bold, string Italic)[] Candidates =
    [
        ("DejaVu Serif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
    ];

    private static readonly string[] FontDirectories = ["/usr/share/fonts", "/usr/local/share/fonts", "/Library/Fonts", @"C:\Windows\Fonts"];

    /// <summary>
    /// PDFsharp keeps one resolver for the process (<see cref="GlobalFontSettings.FontResolver"/>, set once before any
    /// font is used): this is the one instance set there.
    /// </summary>
    public static readonly PdfFonts Instance = new();

    private static readonly Lock Installing = new();

    private readonly Lazy<(string Name, Dictionary<string, byte[]> Faces)> _found = new(Find);

    private PdfFonts()
    {
    }

    /// <summary>The family found on this machine (for the README and the tests); throws when none is installed.</summary>
    public string FoundFamily => _found.Value.Name;

    /// <summary>Sets this resolver as PDFsharp's, once per process; a second call, from another host in the same process, does nothing.</summary>
    public static void Install()
    {
        lock (Installing)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = Instance;
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!string.Equals(familyName, Family, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return new FontResolverInfo(bold ? "bold" : italic ? "italic" : "regular");
    }

    /// <summary>The family in a size and style, Unicode-mapped and embedded as a subset (Cyrillic can be selected and searched).</summary>
    public static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) =>
        new(Family, size, style, new XPdfFontOptions(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset));

    public byte[]? GetFont(string faceName) => _found.Value.Faces.GetValueOrDefault(faceName);

    private static (string, Dictionary<string, byte[]>) Find()
    {
        var files = FontDirectories.Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.ttf", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key!, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var (name, regular, bold, italic) in Candidates)
        {
            if (files.TryGetValue(regular, out var r) && files.TryGetValue(bold, out var b) && files.TryGetValue(italic, out var i))
            {
                return (name, new Dictionary<string, byte[]>
                {
                    ["regular"] = File.ReadAllBytes(r),
                    ["bold"] = File.ReadAllBytes(b),
                    ["italic"] = File.ReadAllBytes(i),
                });
            }
        }

        return Shipped();
    }

    /// <summary>DejaVu Serif as shipped in this assembly (the fallback when the machine has neither family).</summary>
    public static (string Name, Dictionary<string, byte[]> Faces) Shipped()
    {
        var assembly = typeof(PdfFonts).Assembly;
        byte[] Read(string file)
        {
            using var stream = assembly.GetManifestResourceStream($"SummitCoordination.BuildingBlocks.Pdf.Fonts.{file}")
                ?? throw new InvalidOperationException($"The shipped font {file} is missing from the assembly.");
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        return ("DejaVu Serif", new Dictionary<string, byte[]>
        {
            ["regular"] = Read("DejaVuSerif.ttf"),
            ["bold"] = Read("DejaVuSerif-Bold.ttf"),
            ["italic"] = Read("DejaVuSerif-Italic.ttf"),
        });
    }
}
