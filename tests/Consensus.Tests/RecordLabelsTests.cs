using SummitCoordination.BuildingBlocks.Languages;
using SummitCoordination.Contracts;
using SummitCoordination.Consensus.Records;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// The record's PDF labels come from <c>RecordLabels.resx</c> and its six siblings: a record that touches every label
/// (a draft with its correction window, an absent, an observer and a present delegation, every outcome, a statement on
/// an item and one without a summary, both kinds of reservation in one language only) prints in each of the seven
/// languages, and each of the five states' languages and Russian says every outcome in its own words.
/// </summary>
public sealed class RecordLabelsTests
{
    private static readonly DateTime Start = new(2042, 9, 14, 6, 0, 0, DateTimeKind.Utc);

    public static IEnumerable<object[]> Languages() => OfficialDates.Languages.Select(l => new object[] { l });

    [Theory]
    [MemberData(nameof(Languages))]
    public void A_record_that_uses_every_label_prints_in_each_language(string language)
    {
        var pdf = RecordPdf.Render(Record(), language);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_outcome_and_status_has_its_own_words_in_the_language(string language)
    {
        var labels = new RecordLabels(language);
        var outcomes = Enum.GetValues<AgendaOutcome>().Select(labels.Outcome).ToList();
        var statuses = Enum.GetValues<RecordStatus>().Select(labels.Status).ToList();

        Assert.Equal(outcomes.Count, outcomes.Distinct().Count());
        Assert.Equal(statuses.Count, statuses.Distinct().Count());
        if (language == "en")
        {
            // English prints the outcome's code, as it always has.
            Assert.Equal(Enum.GetNames<AgendaOutcome>(), outcomes);
        }
        else
        {
            Assert.Empty(outcomes.Intersect(Enum.GetNames<AgendaOutcome>()));
        }
    }

    [Fact]
    public void A_language_the_site_lacks_prints_in_English()
    {
        Assert.Equal(new RecordLabels("en").Outcome(AgendaOutcome.Blocked), new RecordLabels("fr").Outcome(AgendaOutcome.Blocked));
        Assert.Equal("distribution: Limited", new RecordLabels("en").DistributionOf("Limited"));
        Assert.Equal("распространение: общее", new RecordLabels("ru").DistributionOf("General"));
    }

    private static RecordResponse Record()
    {
        var item = Guid.NewGuid();
        var agenda = Enum.GetValues<AgendaOutcome>()
            .Select((o, i) => new AgendaEntry(i == 0 ? item : Guid.NewGuid(), i + 1, $"Item {i + 1}", ItemKind.Decision, o, null, null))
            .ToList();
        return new RecordResponse(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Council of Foreign Ministers", "Council of Foreign Ministers",
            "Record of the meeting", "Журнал заседания", RecordStatus.Draft, "Limited", Start, Start.AddDays(1), Start.AddDays(8), null,
            [
                new AttendanceEntry("KAZ", Present: true, Observer: false, "A. Nurlanov", "Minister", ["B. Sadykova"]),
                new AttendanceEntry("KGZ", Present: false, Observer: false, "", "", []),
                new AttendanceEntry("JPN", Present: true, Observer: true, "", "", []),
            ],
            agenda,
            [
                new StatementResponse(Guid.NewGuid(), 1, "UZB", item, "S. Karimov", "On water", "О воде", "C5/CFM/2042/1", Start),
                new StatementResponse(Guid.NewGuid(), 2, "TJK", null, null, null, null, null, Start),
            ],
            [
                new ReservationResponse(Guid.NewGuid(), "TKM", ReservationKind.Reservation, item, "On paragraph 3", null, Start),
                new ReservationResponse(Guid.NewGuid(), "KGZ", ReservationKind.InterpretativeStatement, null, null, "О пункте 4", Start),
            ],
            []);
    }
}
