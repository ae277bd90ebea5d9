using System.Globalization;
using PdfSharp;
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

    private const double Margin = 42;
    private const double Gutter = 16;
    private const double ContentTop = 50;
    private const double BottomMargin = 50;

    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Russian = CultureInfo.GetCultureInfo("ru-RU");

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

    public static byte[] Render(RecordResponse record)
    {
        PdfFonts.Install();
        return new RecordPdf().Build(record);
    }

    private byte[] Build(RecordResponse r)
    {
        _document.Info.Title = r.TitleEn;
        _document.Info.Subject = $"{r.BodyName}, {StatusEn(r.Status)}";
        _document.Info.Author = "C5 Secretariat";
        _document.Info.Creator = "SummitCoordination";
        NewPage();
        Row(_title, r.TitleEn, r.TitleRu, 0.4);
        Row(_body, $"{r.BodyName}, {r.StartUtc.ToString("d MMMM yyyy", English)}", $"{r.BodyName}, {r.StartUtc.ToString("d MMMM yyyy", Russian)} г.", 0.2);
        Row(_body, $"{StatusEn(r.Status)} · distribution: {r.Distribution}", $"{StatusRu(r.Status)} · распространение: {(r.Distribution == "General" ? "общее" : "ограниченное")}", 0.2);
        if (r.WindowClosesUtc is { } closes && r.Status == RecordStatus.Draft)
        {
            Row(_body, $"Corrections until {closes.ToString("d MMMM yyyy HH:mm", English)} UTC", $"Поправки до {closes.ToString("d MMMM yyyy HH:mm", Russian)} UTC", 0.2);
        }

        Rule();
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

        _page.Dispose();
        Footers(r);
        using var buffer = new MemoryStream();
        _document.Save(buffer, closeStream: false);
        return buffer.ToArray();
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

    private void Footers(RecordResponse r)
    {
        var count = _document.PageCount;
        for (var n = 1; n <= count; n++)
        {
            var page = _document.Pages[n - 1];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var draft = r.Status == RecordStatus.Final ? "" : "DRAFT / ПРОЕКТ · ";
            var footer = $"{draft}Page {n} of {count} / Стр. {n} из {count}";
            gfx.DrawString(footer, _small, XBrushes.Black, (_width - gfx.MeasureString(footer, _small).Width) / 2, page.Height.Point - BottomMargin + 18,
                XStringFormats.TopLeft);
        }
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
