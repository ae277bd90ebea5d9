using SummitCoordination.Contracts;
using SummitCoordination.Web.Services;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 19, point 13: the secretariat console's live lines are written from what each event carries, in the page's
/// language; the rule an outcome recorded from a held meeting's record came by ("Recorded") has its Russian word.
/// </summary>
public sealed class LiveEventTextTests
{
    private static readonly IReadOnlyDictionary<string, Party> Parties = Displays.Parties;

    private static readonly DateTime At = new(2031, 4, 15, 6, 0, 0, DateTimeKind.Utc);

    private static (LiveEventText Lines, Display Show) Create()
    {
        var text = Displays.Texts();
        var show = Displays.Create(text);
        return (new LiveEventText(show, text), show);
    }

    private static string Line(string culture, LiveEvent e) =>
        UiCulture.In(culture, () => { var (lines, _) = Create(); return lines.Kind(e) + lines.Tail(e, "Саммит", Parties); });

    [Fact]
    public void An_outcome_recorded_from_a_held_meeting_reads_in_Russian_rule_and_reason_included()
    {
        var decided = new LiveEvent(LiveEventKind.ItemDecided, Guid.NewGuid(), "Adopted (Recorded): As recorded.", At) { Args = ["Adopted", "Recorded", "As recorded."] };

        Assert.Equal("Решение по пункту · Саммит · Принято по правилу «По протоколу»: Согласно протоколу.", Line("ru-RU", decided));
        Assert.Equal("Item decided · Саммит · Adopted (As recorded): As recorded.", Line("en-GB", decided));
    }

    [Fact]
    public void The_Recorded_rule_has_its_word_in_both_languages()
    {
        Assert.Equal("По протоколу", UiCulture.In("ru-RU", () => Create().Show.Term("Rule", "Recorded")));
        Assert.Equal("As recorded", UiCulture.In("en-GB", () => Create().Show.Term("Rule", "Recorded")));
    }

    [Fact]
    public void Positions_reminders_moves_and_amendments_are_written_in_Russian_from_their_codes_and_what_people_typed_stays_as_typed()
    {
        Assert.Equal("Позиция высказана · Саммит · Казахстан: Согласие",
            Line("ru-RU", new LiveEvent(LiveEventKind.PositionRecorded, Guid.NewGuid(), "KAZ", At, Guid.NewGuid(), "KAZ") { Args = ["KAZ", "Concur"] }));
        Assert.Equal("Скоро встреча · Саммит · через 7 дн.", Line("ru-RU", new LiveEvent(LiveEventKind.Reminder, Guid.NewGuid(), "7", At) { Args = ["7"] }));
        Assert.Equal("Встреча перенесена · Саммит · Oguzkhan Palace, Ашхабад (Узбекистан)",
            Line("ru-RU", new LiveEvent(LiveEventKind.Rescheduled, Guid.NewGuid(), "Oguzkhan Palace, Ashgabat (UZB)", At) { Args = ["Oguzkhan Palace", "Ashgabat", "UZB"] }));
        Assert.Equal("Ответ на поправку · Саммит · Узбекистан: «Совместное заявление», поправка принята",
            Line("ru-RU", new LiveEvent(LiveEventKind.AmendmentAnswered, Guid.NewGuid(), "Совместное заявление", At, null, "UZB") { Args = ["UZB", "Совместное заявление", "1", ""] }));
        Assert.Equal("Встреча отложена · Саммит · Floods in the host region",
            Line("ru-RU", new LiveEvent(LiveEventKind.Postponed, Guid.NewGuid(), "Floods in the host region", At) { Args = ["Floods in the host region"] }));
        Assert.Equal("Повестка обновлена · Саммит · Встреча открыта",
            Line("ru-RU", new LiveEvent(LiveEventKind.AgendaUpdated, Guid.NewGuid(), "Convened", At) { Args = ["Convened"] }));
    }

    [Fact]
    public void An_event_that_carries_nothing_to_write_again_says_only_its_kind_on_a_Russian_page()
    {
        var english = new LiveEvent(LiveEventKind.ItemMoved, Guid.NewGuid(), "moved on", At);
        Assert.Equal("Пункт перенесён · Саммит", Line("ru-RU", english));
        Assert.Equal("Item moved · Саммит · moved on", Line("en-GB", english));
    }
}
