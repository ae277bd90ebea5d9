using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SummitCoordination.BuildingBlocks.Pdf;

namespace SummitCoordination.Consensus.Records;

/// <summary>
/// The record on A4, the way Statements prints an official text (PDFsharp, the shared <see cref="PdfFonts"/>, measured
/// <see cref="LineWrap"/>): English on the left, Russian on the right, each row of both columns from the same height.
/// A draft says so on every page.
/// </summary>
public sealed class RecordPdf
{
    public const string MediaType = "application/pdf";

    private static readonly TwoColumnGeometry Geometry = new(Margin: 42, NumberWidth: 0, Gutter: 16, ContentTop: 50, BottomMargin: 50);

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

    private readonly XFont _body = Font(10);
    private readonly XFont _heading = Font(11.5, XFontStyleEx.Bold);
    private readonly XFont _title = Font(14, XFontStyleEx.Bold);
    private readonly XFont _small = Font(8, XFontStyleEx.Italic);
    private readonly TwoColumnPages _pages;

    private RecordPdf(RecordResponse r)
    {
        _pages = TwoColumnPages.Start(Geometry, r.TitleEn, $"{r.BodyName}, {StatusEn(r.Status)}");
    }

    public static byte[] Render(RecordResponse record)
    {
        PdfFonts.Install();
        var pdf = new RecordPdf(record);
        using var pages = pdf._pages;
        return pdf.Build(record);
    }

    private byte[] Build(RecordResponse r)
    {
        Row(_title, r.TitleEn, r.TitleRu, 0.4);
        Row(_body, $"{r.BodyName}, {r.StartUtc.ToString("d MMMM yyyy", English)}", $"{r.BodyName}, {r.StartUtc.ToString("d MMMM yyyy", Russian)} г.", 0.2);
        Row(_body, $"{StatusEn(r.Status)} · distribution: {r.Distribution}", $"{StatusRu(r.Status)} · распространение: {(r.Distribution == "General" ? "общее" : "ограниченное")}", 0.2);
        if (r.WindowClosesUtc is { } closes && r.Status == RecordStatus.Draft)
        {
            Row(_body, $"Corrections until {closes.ToString("d MMMM yyyy HH:mm", English)} UTC", $"Поправки до {closes.ToString("d MMMM yyyy HH:mm", Russian)} UTC", 0.2);
        }

        _pages.Rule(_body);
        Row(_heading, "Attendance", "Участники", 0.3);
        foreach (var a in r.Attendance)
        {
            var (en, ru) = AttendanceLine(a);
            Row(_body, en, ru, 0.2);
        }

        Row(_heading, "Agenda as taken", "Повестка дня в рассмотренном виде", 0.3);
        foreach (var item in r.Agenda)
        {
            var rule = item.Rule is null ? "" : $" ({item.Rule})";
            Row(_body, $"{item.Order}. {item.Title}: {item.Outcome}{rule}", $"{item.Order}. {item.Title}: {OutcomeRu(item.Outcome)}{rule}", 0.2);
        }

        Row(_heading, "Statements", "Выступления", 0.3);
        foreach (var s in r.Statements)
        {
            var on = r.Agenda.FirstOrDefault(a => a.ItemId == s.ItemId);
            var symbol = s.DocumentSymbol is null ? "" : $" [{s.DocumentSymbol}]";
            var who = s.Speaker is null ? s.Party : $"{s.Party} ({s.Speaker})";
            Row(_body, $"{who}{(on is null ? "" : $", item {on.Order}")}: {s.Summary ?? "statement"}{symbol}",
                $"{who}{(on is null ? "" : $", пункт {on.Order}")}: {s.SummaryRu ?? s.Summary ?? "выступление"}{symbol}", 0.2);
        }

        Row(_heading, "Reservations and interpretative statements", "Оговорки и заявления о толковании", 0.3);
        foreach (var v in r.Reservations)
        {
            var (kindEn, kindRu) = v.Kind == ReservationKind.Reservation ? ("Reservation", "Оговорка") : ("Interpretative statement", "Заявление о толковании");
            Row(_body, $"{v.Party}, {kindEn}: {v.Text ?? "(in Russian only)"}", $"{v.Party}, {kindRu}: {v.TextRu ?? "(только на английском языке)"}", 0.2);
        }

        return _pages.Save((gfx, page, n, count) => Footer(gfx, page, n, count, r));
    }

    private static (string En, string Ru) AttendanceLine(AttendanceEntry a)
    {
        if (!a.Present)
        {
            return ($"{a.Party}: absent", $"{a.Party}: отсутствует");
        }

        if (a.Observer)
        {
            return ($"{a.Party}: observer", $"{a.Party}: наблюдатель");
        }

        var head = string.IsNullOrWhiteSpace(a.HeadName) ? "" : $"{a.HeadName}{(string.IsNullOrWhiteSpace(a.HeadRank) ? "" : $", {a.HeadRank}")}";
        var members = a.Members.Count == 0 ? "" : $"; {string.Join(", ", a.Members)}";
        return ($"{a.Party}: {(head.Length == 0 ? "present" : $"head {head}")}{members}", $"{a.Party}: {(head.Length == 0 ? "присутствует" : $"глава {head}")}{members}");
    }

    private void Row(XFont font, string en, string ru, double gapAfter) => _pages.Row(font, en, ru, gapAfter);

    private void Footer(XGraphics gfx, PdfPage page, int n, int count, RecordResponse r)
    {
        var draft = r.Status == RecordStatus.Final ? "" : "DRAFT / ПРОЕКТ · ";
        _pages.Footer(gfx, page, $"{draft}Page {n} of {count} / Стр. {n} из {count}", _small);
    }

    private static string StatusEn(RecordStatus status) => status switch
    {
        RecordStatus.Final => "Final record",
        RecordStatus.Draft => "Draft record",
        _ => "Record being kept",
    };

    private static string StatusRu(RecordStatus status) => status switch
    {
        RecordStatus.Final => "Окончательный журнал",
        RecordStatus.Draft => "Проект журнала",
        _ => "Журнал ведётся",
    };

    private static string OutcomeRu(AgendaOutcome outcome) => outcome switch
    {
        AgendaOutcome.Adopted => "принято",
        AgendaOutcome.Escalated => "передано на вышестоящий уровень",
        AgendaOutcome.Noted => "принято к сведению",
        AgendaOutcome.Blocked => "заблокировано",
        AgendaOutcome.Deferred => "отложено",
        AgendaOutcome.Referred => "передано вышестоящему органу",
        AgendaOutcome.Withdrawn => "отозвано",
        AgendaOutcome.UnderSilence => "процедура умолчания",
        _ => "не рассматривалось",
    };

    private static XFont Font(double size, XFontStyleEx style = XFontStyleEx.Regular) => PdfFonts.Font(size, style);
}
