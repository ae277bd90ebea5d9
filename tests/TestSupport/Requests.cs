namespace SummitCoordination.TestSupport;

/// <summary>Request bodies the tests send, written as a client would write them.</summary>
public static class Requests
{
    public static readonly string[] Members = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    public static object Delegation(string party, string head = "", string rank = "Minister of Foreign Affairs") =>
        new { party, headName = string.IsNullOrEmpty(head) ? $"Head of {party}" : head, headRank = rank, members = new[] { $"Adviser of {party}" } };

    public static Dictionary<string, object?> Meeting(Guid bodyId, DateTimeOffset start, TimeSpan? length = null, string? partner = null,
        string timeZone = "Asia/Almaty", string host = "KAZ", string city = "Astana", string venue = "Palace of Independence")
    {
        var delegations = Members.Select(m => Delegation(m)).ToList();
        if (partner is not null)
        {
            delegations.Add(Delegation(partner));
        }

        return new Dictionary<string, object?>
        {
            ["bodyId"] = bodyId,
            ["start"] = start,
            ["end"] = start + (length ?? TimeSpan.FromHours(3)),
            ["timeZone"] = timeZone,
            ["hostParty"] = host,
            ["city"] = city,
            ["venue"] = venue,
            ["delegations"] = delegations,
            ["observers"] = new[] { "UN" },
        };
    }
}
