using System.Net;
using System.Text.Json;
using Xunit;

namespace SummitCoordination.TestSupport;

/// <summary>What each of issue 11's stories must show, asserted the same wherever the story ran.</summary>
public static class RecordAssertions
{
    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    public static void Moved(MovedResult r)
    {
        Assert.Equal("TKM", r.Moved.GetProperty("hostParty").GetString());
        Assert.Equal("Asia/Ashgabat", r.Moved.GetProperty("timeZone").GetString());
        Assert.Equal("Oguzkhan Palace", r.Moved.GetProperty("venue").GetString());
        Assert.Equal(TimeSpan.FromHours(5), r.Moved.GetProperty("startLocal").GetDateTimeOffset().Offset);
        Assert.Contains(r.History, h => h.StartsWith("Scheduled:") && h.Contains("Astana"));
        Assert.Contains(r.History, h => h.StartsWith("Postponed: Floods"));
        Assert.Contains(r.History, h => h.StartsWith("Rescheduled: moved from KAZ (Astana) to TKM (Ashgabat)"));
        Assert.Contains("DTSTART;TZID=Asia/Ashgabat:", r.Feed);
        Assert.Contains("Oguzkhan Palace", r.Feed);
        Assert.Equal("Adopted", r.Decided.GetProperty("outcome").GetProperty("kind").GetString());
        // The host that held it took the turn: after TKM comes UZB (had KAZ's turn been recorded, TKM would chair).
        Assert.Equal("UZB", r.ChairAfter);
    }

    public static void Admitted(AdmissionResult r)
    {
        Assert.Equal(HttpStatusCode.Forbidden, r.GuestProposes);
        Assert.Equal(HttpStatusCode.Forbidden, r.GuestTakesPosition);
        Assert.Empty(r.GuestSeesItem.GetProperty("positions").EnumerateArray());
        var member = r.Standings.EnumerateArray().Single(s => s.GetProperty("standing").GetString() == "Member");
        Assert.Equal(r.Item, member.GetProperty("decisionItemId").GetGuid());
        Assert.Equal("C5", member.GetProperty("format").GetString());
        Assert.Contains(r.Party, Strings(r.EarlierScheduledAgenda.GetProperty("deciders")));
        Assert.Contains(r.Party, Strings(r.LaterAgenda.GetProperty("deciders")));
        Assert.Equal(HttpStatusCode.Created, r.NewMemberProposes);
        // Quorum counts the new member: without its position nothing is decided; with it, it is bound and signs.
        Assert.Equal("Deferred", r.WithoutNewMember.GetProperty("outcome").GetProperty("kind").GetString());
        Assert.Equal("Deferred", r.WithoutNewMember.GetProperty("item").GetProperty("status").GetString());
        Assert.Equal("Adopted", r.WithNewMember.GetProperty("outcome").GetProperty("kind").GetString());
        Assert.Contains(r.Party, Strings(r.WithNewMember.GetProperty("outcome").GetProperty("bound")));
    }

    public static void SilenceConcludedAfterTheClose(SilenceResult r)
    {
        Assert.Equal(r.Meeting, r.Adopted.GetProperty("meetingId").GetGuid());
        Assert.Equal("Blocked", r.Broken.GetProperty("status").GetString());
        Assert.Equal(r.Meeting, r.Broken.GetProperty("meetingId").GetGuid());
        var kinds = r.AdoptedHistory.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.True(kinds.IndexOf("SilenceStarted") < kinds.IndexOf("Adopted"));
        Assert.DoesNotContain("Deferred", kinds);
        Assert.Contains("SilenceBroken", r.SecretariatInbox);
        Assert.Contains("ItemDecided", r.SecretariatInbox);
        Assert.All(r.AdoptedHistory.EnumerateArray().Where(e => e.GetProperty("kind").GetString() is "Decided" or "Adopted"),
            e => Assert.Equal(r.Meeting, e.GetProperty("meetingId").GetGuid()));
    }

    public static void InForce(TreatyResult r, int year)
    {
        Assert.Equal(HttpStatusCode.Conflict, r.RatifyBeforeSigning);
        Assert.Equal(HttpStatusCode.Conflict, r.Stranger);
        Assert.Equal(HttpStatusCode.Forbidden, r.OtherStateSigns);
        Assert.Equal("OpenForSignature", r.AfterTwo.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, r.AfterTwo.GetProperty("inForceOn").ValueKind);
        // The third deposit (1 March) meets the rule; thirty days later it is in force, for the three that ratified.
        Assert.Equal("InForce", r.InForce.GetProperty("status").GetString());
        Assert.Equal($"{year + 1}-03-31", r.InForce.GetProperty("inForceOn").GetString());
        var table = r.PublicTable.GetProperty("parties").EnumerateArray().ToDictionary(p => p.GetProperty("party").GetString()!);
        foreach (var party in new[] { "KAZ", "KGZ", "UZB" })
        {
            Assert.True(table[party].GetProperty("inForce").GetBoolean(), party);
            Assert.Equal($"{year + 1}-03-31", table[party].GetProperty("inForceOn").GetString());
        }

        // Ratified today: in force for it thirty days on (a persistent job is set for that day), not yet.
        Assert.False(table["TJK"].GetProperty("inForce").GetBoolean());
        Assert.Equal(DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30).ToString("yyyy-MM-dd"), table["TJK"].GetProperty("inForceOn").GetString());
        Assert.Equal($"{year}-09-01", table["TKM"].GetProperty("signedOn").GetString());
        Assert.Equal(JsonValueKind.Null, table["TKM"].GetProperty("ratifiedOn").ValueKind);
        Assert.Equal(5, r.PublicTable.GetProperty("signatures").GetInt32());
        Assert.Equal(4, r.PublicTable.GetProperty("ratifications").GetInt32());
        Assert.Equal("Published", r.Statement.GetProperty("status").GetString());
        Assert.Contains("OpenForSignature", r.KazakhInbox);
        Assert.Contains("InForce", r.KazakhInbox);
    }
}
