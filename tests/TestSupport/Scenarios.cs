using System.Text.Json;

namespace SummitCoordination.TestSupport;

public sealed record ClimbResult(Guid Item, Guid WorkingGroup, Guid Officials, Guid Ministers, Guid Leaders, JsonElement Final);

/// <summary>Whole stories told through the HTTP API, run the same on the embedded host and across processes.</summary>
public static class Scenarios
{
    private static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    private static DateTimeOffset Astana(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(5));

    /// <summary>
    /// A Decision proposed in a working group reaches consensus there, with the senior officials and with the
    /// ministers, each time escalated with fresh positions, and is adopted by the Leaders.
    /// </summary>
    public static async Task<ClimbResult> ClimbAsync(Summit summit, int year)
    {
        var group = await summit.MeetingAsync("Working Group on Water and Energy", Astana(year, 3, 6));
        var officials = await summit.MeetingAsync("National Coordinators", Astana(year, 4, 3));
        var ministers = await summit.MeetingAsync("Council of Foreign Ministers", Astana(year, 5, 8));
        var leaders = await summit.MeetingAsync("Consultative Meeting of the Heads of State of Central Asia", Astana(year, 6, 5));
        var item = await summit.ProposeAsync("KAZ", group, "Joint water-sharing early-warning system", "Leaders");

        foreach (var (meeting, next) in new[] { (group, officials), (officials, ministers), (ministers, leaders) })
        {
            await summit.ConveneAsync(meeting);
            await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item open for positions");
            await summit.AllAsync(item, "Concur", Five);
            var decided = await summit.DecideAsync(item);
            if (decided.GetProperty("outcome").GetProperty("kind").GetString() != "Adopted" || decided.GetProperty("item").GetProperty("meetingId").GetGuid() != next)
            {
                throw new InvalidOperationException($"The item did not climb as expected: {decided}");
            }
        }

        await summit.ConveneAsync(leaders);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the item before the Leaders");
        await summit.AllAsync(item, "Concur", "KAZ", "KGZ", "TJK", "UZB");
        await summit.AllAsync(item, "Abstain", "TKM");
        foreach (var other in await summit.AlsoMembersAsync(item, Five))
        {
            // Azerbaijan, a full participant of the Leaders' summits since Tashkent 2025.
            await summit.AllAsync(item, "Concur", other);
        }

        var final = await summit.DecideAsync(item, asParty: "TKM");
        return new ClimbResult(item, group, officials, ministers, leaders, final);
    }
}
