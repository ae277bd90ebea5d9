using System.Globalization;
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
/// version) and its number ("Page n of m" / "Стр. n из m"). Text is real text in an embedded font
/// (<see cref="PdfFonts"/>), so it can be selected, searched and read back.
/// </summary>
public sealed class OfficialTextPdf
{
    public const string MediaType = "application/pdf";

    private const double HeaderTop = 26;

    private static readonly TwoColumnGeometry Geometry = new(Margin: 42, NumberWidth: 34, Gutter: 16, ContentTop: 58, BottomMargin: 50);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    private readonly XFont _body = Font(10.5);
    private readonly XFont _number = Font(10.5, XFontStyleEx.Bold);
    private readonly XFont _kind = Font(10.5, XFontStyleEx.Bold);
    private readonly XFont _title = Font(14, XFontStyleEx.Bold);
    private readonly XFont _small = Font(8);
    private readonly XFont _smallItalic = Font(8, XFontStyleEx.Italic);
    private readonly TwoColumnPages _pages;

    private OfficialTextPdf(OfficialText text)
    {
        _pages = TwoColumnPages.Start(Geometry, text.TitleEn, $"{KindEn(text.Kind)}, {text.MeetingEn}, version {text.Version}{(text.Draft ? " (draft)" : "")}");
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

        _pages.Row(_kind, KindEn(text.Kind), KindRu(text.Kind), gapAfter: 0.3);
        _pages.Row(_title, text.TitleEn, text.TitleRu, gapAfter: 0.4);
        _pages.Row(_body, text.MeetingEn, text.MeetingRu, gapAfter: 0.2);
        _pages.Row(_body, $"{text.PlaceEn}, {text.Date.ToString("d MMMM yyyy", English)}", $"{text.PlaceRu}, {text.Date.ToString("d MMMM yyyy", Russian)} г.", gapAfter: 0.2);
        _pages.Row(_body,
            text.Draft ? $"Draft, version {text.Version}: not adopted" : $"Version {text.Version}",
            text.Draft ? $"Проект, версия {text.Version}: не принят" : $"Версия {text.Version}", gapAfter: 0.2);
        _pages.Page.DrawString($"Content hash (SHA-256) / Хеш содержимого: {text.ContentHash}", _small, XBrushes.Black, _pages.LeftX, _pages.Y, XStringFormats.TopLeft);
        _pages.Y += _small.GetHeight() * 1.6;
        _pages.Rule(_body);
    }

    /// <summary>Once every page exists: the running header and "Page n of m" on each.</summary>
    private void HeaderAndFooter(XGraphics gfx, PdfPage page, int n, int count, OfficialText text)
    {
        var (margin, width) = (_pages.Margin, _pages.Width);
        var half = (width - 2 * margin - _pages.Gutter) / 2;
        var draft = text.Draft ? "DRAFT · " : "";
        var left = LineWrap.Shortened(gfx, text.TitleEn, _smallItalic, half - gfx.MeasureString($" · {draft}Version {text.Version}", _smallItalic).Width)
            + $" · {draft}Version {text.Version}";
        var right = LineWrap.Shortened(gfx, text.TitleRu, _smallItalic, half - gfx.MeasureString($" · {(text.Draft ? "ПРОЕКТ · " : "")}Версия {text.Version}", _smallItalic).Width)
            + $" · {(text.Draft ? "ПРОЕКТ · " : "")}Версия {text.Version}";
        gfx.DrawString(left, _smallItalic, XBrushes.Black, margin, HeaderTop, XStringFormats.TopLeft);
        gfx.DrawString(right, _smallItalic, XBrushes.Black, width - margin - gfx.MeasureString(right, _smallItalic).Width, HeaderTop, XStringFormats.TopLeft);
        var rule = HeaderTop + _smallItalic.GetHeight() + 3;
        gfx.DrawLine(new XPen(XColors.Gray, 0.4), margin, rule, width - margin, rule);
        _pages.Footer(gfx, page, $"Page {n} of {count} / Стр. {n} из {count}", _small);
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => PdfFonts.Font(size, style);

    public static string KindEn(StatementKind kind) => kind switch
    {
        StatementKind.JointStatement => "Joint Statement",
        StatementKind.Declaration => "Declaration",
        StatementKind.Communique => "Communiqué",
        StatementKind.ChairmansStatement => "Chairman's Statement",
        _ => kind.ToString(),
    };

    public static string KindRu(StatementKind kind) => kind switch
    {
        StatementKind.JointStatement => "Совместное заявление",
        StatementKind.Declaration => "Декларация",
        StatementKind.Communique => "Коммюнике",
        StatementKind.ChairmansStatement => "Заявление председателя",
        _ => kind.ToString(),
    };
}
