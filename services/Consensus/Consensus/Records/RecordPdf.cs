using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SummitCoordination.BuildingBlocks.Languages;
using SummitCoordination.BuildingBlocks.Pdf;

namespace SummitCoordination.Consensus.Records;

/// <summary>
/// The record on A4, the way Statements prints an official text (PDFsharp, the shared <see cref="PdfFonts"/>, measured
/// <see cref="LineWrap"/>): English on the left, Russian on the right, each row of both columns from the same height.
/// A draft says so on every page. Asked in one of the five states' languages (<c>?lang=</c>, issue 24), that language's
/// column takes the English one's place: its labels, outcomes and date in that language, what was typed in English as typed.
/// </summary>
public sealed class RecordPdf
{
    public const string MediaType = "application/pdf";

    private const double Margin = 42;
    private const double Gutter = 16;
    private const double ContentTop = 50;
    private const double BottomMargin = 50;

    private readonly XFont _body = Font(10);
    private readonly XFont _heading = Font(11.5, XFontStyleEx.Bold);
    private readonly XFont _title = Font(14, XFontStyleEx.Bold);
    private readonly XFont _small = Font(8, XFontStyleEx.Italic);
    private readonly PdfDocument _document = new();
    private XGraphics _page = null!;
    private double _y;
    private double _width;
    private double _bottom;

    private RecordPdf()
    {
    }

    private double ColumnWidth => (_width - 2 * Margin - Gutter) / 2;

    /// <summary>The record's PDF; asked in one of the five states' languages, that language's column takes the English one's place.</summary>
    public static byte[] Render(RecordResponse record, string language = "en")
    {
        PdfFonts.Install();
        return new RecordPdf().Build(record, language is "en" or "ru" ? "en" : language);
    }

    private byte[] Build(RecordResponse r, string language)
    {
        var (en, ru) = (RecordLabels.Of(language), RecordLabels.Russian);
        _document.Info.Title = r.TitleEn;
        _document.Info.Subject = $"{r.BodyName}, {RecordLabels.English.Status(r.Status)}";
        _document.Info.Author = "C5 Secretariat";
        _document.Info.Creator = "SummitCoordination";
        NewPage();
        Row(_title, r.TitleEn, r.TitleRu, 0.4);
        var day = DateOnly.FromDateTime(r.StartUtc);
        Row(_body, $"{r.BodyName}, {OfficialDates.Format(day, language)}", $"{r.BodyName}, {OfficialDates.Format(day, "ru")}", 0.2);
        Row(_body, $"{en.Status(r.Status)} · {en.DistributionOf(r.Distribution)}", $"{ru.Status(r.Status)} · {ru.DistributionOf(r.Distribution)}", 0.2);
        if (r.WindowClosesUtc is { } closes && r.Status == RecordStatus.Draft)
        {
            string Until(RecordLabels labels, string code) =>
                RecordLabels.Format(labels.CorrectionsUntil, $"{OfficialDates.Format(DateOnly.FromDateTime(closes), code)} {closes:HH:mm}");
            Row(_body, Until(en, language), Until(ru, "ru"), 0.2);
        }

        Rule();
        Row(_heading, en.Attendance, ru.Attendance, 0.3);
        foreach (var a in r.Attendance)
        {
            Row(_body, AttendanceLine(a, en), AttendanceLine(a, ru), 0.2);
        }

        Row(_heading, en.Agenda, ru.Agenda, 0.3);
        foreach (var item in r.Agenda)
        {
            var rule = item.Rule is null ? "" : $" ({item.Rule})";
            Row(_body, $"{item.Order}. {item.Title}: {en.Outcome(item.Outcome)}{rule}", $"{item.Order}. {item.Title}: {ru.Outcome(item.Outcome)}{rule}", 0.2);
        }

        Row(_heading, en.Statements, ru.Statements, 0.3);
        foreach (var s in r.Statements)
        {
            var on = r.Agenda.FirstOrDefault(a => a.ItemId == s.ItemId);
            var symbol = s.DocumentSymbol is null ? "" : $" [{s.DocumentSymbol}]";
            var who = s.Speaker is null ? s.Party : $"{s.Party} ({s.Speaker})";
            string Said(RecordLabels labels, string? summary) =>
                $"{who}{(on is null ? "" : $", {RecordLabels.Format(labels.Item, on.Order)}")}: {summary ?? labels.Statement}{symbol}";
            Row(_body, Said(en, s.Summary), Said(ru, s.SummaryRu ?? s.Summary), 0.2);
        }

        Row(_heading, en.Reservations, ru.Reservations, 0.3);
        foreach (var v in r.Reservations)
        {
            var reservation = v.Kind == ReservationKind.Reservation;
            Row(_body, $"{v.Party}, {(reservation ? en.Reservation : en.Interpretative)}: {v.Text ?? en.OtherLanguageOnly}",
                $"{v.Party}, {(reservation ? ru.Reservation : ru.Interpretative)}: {v.TextRu ?? ru.OtherLanguageOnly}", 0.2);
        }

        _page.Dispose();
        Footers(r, language);
        using var buffer = new MemoryStream();
        _document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    private static string AttendanceLine(AttendanceEntry a, RecordLabels labels)
    {
        if (!a.Present)
        {
            return $"{a.Party}: {labels.Absent}";
        }

        if (a.Observer)
        {
            return $"{a.Party}: {labels.Observer}";
        }

        var head = string.IsNullOrWhiteSpace(a.HeadName) ? "" : $"{a.HeadName}{(string.IsNullOrWhiteSpace(a.HeadRank) ? "" : $", {a.HeadRank}")}";
        var members = a.Members.Count == 0 ? "" : $"; {string.Join(", ", a.Members)}";
        return $"{a.Party}: {(head.Length == 0 ? labels.Present : RecordLabels.Format(labels.Head, head))}{members}";
    }

    private void Row(XFont font, string en, string ru, double gapAfter)
    {
        var lineHeight = font.GetHeight();
        var left = LineWrap.Lines(_page, en, font, ColumnWidth);
        var right = LineWrap.Lines(_page, ru, font, ColumnWidth);
        var total = Math.Max(Math.Max(left.Count, right.Count), 1);
        for (var i = 0; i < total; i++)
        {
            if (_y + lineHeight > _bottom)
            {
                NewPage();
            }

            if (i < left.Count)
            {
                _page.DrawString(left[i], font, XBrushes.Black, Margin, _y, XStringFormats.TopLeft);
            }

            if (i < right.Count)
            {
                _page.DrawString(right[i], font, XBrushes.Black, Margin + ColumnWidth + Gutter, _y, XStringFormats.TopLeft);
            }

            _y += lineHeight;
        }

        _y += gapAfter * lineHeight;
    }

    private void Rule()
    {
        _page.DrawLine(new XPen(XColors.Black, 0.6), Margin, _y, _width - Margin, _y);
        _y += _body.GetHeight();
    }

    private void NewPage()
    {
        _page?.Dispose();
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        _page = XGraphics.FromPdfPage(page);
        _width = page.Width.Point;
        _bottom = page.Height.Point - BottomMargin;
        _y = ContentTop;
    }

    private void Footers(RecordResponse r, string language)
    {
        var count = _document.PageCount;
        var (en, ru) = (RecordLabels.Of(language), RecordLabels.Russian);
        for (var n = 1; n <= count; n++)
        {
            var page = _document.Pages[n - 1];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var draft = r.Status == RecordStatus.Final ? "" : $"{en.DraftMark} / {ru.DraftMark} · ";
            var footer = $"{draft}{PdfLanguage.PageOf(n, count, language)} / {PdfLanguage.PageOf(n, count, "ru")}";
            gfx.DrawString(footer, _small, XBrushes.Black, (_width - gfx.MeasureString(footer, _small).Width) / 2, page.Height.Point - BottomMargin + 18,
                XStringFormats.TopLeft);
        }
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => PdfFonts.Font(size, style);
}
