using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.Scheduling.Chairs;
using SummitCoordination.Scheduling.Parties;

namespace SummitCoordination.Scheduling.Tests;

public sealed class ChairRotationTests
{
    private static readonly string[] Alphabetical = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    /// <summary>The Leaders' rotation with the turns the recorded Consultative Meetings took (the seed records them as held meetings).</summary>
    private static readonly ChairRotationSettings Recorded = StandardCatalog.HostSequence with
    {
        History = HistoricalRecord.ConsultativeMeetings.Select(m => new ChairTerm(m.On, m.Host, m.City)).ToList(),
    };

    private static string HostSequenceChair(string date) =>
        ChairRotation.ChairOn(DateOnly.Parse(date), Recorded, Recorded.Sequence).Party;

    [Theory]
    [InlineData("2019-01-10", "UZB")]
    [InlineData("2020-06-01", "TKM")]
    [InlineData("2022-01-01", "KGZ")]
    [InlineData("2024-08-09", "KAZ")]
    [InlineData("2025-01-01", "UZB")]
    [InlineData("2025-11-16", "UZB")]
    [InlineData("2025-12-01", "TKM")]
    [InlineData("2027-06-01", "TKM")]
    public void The_Consultative_Meeting_chair_follows_the_real_sequence_of_hosts(string on, string chair) =>
        Assert.Equal(chair, HostSequenceChair(on));

    [Fact]
    public void A_year_without_a_meeting_loses_no_turn()
    {
        // 2020 had no meeting: Turkmenistan, next after Uzbekistan's 2019 meeting, still hosted in 2021.
        Assert.Equal(HostSequenceChair("2020-12-31"), HostSequenceChair("2021-08-06"));
    }

    [Theory]
    [InlineData(2018, "KAZ")]
    [InlineData(2019, "KGZ")]
    [InlineData(2022, "UZB")]
    [InlineData(2023, "KAZ")]
    public void Alphabetical_rotation_passes_each_year_in_the_order_of_English_names(int year, string chair) =>
        Assert.Equal(chair, ChairRotation.ChairOn(new DateOnly(year, 6, 1), ChairRotationSettings.Alphabetical(2018), Alphabetical).Party);

    [Fact]
    public void A_waived_turn_passes_to_the_next_in_order_and_the_rotation_goes_on_from_there()
    {
        var settings = ChairRotationSettings.Alphabetical(2018) with { Waivers = [new ChairWaiver(2019, "KGZ")] };

        Assert.Equal("TJK", ChairRotation.ChairOn(new DateOnly(2019, 6, 1), settings, Alphabetical).Party);
        Assert.Equal("TKM", ChairRotation.ChairOn(new DateOnly(2020, 6, 1), settings, Alphabetical).Party);
    }

    [Fact]
    public void A_waiver_in_a_per_meeting_rotation_hands_the_turn_on()
    {
        var settings = Recorded with { Waivers = [new ChairWaiver(2026, "TKM")] };

        Assert.Equal("KGZ", ChairRotation.ChairOn(new DateOnly(2026, 3, 1), settings, settings.Sequence).Party);
        Assert.Equal("TKM", ChairRotation.ChairOn(new DateOnly(2027, 3, 1), settings, settings.Sequence).Party);
    }

    [Fact]
    public void When_every_state_waives_nobody_chairs_and_that_is_said()
    {
        var settings = ChairRotationSettings.Alphabetical(2018) with { Waivers = Alphabetical.Select(p => new ChairWaiver(2020, p)).ToList() };

        var error = Assert.Throws<DomainException>(() => ChairRotation.ChairOn(new DateOnly(2020, 1, 1), settings, Alphabetical));
        Assert.Equal("chair.all-waived", error.Code);
    }

    [Fact]
    public void A_date_before_the_rotation_starts_has_no_chair()
    {
        Assert.Throws<DomainException>(() => ChairRotation.ChairOn(new DateOnly(2010, 1, 1), ChairRotationSettings.Alphabetical(2018), Alphabetical));
    }
}
