using PdfSharp;

namespace SummitCoordination.BuildingBlocks.Pdf;

/// <summary>Where a <see cref="TwoColumnPages"/> document puts things on A4, in points.</summary>
/// <param name="NumberWidth">The margin column for a row's number (0 where rows have none).</param>
public sealed record TwoColumnGeometry(double Margin, double NumberWidth, double Gutter, double ContentTop, double BottomMargin);

/// <summary>
/// The layout both bilingual PDFs share (the meeting record and the official text): A4 pages, two aligned columns (the
/// first language on the left, the second on the right, an optional number in the margin), rows whose columns start at
/// the same height and break across pages from the same line, and a pass over every page at the end for running
/// headers and page numbers. The documents keep their own words; this class only places them.
/// </summary>
public sealed class TwoColumnPages : IDisposable
{
    private readonly TwoColumnGeometry _geometry;
    private XGraphics? _page;

    private TwoColumnPages(TwoColumnGeometry geometry, PdfDocument document)
    {
        _geometry = geometry;
        Document = document;
    }

    public PdfDocument Document { get; }

    /// <summary>The page being written (valid between <see cref="Start"/> and <see cref="Save"/>).</summary>
    public XGraphics Page => _page ?? throw new InvalidOperationException("No page has been started.");

    /// <summary>The top of the next line on the current page.</summary>
    public double Y { get; set; }

    /// <summary>The page's width.</summary>
    public double Width { get; private set; }

    public double Margin => _geometry.Margin;

    public double Gutter => _geometry.Gutter;

    public double ColumnWidth => (Width - 2 * _geometry.Margin - _geometry.NumberWidth - _geometry.Gutter) / 2;

    public double LeftX => _geometry.Margin + _geometry.NumberWidth;

    public double RightX => LeftX + ColumnWidth + _geometry.Gutter;

    private double Bottom { get; set; }

    /// <summary>A new document with its first page started (the fonts installed).</summary>
    public static TwoColumnPages Start(TwoColumnGeometry geometry, string title, string subject)
    {
        PdfFonts.Install();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Subject = subject;
        document.Info.Author = "C5 Secretariat";
        document.Info.Creator = "SummitCoordination";
        var pages = new TwoColumnPages(geometry, document);
        pages.NewPage();
        return pages;
    }

    /// <summary>
    /// One row: both languages wrapped to their column and drawn from the same top, a page at a time, so a line of the
    /// left column and the line beside it always share a height. A row does not start with a lone line at the foot of
    /// a page; it starts on the next one instead. <paramref name="number"/> sits in the margin on the first line.
    /// </summary>
    public void Row(XFont font, string? left, string? right, double gapAfter, string? number = null, XFont? numberFont = null)
    {
        var lineHeight = font.GetHeight();
        var leftLines = LineWrap.Lines(Page, left, font, ColumnWidth);
        var rightLines = LineWrap.Lines(Page, right, font, ColumnWidth);
        var total = Math.Max(Math.Max(leftLines.Count, rightLines.Count), 1);
        if (Y + Math.Min(2, total) * lineHeight > Bottom)
        {
            NewPage();
        }

        var drawn = 0;
        while (drawn < total)
        {
            if (Y + lineHeight > Bottom)
            {
                NewPage();
            }

            var fit = Math.Clamp((int)((Bottom - Y) / lineHeight), 1, total - drawn);
            if (drawn == 0 && number is not null)
            {
                Page.DrawString(number, numberFont ?? font, XBrushes.Black, _geometry.Margin, Y, XStringFormats.TopLeft);
            }

            // Each column's lines of this page in turn: a text extractor (and a screen reader) reads one language at a time.
            Column(leftLines, drawn, fit, font, LeftX, lineHeight);
            Column(rightLines, drawn, fit, font, RightX, lineHeight);
            drawn += fit;
            Y += fit * lineHeight;
        }

        Y += gapAfter * lineHeight;
    }

    /// <summary>
    /// <paramref name="text"/> wrapped across both columns' width from the left column's edge, going on to the next page
    /// where the page ends.
    /// </summary>
    public void FullWidth(XFont font, string text, double gapAfter)
    {
        var lineHeight = font.GetHeight();
        foreach (var line in LineWrap.Lines(Page, text, font, Width - LeftX - _geometry.Margin))
        {
            if (Y + lineHeight > Bottom)
            {
                NewPage();
            }

            Page.DrawString(line, font, XBrushes.Black, LeftX, Y, XStringFormats.TopLeft);
            Y += lineHeight;
        }

        Y += gapAfter * lineHeight;
    }

    /// <summary>A rule across the page, then one line of <paramref name="after"/>'s height.</summary>
    public void Rule(XFont after)
    {
        Page.DrawLine(new XPen(XColors.Black, 0.6), _geometry.Margin, Y, Width - _geometry.Margin, Y);
        Y += after.GetHeight();
    }

    /// <summary>
    /// Closes the last page, lets <paramref name="decorate"/> draw on every page once all exist (its graphics, the page,
    /// its number from 1 and the count) and returns the PDF.
    /// </summary>
    public byte[] Save(Action<XGraphics, PdfPage, int, int> decorate)
    {
        _page?.Dispose();
        _page = null;
        var count = Document.PageCount;
        for (var n = 1; n <= count; n++)
        {
            var page = Document.Pages[n - 1];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            decorate(gfx, page, n, count);
        }

        using var buffer = new MemoryStream();
        Document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    /// <summary><paramref name="text"/> centred at the foot of <paramref name="page"/>, below the content.</summary>
    public void Footer(XGraphics gfx, PdfPage page, string text, XFont font) =>
        gfx.DrawString(text, font, XBrushes.Black, (Width - gfx.MeasureString(text, font).Width) / 2, page.Height.Point - _geometry.BottomMargin + 18,
            XStringFormats.TopLeft);

    public void Dispose()
    {
        _page?.Dispose();
        Document.Dispose();
    }

    private void Column(IReadOnlyList<string> lines, int from, int count, XFont font, double x, double lineHeight)
    {
        for (var i = from; i < Math.Min(from + count, lines.Count); i++)
        {
            Page.DrawString(lines[i], font, XBrushes.Black, x, Y + (i - from) * lineHeight, XStringFormats.TopLeft);
        }
    }

    /// <summary>Ends the page and starts the next one at the content's top.</summary>
    public void NewPage()
    {
        _page?.Dispose();
        var page = Document.AddPage();
        page.Size = PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        Width = page.Width.Point;
        Bottom = page.Height.Point - _geometry.BottomMargin;
        Y = _geometry.ContentTop;
    }
}
