namespace SummitCoordination.TestSupport;

/// <summary>Request bodies the tests send, written as a client would write them.</summary>
public static class Requests
{
    public static readonly string[] Members = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    /// <summary>A delegation; without a head's name, a name no other test uses (so no person is in two places).</summary>
    public static object Delegation(string party, string head = "", string rank = "Minister of Foreign Affairs") =>
        new { party, headName = string.IsNullOrEmpty(head) ? $"Head of {party} {Guid.NewGuid():N}" : head, headRank = rank, members = new[] { $"Adviser of {party}" } };

    public static Dictionary<string, object?> Meeting(Guid bodyId, DateTimeOffset start, TimeSpan? length = null, string? partner = null,
        string timeZone = "Asia/Almaty", string host = "KAZ", string city = "Astana", string? venue = null)
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
            // Without a venue, a hall no other test books.
            ["venue"] = venue ?? $"Hall {Guid.NewGuid():N}",
            ["delegations"] = delegations,
            ["observers"] = new[] { "UN" },
            // A Leaders' summit hosted by whoever the test names: the state whose turn it is keeps it (the tests of the
            // rotation name the host in turn, or say otherwise).
            ["turn"] = "Kept",
        };
    }
}
