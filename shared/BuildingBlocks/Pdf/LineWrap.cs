namespace SummitCoordination.BuildingBlocks.Pdf;

/// <summary>
/// Word wrap that measures (<see cref="XGraphics.MeasureString(string, XFont)"/>): PDFsharp's own text formatter draws
/// into a rectangle without saying how tall the text came out, and the two columns must know their heights to stay
/// aligned and to break across pages. Breaks at spaces; a word wider than the column is cut where it must be.
/// </summary>
public static class LineWrap
{
    /// <summary>The lines <paramref name="text"/> takes in <paramref name="width"/> points; each of its own lines ('\n') starts a new one.</summary>
    public static IReadOnlyList<string> Lines(XGraphics measure, string? text, XFont font, double width)
    {
        var lines = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return lines;
        }

        foreach (var source in text.Split('\n'))
        {
            var line = "";
            foreach (var word in source.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : $"{line} {word}";
                if (Fits(measure, candidate, font, width))
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (!Fits(measure, line, font, width) && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && !Fits(measure, line[..cut], font, width))
                    {
                        cut--;
                    }

                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    /// <summary><paramref name="text"/> cut to <paramref name="width"/>, an ellipsis marking the cut (for the running header).</summary>
    public static string Shortened(XGraphics measure, string text, XFont font, double width)
    {
        if (Fits(measure, text, font, width))
        {
            return text;
        }

        var length = text.Length;
        while (length > 1 && !Fits(measure, text[..length].TrimEnd() + "…", font, width))
        {
            length--;
        }

        return text[..length].TrimEnd() + "…";
    }

    private static bool Fits(XGraphics measure, string text, XFont font, double width) => measure.MeasureString(text, font).Width <= width;
}
