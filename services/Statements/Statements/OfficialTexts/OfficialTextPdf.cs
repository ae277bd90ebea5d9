using SummitCoordination.BuildingBlocks.Languages;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

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

    private const double HeaderTop = 26;

    private static readonly TwoColumnGeometry Geometry = new(Margin: 42, NumberWidth: 34, Gutter: 16, ContentTop: 58, BottomMargin: 50);

    private static readonly OfficialTextLabels En = new("en");
    private static readonly OfficialTextLabels Ru = new("ru");

    private readonly XFont _body = Font(10.5);
    private readonly XFont _number = Font(10.5, XFontStyleEx.Bold);
    private readonly XFont _kind = Font(10.5, XFontStyleEx.Bold);
    private readonly XFont _title = Font(14, XFontStyleEx.Bold);
    private readonly XFont _small = Font(8);
    private readonly XFont _smallItalic = Font(8, XFontStyleEx.Italic);
    private readonly TwoColumnPages _pages;

    private OfficialTextPdf(OfficialText text)
    {
        _pages = TwoColumnPages.Start(Geometry, text.TitleEn, $"{En.Kind(text.Kind)}, {text.MeetingEn}, version {text.Version}{(text.Draft ? " (draft)" : "")}");
        _pages.Document.Info.Keywords = $"sha256:{text.ContentHash}";
        _pages.Document.Info.CreationDate = text.Date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }

    /// <summary>The PDF of <paramref name="text"/>.</summary>
    public static byte[] Render(OfficialText text)
    {
        PdfFonts.Install();
        var pdf = new OfficialTextPdf(text);
        using var pages = pdf._pages;
        return pdf.Build(text);
    }

    private byte[] Build(OfficialText text)
    {
        TitleBlock(text);
        foreach (var paragraph in text.Paragraphs)
        {
            _pages.Row(_body, paragraph.English, paragraph.Russian, gapAfter: 0.6, paragraph.Number, _number);
        }

        if (text.Translation is { } translation)
        {
            TranslationBlock(text, translation);
        }

        return _pages.Save((gfx, page, n, count) => HeaderAndFooter(gfx, page, n, count, text));
    }

    private void TitleBlock(OfficialText text)
    {
        // The register's symbol where the text has one (published since the register), else its slug.
        if ((text.RegisterSymbol ?? text.Symbol) is { } symbol)
        {
            var width = _pages.Page.MeasureString(symbol, _small).Width;
            _pages.Page.DrawString(symbol, _small, XBrushes.Black, _pages.Width - _pages.Margin - width, _pages.Y, XStringFormats.TopLeft);
            _pages.Y += _small.GetHeight() * 1.5;
        }

        _pages.Row(_kind, En.Kind(text.Kind), Ru.Kind(text.Kind), gapAfter: 0.3);
        _pages.Row(_title, text.TitleEn, text.TitleRu, gapAfter: 0.4);
        _pages.Row(_body, text.MeetingEn, text.MeetingRu, gapAfter: 0.2);
        _pages.Row(_body, $"{text.PlaceEn}, {OfficialDates.Format(text.Date, "en")}", $"{text.PlaceRu}, {OfficialDates.Format(text.Date, "ru")}", gapAfter: 0.2);
        _pages.Row(_body, En.VersionOf(text.Version, text.Draft), Ru.VersionOf(text.Version, text.Draft), gapAfter: 0.2);
        _pages.Page.DrawString($"{En["ContentHash"]} / {Ru["ContentHash"]}: {text.ContentHash}", _small, XBrushes.Black, _pages.LeftX, _pages.Y, XStringFormats.TopLeft);
        _pages.Y += _small.GetHeight() * 1.6;
        _pages.Rule(_body);
    }

    /// <summary>
    /// The text in the language asked, after the pair: from a new page, its kind and title in that language, whether it
    /// is authentic or a translation, the meeting's date as that language writes it, then its lines in full width.
    /// </summary>
    private void TranslationBlock(OfficialText text, OfficialTranslation translation)
    {
        var labels = new OfficialTextLabels(translation.Language);
        _pages.NewPage();
        _pages.FullWidth(_kind, labels.Kind(text.Kind), 0.3);
        _pages.FullWidth(_title, translation.Title, 0.4);
        var status = translation.Authentic ? labels["Authentic"] : labels["Translation"];
        _pages.FullWidth(_body, $"{OfficialDates.Format(text.Date, translation.Language)} · {labels.VersionOf(text.Version, text.Draft)} · {status}", 0.6);
        _pages.Rule(_body);
        foreach (var paragraph in translation.Text.Split('\n'))
        {
            _pages.FullWidth(_body, paragraph, 0.6);
        }
    }

    /// <summary>Once every page exists: the running header and "Page n of m" on each.</summary>
    private void HeaderAndFooter(XGraphics gfx, PdfPage page, int n, int count, OfficialText text)
    {
        var (margin, width) = (_pages.Margin, _pages.Width);
        var half = (width - 2 * margin - _pages.Gutter) / 2;
        var leftTail = $" · {(text.Draft ? $"{En["DraftMark"]} · " : "")}{En.VersionOf(text.Version, draft: false)}";
        var rightTail = $" · {(text.Draft ? $"{Ru["DraftMark"]} · " : "")}{Ru.VersionOf(text.Version, draft: false)}";
        var left = LineWrap.Shortened(gfx, text.TitleEn, _smallItalic, half - gfx.MeasureString(leftTail, _smallItalic).Width) + leftTail;
        var right = LineWrap.Shortened(gfx, text.TitleRu, _smallItalic, half - gfx.MeasureString(rightTail, _smallItalic).Width) + rightTail;
        gfx.DrawString(left, _smallItalic, XBrushes.Black, margin, HeaderTop, XStringFormats.TopLeft);
        gfx.DrawString(right, _smallItalic, XBrushes.Black, width - margin - gfx.MeasureString(right, _smallItalic).Width, HeaderTop, XStringFormats.TopLeft);
        var rule = HeaderTop + _smallItalic.GetHeight() + 3;
        gfx.DrawLine(new XPen(XColors.Gray, 0.4), margin, rule, width - margin, rule);
        var footer = $"{PdfLanguage.PageOf(n, count, "en")} / {PdfLanguage.PageOf(n, count, "ru")}"
            + (text.Language is "en" or "ru" ? "" : $" / {PdfLanguage.PageOf(n, count, text.Language)}");
        _pages.Footer(gfx, page, footer, _small);
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => PdfFonts.Font(size, style);
}
