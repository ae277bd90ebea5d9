using SummitCoordination.Contracts;

namespace SummitCoordination.TestSupport;

public static class Events
{
    public static MeetingScheduled MeetingScheduled(string? partner = null) => new(
        Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), partner is null ? "Council of Foreign Ministers" : $"C5+{partner} Foreign Ministers' Meeting",
        Layer.Ministers, DecisionRuleSettings.Consensus, partner is null ? "C5" : $"C5+{partner}", partner, "Ministers, Tashkent 2027",
        new DateTime(2027, 5, 10, 5, 0, 0, DateTimeKind.Utc), new DateTime(2027, 5, 10, 9, 0, 0, DateTimeKind.Utc), "Asia/Tashkent",
        "UZB", "Tashkent", "Congress Hall", [.. Requests.Members, .. partner is null ? Array.Empty<string>() : [partner]], ["UN"],
        "TKM", null, DateTime.UtcNow);
}
