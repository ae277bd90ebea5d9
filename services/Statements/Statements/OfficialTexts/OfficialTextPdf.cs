using PdfSharp;
using SummitCoordination.BuildingBlocks.Languages;
using SummitCoordination.BuildingBlocks.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SummitCoordination.Contracts;

namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// The official text on A4 (issue 22, point 7): a title block, then the paragraphs in two aligned columns, English on
/// the left and Russian on the right, each paragraph's number in the margin. Both columns of a paragraph start at the
/// same height, the next paragraph starts below the longer of the two, and a paragraph too long for the page goes on
/// at the top of the next, both columns from the same line. Every page has a running header (short title and
/// version) and its number ("Page n of m" / "Стр. n из m"). Asked in one of the five states' languages (issue 24), the
/// page numbers say it in that language too, and the statement's text in that language, when it has one, follows the
/// pair in full width under its own title, marked authentic or a translation. Text is real text in an embedded font
/// (<see cref="PdfFonts"/>, which covers Kazakh and Tajik Cyrillic and Turkmen and Uzbek Latin), so it can be
/// selected, searched and read back.
/// </summary>
public sealed class OfficialTextPdf
{
    public const string MediaType = "application/pdf";

    private const double Margin = 42;
    private const double NumberWidth = 34;
    private const double Gutter = 16;
    private const double HeaderTop = 26;
    private const double ContentTop = 58;
    private const double ContentBottomMargin = 50;

    private static readonly OfficialTextLabels En = OfficialTextLabels.English;
    private static readonly OfficialTextLabels Ru = OfficialTextLabels.Russian;

    private readonly XFont _body = Font(10.5);
    private readonly XFont _number = Font(10.5, XFontStyleEx.Bold);
    private readonly XFont _kind = Font(10.5, XFontStyleEx.Bold);
    private readonly XFont _title = Font(14, XFontStyleEx.Bold);
    private readonly XFont _small = Font(8);
    private readonly XFont _smallItalic = Font(8, XFontStyleEx.Italic);

    private readonly PdfDocument _document = new();
    private XGraphics _page = null!;
    private double _y;
    private double _width;
    private double _bottom;

    private OfficialTextPdf()
    {
    }

    private double ColumnWidth => (_width - 2 * Margin - NumberWidth - Gutter) / 2;

    private double EnglishX => Margin + NumberWidth;

    private double RussianX => EnglishX + ColumnWidth + Gutter;

    /// <summary>The PDF of <paramref name="text"/>.</summary>
    public static byte[] Render(OfficialText text)
    {
        PdfFonts.Install();
        return new OfficialTextPdf().Build(text);
    }

    private byte[] Build(OfficialText text)
    {
        _document.Info.Title = text.TitleEn;
        _document.Info.Subject = $"{En.Kind(text.Kind)}, {text.MeetingEn}, version {text.Version}{(text.Draft ? " (draft)" : "")}";
        _document.Info.Keywords = $"sha256:{text.ContentHash}";
        _document.Info.Author = "C5 Secretariat";
        _document.Info.Creator = "SummitCoordination";
        _document.Info.CreationDate = text.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

        NewPage();
        TitleBlock(text);
        foreach (var paragraph in text.Paragraphs)
        {
            Row(paragraph.Number, _body, paragraph.English, paragraph.Russian, gapAfter: 0.6);
        }

        if (text.Translation is { } translation)
        {
            TranslationBlock(text, translation);
        }

        _page.Dispose();
        HeadersAndFooters(text);
        using var buffer = new MemoryStream();
        _document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    private void TitleBlock(OfficialText text)
    {
        // The register's symbol where the text has one (published since the register), else its slug.
        if ((text.RegisterSymbol ?? text.Symbol) is { } symbol)
        {
            var width = _page.MeasureString(symbol, _small).Width;
            _page.DrawString(symbol, _small, XBrushes.Black, _width - Margin - width, _y, XStringFormats.TopLeft);
            _y += _small.GetHeight() * 1.5;
        }

        Row(null, _kind, En.Kind(text.Kind), Ru.Kind(text.Kind), gapAfter: 0.3);
        Row(null, _title, text.TitleEn, text.TitleRu, gapAfter: 0.4);
        Row(null, _body, text.MeetingEn, text.MeetingRu, gapAfter: 0.2);
        Row(null, _body, $"{text.PlaceEn}, {OfficialDates.Format(text.Date, "en")}", $"{text.PlaceRu}, {OfficialDates.Format(text.Date, "ru")}", gapAfter: 0.2);
        Row(null, _body, En.VersionOf(text.Version, text.Draft), Ru.VersionOf(text.Version, text.Draft), gapAfter: 0.2);
        _page.DrawString($"{En.ContentHash} / {Ru.ContentHash}: {text.ContentHash}", _small, XBrushes.Black, EnglishX, _y, XStringFormats.TopLeft);
        _y += _small.GetHeight() * 1.6;
        _page.DrawLine(new XPen(XColors.Black, 0.6), Margin, _y, _width - Margin, _y);
        _y += _body.GetHeight();
    }

    /// <summary>
    /// The text in the language asked, after the pair: from a new page, its kind and title in that language, whether it
    /// is authentic or a translation, the meeting's date as that language writes it, then its lines in full width.
    /// </summary>
    private void TranslationBlock(OfficialText text, OfficialTranslation translation)
    {
        var labels = OfficialTextLabels.Of(translation.Language);
        NewPage();
        var width = _width - 2 * Margin - NumberWidth;
        Lines(LineWrap.Lines(_page, labels.Kind(text.Kind), _kind, width), _kind, 0.3);
        Lines(LineWrap.Lines(_page, translation.Title, _title, width), _title, 0.4);
        var status = translation.Authentic ? labels.Authentic : labels.Translation;
        Lines(LineWrap.Lines(_page, $"{OfficialDates.Format(text.Date, translation.Language)} · {labels.VersionOf(text.Version, text.Draft)} · {status}", _body, width), _body, 0.6);
        _page.DrawLine(new XPen(XColors.Black, 0.6), Margin, _y, _width - Margin, _y);
        _y += _body.GetHeight();
        foreach (var paragraph in translation.Text.Split('\n'))
        {
            Lines(LineWrap.Lines(_page, paragraph, _body, width), _body, 0.6);
        }
    }

    /// <summary>Lines in full width from the text column's edge, going on to the next page where the page ends.</summary>
    private void Lines(IReadOnlyList<string> lines, XFont font, double gapAfter)
    {
        var lineHeight = font.GetHeight();
        foreach (var line in lines)
        {
            if (_y + lineHeight > _bottom)
            {
                NewPage();
            }

            _page.DrawString(line, font, XBrushes.Black, EnglishX, _y, XStringFormats.TopLeft);
            _y += lineHeight;
        }

        _y += gapAfter * lineHeight;
    }

    /// <summary>
    /// One row: both languages wrapped to their column and drawn from the same top, a page at a time, so a line of
    /// English and the Russian line beside it always share a height. A row does not start with a lone line at the foot
    /// of a page; it starts on the next one instead.
    /// </summary>
    private void Row(string? number, XFont font, string? english, string? russian, double gapAfter)
    {
        var lineHeight = font.GetHeight();
        var en = LineWrap.Lines(_page, english, font, ColumnWidth);
        var ru = LineWrap.Lines(_page, russian, font, ColumnWidth);
        var total = Math.Max(Math.Max(en.Count, ru.Count), 1);
        if (_y + Math.Min(2, total) * lineHeight > _bottom)
        {
            NewPage();
        }

        var drawn = 0;
        while (drawn < total)
        {
            if (_y + lineHeight > _bottom)
            {
                NewPage();
            }

            var fit = Math.Clamp((int)((_bottom - _y) / lineHeight), 1, total - drawn);
            if (drawn == 0 && number is not null)
            {
                // The body's size in bold: the number sits on the first line's baseline.
                _page.DrawString(number, _number, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            }

            // Each column's lines of this page in turn: a text extractor (and a screen reader) reads one language at a time.
            Column(en, drawn, fit, font, EnglishX, lineHeight);
            Column(ru, drawn, fit, font, RussianX, lineHeight);
            drawn += fit;
            _y += fit * lineHeight;
        }

        _y += gapAfter * lineHeight;
    }

    private void Column(IReadOnlyList<string> lines, int from, int count, XFont font, double x, double lineHeight)
    {
        for (var i = from; i < Math.Min(from + count, lines.Count); i++)
        {
            _page.DrawString(lines[i], font, XBrushes.Black, x, _y + (i - from) * lineHeight, XStringFormats.TopLeft);
        }
    }

    private void NewPage()
    {
        _page?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        _width = page.Width.Point;
        _bottom = page.Height.Point - ContentBottomMargin;
        _y = ContentTop;
    }

    /// <summary>Once every page exists: the running header and "Page n of m" on each.</summary>
    private void HeadersAndFooters(OfficialText text)
    {
        var count = _document.PageCount;
        for (var n = 1; n <= count; n++)
        {
            var page = _document.Pages[n - 1];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var half = (_width - 2 * Margin - Gutter) / 2;
            var leftTail = $" · {(text.Draft ? $"{En.DraftMark} · " : "")}{En.VersionOf(text.Version, draft: false)}";
            var rightTail = $" · {(text.Draft ? $"{Ru.DraftMark} · " : "")}{Ru.VersionOf(text.Version, draft: false)}";
            var left = LineWrap.Shortened(gfx, text.TitleEn, _smallItalic, half - gfx.MeasureString(leftTail, _smallItalic).Width) + leftTail;
            var right = LineWrap.Shortened(gfx, text.TitleRu, _smallItalic, half - gfx.MeasureString(rightTail, _smallItalic).Width) + rightTail;
            gfx.DrawString(left, _smallItalic, XBrushes.Black, Margin, HeaderTop, XStringFormats.TopLeft);
            gfx.DrawString(right, _smallItalic, XBrushes.Black, _width - Margin - gfx.MeasureString(right, _smallItalic).Width, HeaderTop, XStringFormats.TopLeft);
            var rule = HeaderTop + _smallItalic.GetHeight() + 3;
            gfx.DrawLine(new XPen(XColors.Gray, 0.4), Margin, rule, _width - Margin, rule);

            var footer = $"{PdfLanguage.PageOf(n, count, "en")} / {PdfLanguage.PageOf(n, count, "ru")}"
                + (text.Language is "en" or "ru" ? "" : $" / {PdfLanguage.PageOf(n, count, text.Language)}");
            var footerY = page.Height.Point - ContentBottomMargin + 18;
            gfx.DrawString(footer, _small, XBrushes.Black, (_width - gfx.MeasureString(footer, _small).Width) / 2, footerY, XStringFormats.TopLeft);
        }
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => PdfFonts.Font(size, style);
}
