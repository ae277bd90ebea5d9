using SummitCoordination.Scheduling.Chairs;
using SummitCoordination.Scheduling.Parties;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>Issue 19, point 13: the rotation's reasons read back into a code and arguments a page can write in Russian.</summary>
public sealed class ChairReasonTests
{
    private static readonly string[] Alphabetical = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    [Fact]
    public void Every_reason_the_rotation_gives_has_a_code()
    {
        var recorded = StandardCatalog.HostSequence with
        {
            History = HistoricalRecord.ConsultativeMeetings.Select(m => new ChairTerm(m.On, m.Host, m.City)).ToList(),
            Waivers = [new ChairWaiver(2026, "TKM")],
        };
        var answer = ChairRotation.ChairOn(new DateOnly(2026, 6, 1), recorded, recorded.Sequence);
        var (code, args) = ChairReasons.Read(answer.Reason);
        Assert.Equal("ChairNextAfter", code);
        Assert.Equal(["UZB", "2025-11-16", "Tashkent", "1", ""], args);

        Assert.Equal("ChairFirst", ChairReasons.Read(ChairReasons.First).Code);
        Assert.Equal(["0", ""], ChairReasons.Read(ChairReasons.First).Args);
        Assert.Equal(["2031", "0", "Council of Foreign Ministers"], ChairReasons.Read(ChairReasons.Via("Council of Foreign Ministers", ChairReasons.Term(2031))).Args);
        Assert.Null(ChairReasons.Read("the host decided").Code);
    }
}
