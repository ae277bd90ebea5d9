using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SummitCoordination.BuildingBlocks.Languages;

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

    private static readonly TwoColumnGeometry Geometry = new(Margin: 42, NumberWidth: 0, Gutter: 16, ContentTop: 50, BottomMargin: 50);

    private readonly XFont _body = Font(10);
    private readonly XFont _heading = Font(11.5, XFontStyleEx.Bold);
    private readonly XFont _title = Font(14, XFontStyleEx.Bold);
    private readonly XFont _small = Font(8, XFontStyleEx.Italic);
    private readonly TwoColumnPages _pages;

    private RecordPdf(RecordResponse r)
    {
        _pages = TwoColumnPages.Start(Geometry, r.TitleEn, $"{r.BodyName}, {new RecordLabels("en").Status(r.Status)}");
    }

    /// <summary>The record's PDF; asked in one of the five states' languages, that language's column takes the English one's place.</summary>
    public static byte[] Render(RecordResponse record, string language = "en")
    {
        PdfFonts.Install();
        var pdf = new RecordPdf(record);
        using var pages = pdf._pages;
        return pdf.Build(record, language is "en" or "ru" ? "en" : language);
    }

    private byte[] Build(RecordResponse r, string language)
    {
        var (en, ru) = (new RecordLabels(language), new RecordLabels("ru"));
        Row(_title, r.TitleEn, r.TitleRu, 0.4);
        var day = DateOnly.FromDateTime(r.StartUtc);
        Row(_body, $"{r.BodyName}, {OfficialDates.Format(day, language)}", $"{r.BodyName}, {OfficialDates.Format(day, "ru")}", 0.2);
        Row(_body, $"{en.Status(r.Status)} · {en.DistributionOf(r.Distribution)}", $"{ru.Status(r.Status)} · {ru.DistributionOf(r.Distribution)}", 0.2);
        if (r.WindowClosesUtc is { } closes && r.Status == RecordStatus.Draft)
        {
            string Until(RecordLabels labels, string code) =>
                labels.Format("CorrectionsUntil", $"{OfficialDates.Format(DateOnly.FromDateTime(closes), code)} {closes:HH:mm}");
            Row(_body, Until(en, language), Until(ru, "ru"), 0.2);
        }

        _pages.Rule(_body);
        Row(_heading, en["Attendance"], ru["Attendance"], 0.3);
        foreach (var a in r.Attendance)
        {
            Row(_body, AttendanceLine(a, en), AttendanceLine(a, ru), 0.2);
        }

        Row(_heading, en["Agenda"], ru["Agenda"], 0.3);
        foreach (var item in r.Agenda)
        {
            var rule = item.Rule is null ? "" : $" ({item.Rule})";
            Row(_body, $"{item.Order}. {item.Title}: {en.Outcome(item.Outcome)}{rule}", $"{item.Order}. {item.Title}: {ru.Outcome(item.Outcome)}{rule}", 0.2);
        }

        Row(_heading, en["Statements"], ru["Statements"], 0.3);
        foreach (var s in r.Statements)
        {
            var on = r.Agenda.FirstOrDefault(a => a.ItemId == s.ItemId);
            var symbol = s.DocumentSymbol is null ? "" : $" [{s.DocumentSymbol}]";
            var who = s.Speaker is null ? s.Party : $"{s.Party} ({s.Speaker})";
            string Said(RecordLabels labels, string? summary) =>
                $"{who}{(on is null ? "" : $", {labels.Format("Item", on.Order)}")}: {summary ?? labels["Statement"]}{symbol}";
            Row(_body, Said(en, s.Summary), Said(ru, s.SummaryRu ?? s.Summary), 0.2);
        }

        Row(_heading, en["Reservations"], ru["Reservations"], 0.3);
        foreach (var v in r.Reservations)
        {
            var reservation = v.Kind == ReservationKind.Reservation;
            Row(_body, $"{v.Party}, {(reservation ? en["Reservation"] : en["Interpretative"])}: {v.Text ?? en["OtherLanguageOnly"]}",
                $"{v.Party}, {(reservation ? ru["Reservation"] : ru["Interpretative"])}: {v.TextRu ?? ru["OtherLanguageOnly"]}", 0.2);
        }

        return _pages.Save((gfx, page, n, count) => Footer(gfx, page, n, count, r, language));
    }

    private static string AttendanceLine(AttendanceEntry a, RecordLabels labels)
    {
        if (!a.Present)
        {
            return $"{a.Party}: {labels["Absent"]}";
        }

        if (a.Observer)
        {
            return $"{a.Party}: {labels["Observer"]}";
        }

        var head = string.IsNullOrWhiteSpace(a.HeadName) ? "" : $"{a.HeadName}{(string.IsNullOrWhiteSpace(a.HeadRank) ? "" : $", {a.HeadRank}")}";
        var members = a.Members.Count == 0 ? "" : $"; {string.Join(", ", a.Members)}";
        return $"{a.Party}: {(head.Length == 0 ? labels["Present"] : labels.Format("Head", head))}{members}";
    }

    private void Row(XFont font, string en, string ru, double gapAfter) => _pages.Row(font, en, ru, gapAfter);

    private void Footer(XGraphics gfx, PdfPage page, int n, int count, RecordResponse r, string language)
    {
        var (en, ru) = (new RecordLabels(language), new RecordLabels("ru"));
        var draft = r.Status == RecordStatus.Final ? "" : $"{en["DraftMark"]} / {ru["DraftMark"]} · ";
        _pages.Footer(gfx, page, $"{draft}{PdfLanguage.PageOf(n, count, language)} / {PdfLanguage.PageOf(n, count, "ru")}", _small);
    }

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => PdfFonts.Font(size, style);
}
