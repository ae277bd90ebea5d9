using System.Net.Http.Json;
using System.Text.Json;

namespace SummitCoordination.TestSupport;

public sealed record StatementSummitResult(
    Guid Leaders,
    Guid PartnerSummit,
    string Chair,
    Guid JointStatement,
    string Slug,
    JsonElement Adopted,
    Guid BlockedStatement,
    Guid ChairmansStatement,
    string ChairmansSlug,
    Guid OverdueCommitment,
    Guid DoneCommitment);

/// <summary>
/// Issue 5, done when: a summit week told through the HTTP API alone, the same on the embedded host and across
/// processes. A C5 joint statement is drafted, amended, adopted by the Leaders and published when they conclude; a
/// C5+USA joint statement is blocked by the partner and the chair issues a chairman's statement instead.
/// </summary>
public static class StatementScenario
{
    public static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    /// <summary>Who signs a text the Leaders' summit adopts: the five and Azerbaijan, a full participant since Tashkent 2025.</summary>
    public static readonly string[] LeadersSignatories = ["AZE", .. Five];

    /// <summary>A word only version 1 has: an observer must never find it.</summary>
    public const string DraftOnlyWord = "provisionalwordingzx";

    public const string EnglishV1 = $"""
        # Dushanbe Joint Statement

        The Heads of State of Central Asia met in Dushanbe.

        1. They agreed to strengthen **regional water cooperation**, {DraftOnlyWord}.
        2. They welcomed the Trans-Caspian corridor.
        """;

    public const string EnglishV2 = """
        # Dushanbe Joint Statement

        The Heads of State of Central Asia met in Dushanbe.

        1. They agreed to strengthen **regional water and energy cooperation**.
        2. They welcomed the Trans-Caspian corridor.
        3. They will launch a regional early-warning system for floods and mudflows.
        """;

    /// <summary>
    /// The Russian text, paragraph for paragraph with <see cref="EnglishV2"/>: issue 22's concordance lets a text with a
    /// Russian version be put to the decision only when every paragraph has both languages.
    /// </summary>
    public const string Russian = """
        # Душанбинское совместное заявление

        Главы государств Центральной Азии встретились в Душанбе.

        1. Они договорились укреплять **региональное сотрудничество в области водных ресурсов и энергетики**.
        2. Они приветствовали Транскаспийский коридор.
        3. Они создадут региональную систему раннего оповещения о наводнениях и селях.
        """;

    public static DateTimeOffset Dushanbe(int year, int month, int day, int hour = 10) => new(year, month, day, hour, 0, 0, TimeSpan.FromHours(5));

    public static void InDushanbe(Dictionary<string, object?> meeting)
    {
        meeting["timeZone"] = "Asia/Dushanbe";
        meeting["hostParty"] = "TJK";
        meeting["city"] = "Dushanbe";
    }

    public static async Task<StatementSummitResult> RunAsync(Summit summit, int year, TimeSpan commitmentDueIn)
    {
        var secretariat = await summit.Secretariat();
        var leaders = await summit.MeetingAsync("Consultative Meeting of the Heads of State of Central Asia", Dushanbe(year, 9, 14), edit: InDushanbe);
        var partnerSummit = await summit.MeetingAsync("C5+USA Summit", Dushanbe(year, 9, 15), partner: "USA", edit: InDushanbe);

        // Drafting: version 1 by the secretariat; Kyrgyzstan's amendment accepted (version 2); Tajikistan's rejected.
        var joint = (await StatementsApi.DraftAsync(secretariat, leaders, "JointStatement", "Dushanbe Joint Statement of the Heads of State of Central Asia",
            EnglishV1, Russian)).GetProperty("id").GetGuid();
        var amendment = await StatementsApi.Created(await (await summit.Delegation("KGZ")).PostAsJsonAsync($"/api/statements/{joint}/amendments",
            new { version = 1, english = EnglishV2, explanation = "Energy belongs with water; add the early-warning system." }));
        await StatementsApi.Created(await secretariat.PostAsync($"/api/statements/{joint}/amendments/{amendment.GetProperty("id").GetGuid()}/accept", null),
            System.Net.HttpStatusCode.OK);
        var rejected = await StatementsApi.Created(await (await summit.Delegation("TJK")).PostAsJsonAsync($"/api/statements/{joint}/amendments",
            new { version = 2, english = EnglishV2 + "\n4. A paragraph the others will not take.", explanation = "Add a fourth paragraph." }));
        await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{joint}/amendments/{rejected.GetProperty("id").GetGuid()}/reject",
            new { reason = "No consensus among the coordinators on a fourth paragraph." }), System.Net.HttpStatusCode.OK);

        // Adoption at the Leaders' meeting: an agenda item of kind JointStatement naming the statement.
        var item = await summit.ProposeAsync("KAZ", leaders, "Adoption of the Dushanbe Joint Statement", "Leaders", "JointStatement", joint);
        await summit.ConveneAsync(leaders);
        await summit.WaitItemAsync(item, i => i.GetProperty("status").GetString() == "UnderConsideration", "the statement's item open");
        await summit.AllAsync(item, "Concur", Five);
        await summit.DecideAsync(item);
        var adopted = await StatementsApi.WaitAsync(secretariat, joint, s => s.Status() == "Adopted", "the joint statement adopted");

        // Commitments the statement makes: one falls due within seconds, one is reported done.
        var overdue = await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{joint}/commitments",
            new { what = "Launch the regional early-warning system for floods and mudflows", parties = new[] { "KAZ", "KGZ", "TJK" }, dueUtc = DateTime.UtcNow + commitmentDueIn }));
        var done = await StatementsApi.Created(await secretariat.PostAsJsonAsync($"/api/statements/{joint}/commitments",
            new { what = "Convene the C5 transport ministers on the Trans-Caspian corridor", parties = new[] { "KAZ", "UZB" }, dueUtc = new DateTime(year + 1, 6, 30, 0, 0, 0, DateTimeKind.Utc) }));

        // Publication when the meeting concludes.
        (await secretariat.PostAsync($"/api/meetings/{leaders}/conclude", null)).EnsureSuccessStatusCode();
        var published = await StatementsApi.WaitAsync(secretariat, joint, s => s.Status() == "Published", "the joint statement published at the conclusion");
        await StatementsApi.Created(await secretariat.PutAsJsonAsync($"/api/commitments/{done.GetProperty("id").GetGuid()}/status",
            new { status = "Done", evidence = "https://example.org/c5-transport-ministers-communique" }), System.Net.HttpStatusCode.OK);

        // The C5+USA statement: the partner objects, the item is blocked, the chair speaks alone.
        var blocked = (await StatementsApi.DraftAsync(secretariat, partnerSummit, "JointStatement", "Joint Statement of the C5+USA Summit",
            "The C5 and the United States agree on critical minerals.")).GetProperty("id").GetGuid();
        var partnerItem = await summit.ProposeAsync("KAZ", partnerSummit, "Adoption of the C5+USA joint statement", "Leaders", "JointStatement", blocked);
        await summit.ConveneAsync(partnerSummit);
        await summit.WaitItemAsync(partnerItem, i => i.GetProperty("status").GetString() == "UnderConsideration", "the C5+USA item open");
        await summit.AllAsync(partnerItem, "Concur", Five);
        await summit.AllAsync(partnerItem, "Object", "USA");
        await summit.DecideAsync(partnerItem);
        await StatementsApi.WaitAsync(secretariat, blocked, s => s.GetProperty("mayIssueChairmansStatement").GetBoolean(), "the blocked item seen by Statements");
        var chair = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{partnerSummit}/agenda")).GetProperty("chair").GetString()!;
        var chairmans = await StatementsApi.Created(await (await summit.Delegation(chair)).PostAsJsonAsync($"/api/statements/{blocked}/chairmans-statement",
            new { english = "The chair notes broad support for cooperation on critical minerals." }));
        var chairmansId = chairmans.GetProperty("id").GetGuid();
        (await secretariat.PostAsync($"/api/meetings/{partnerSummit}/conclude", null)).EnsureSuccessStatusCode();
        var chairmansPublished = await StatementsApi.WaitAsync(secretariat, chairmansId, s => s.Status() == "Published", "the chairman's statement published");

        return new StatementSummitResult(leaders, partnerSummit, chair, joint, published.GetProperty("slug").GetString()!, adopted, blocked, chairmansId,
            chairmansPublished.GetProperty("slug").GetString()!, overdue.GetProperty("id").GetGuid(), done.GetProperty("id").GetGuid());
    }
}
