using System.Net;

namespace SummitCoordination.Web.Services;

/// <summary>
/// The Statements service's HTTP API as the web app uses it: the public reads (search, statements, commitments,
/// instruments) and the working API of drafts, versions, amendments, commitments and instruments (see <see cref="ServiceClient"/>).
/// </summary>
public sealed class StatementsClient(HttpClient http) : ServiceClient(http)
{
    public async Task<StatementPage> SearchAsync(StatementSearch search, CancellationToken ct = default) =>
        (await Http.GetFromJsonAsync<StatementPage>($"public/statements{AppendPageSize(search)}", ct))!;

    public Task<Statement?> GetAsync(string slug, CancellationToken ct = default) => PublicOrNullAsync<Statement>($"public/statements/{Uri.EscapeDataString(slug)}", ct);

    public async Task<CommitmentsReport> CommitmentsAsync(string? party = null, CancellationToken ct = default) =>
        (await Http.GetFromJsonAsync<CommitmentsReport>(string.IsNullOrEmpty(party) ? "public/commitments" : $"public/commitments?party={Uri.EscapeDataString(party)}", ct))!;

    /// <summary>The register: the public one for an anonymous reader, else what the signed-in person may read (their token goes with the call).</summary>
    public Task<RegisterPage> DocumentsAsync(RegisterSearch search, bool signedIn, CancellationToken ct = default) =>
        GetAsync<RegisterPage>($"{RegisterRoot(signedIn)}/documents{search.ToQueryString()}", ct);

    /// <summary>One document, or null where the reader may not read it (the service answers 404).</summary>
    public async Task<RegisterDocument?> DocumentAsync(Guid id, bool signedIn, CancellationToken ct = default)
    {
        try
        {
            return await GetAsync<RegisterDocument>($"{RegisterRoot(signedIn)}/documents/{id}", ct);
        }
        catch (ApiException missing) when (missing.Problem.Status == 404)
        {
            return null;
        }
    }

    public Task<(byte[] Content, string? FileName)> DocumentFileAsync(Guid id, Guid fileId, bool signedIn, CancellationToken ct = default) =>
        GetFileAsync($"{RegisterRoot(signedIn)}/documents/{id}/files/{fileId}", ct);

    private static string RegisterRoot(bool signedIn) => signedIn ? "api/register" : "public";

    /// <summary>The register's record of a meeting (kind Record), once its record is final and registered; else null.</summary>
    public async Task<RegisterSummary?> RecordDocumentAsync(Guid meetingId, bool signedIn, CancellationToken ct = default) =>
        (await DocumentsAsync(new RegisterSearch(MeetingId: meetingId, Kind: "Record"), signedIn, ct)).Items.FirstOrDefault();

    public Task<RegisterDocument> RegisterDocumentAsync(DocumentRegistration request, CancellationToken ct = default) =>
        SendAsync<RegisterDocument>(HttpMethod.Post, "api/register/documents", Json(request), ct);

    public Task<RegisterDocument> EditDocumentAsync(Guid id, DocumentEdit request, CancellationToken ct = default) =>
        SendAsync<RegisterDocument>(HttpMethod.Put, $"api/register/documents/{id}", Json(request), ct);

    public Task<RegisterDocument> SuffixDocumentAsync(Guid id, DocumentSuffixRequest request, CancellationToken ct = default) =>
        SendAsync<RegisterDocument>(HttpMethod.Post, $"api/register/documents/{id}/suffixes", Json(request), ct);

    /// <summary>
    /// A file for one language, streamed as the request's body with its length, so that the register refuses one too
    /// large at once (413) and one of another format by its content (415).
    /// </summary>
    public Task<RegisterFile> UploadDocumentFileAsync(Guid id, string language, string fileName, Stream content, long length, CancellationToken ct = default)
    {
        var body = new StreamContent(content);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        body.Headers.ContentLength = length;
        return SendAsync<RegisterFile>(HttpMethod.Post,
            $"api/register/documents/{id}/files?language={Uri.EscapeDataString(language)}&fileName={Uri.EscapeDataString(fileName)}", body, ct);
    }

    public Task<SymbolPatternView> SymbolPatternAsync(Guid bodyId, CancellationToken ct = default) =>
        GetAsync<SymbolPatternView>($"api/register/bodies/{bodyId}", ct);

    public Task<SymbolPatternView> SetSymbolPatternAsync(Guid bodyId, string pattern, CancellationToken ct = default) =>
        SendAsync<SymbolPatternView>(HttpMethod.Put, $"api/register/bodies/{bodyId}", Json(new SymbolPatternRequest(pattern)), ct);

    public async Task<IReadOnlyList<Instrument>> InstrumentsAsync(CancellationToken ct = default) =>
        (await Http.GetFromJsonAsync<List<Instrument>>("public/instruments", ct))!;

    public Task<Instrument?> InstrumentAsync(Guid id, CancellationToken ct = default) => PublicOrNullAsync<Instrument>($"public/instruments/{id}", ct);

    public Task<List<StatementSummaryView>> MeetingStatementsAsync(Guid meeting, CancellationToken ct = default) =>
        GetAsync<List<StatementSummaryView>>($"api/meetings/{meeting}/statements", ct);

    public Task<StatementView> StatementAsync(Guid id, CancellationToken ct = default) => GetAsync<StatementView>($"api/statements/{id}", ct);

    public Task<StatementView> DraftAsync(DraftRequest request, CancellationToken ct = default) =>
        SendAsync<StatementView>(HttpMethod.Post, "api/statements", Json(request), ct);

    /// <summary>A kept version as its official text in PDF, with the file name Statements gives it.</summary>
    /// <summary>A version's official text in PDF; <paramref name="language"/> (one of the seven) adds the statement's text in it.</summary>
    public async Task<(byte[] Pdf, string FileName)> VersionPdfAsync(Guid id, int number, string? language = null, CancellationToken ct = default)
    {
        var (pdf, fileName) = await GetFileAsync($"api/statements/{id}/versions/{number}.pdf{(string.IsNullOrEmpty(language) ? "" : $"?lang={Uri.EscapeDataString(language)}")}", ct);
        return (pdf, fileName ?? $"statement-v{number}.pdf");
    }

    public Task<VersionView> VersionAsync(Guid id, int number, CancellationToken ct = default) =>
        GetAsync<VersionView>($"api/statements/{id}/versions/{number}", ct);

    public Task<VersionView> ReviseAsync(Guid id, int basedOn, string english, string? russian, CancellationToken ct = default) =>
        SendAsync<VersionView>(HttpMethod.Post, $"api/statements/{id}/versions", Json(new ReviseRequest(basedOn, english, russian)), ct);

    public Task<DiffView> DiffAsync(Guid id, int from, int to, CancellationToken ct = default) =>
        GetAsync<DiffView>($"api/statements/{id}/diff?from={from}&to={to}", ct);

    public Task<List<AmendmentView>> AmendmentsAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<AmendmentView>>($"api/statements/{id}/amendments", ct);

    public Task<JsonElement> AcceptAmendmentAsync(Guid id, Guid amendment, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"api/statements/{id}/amendments/{amendment}/accept", null, ct);

    public Task<JsonElement> RejectAmendmentAsync(Guid id, Guid amendment, string reason, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"api/statements/{id}/amendments/{amendment}/reject", Json(new ReasonRequest(reason)), ct);

    public Task<StatementView> EmbargoAsync(Guid id, DateTime releaseAtUtc, CancellationToken ct = default) =>
        SendAsync<StatementView>(HttpMethod.Put, $"api/statements/{id}/embargo", Json(new EmbargoRequest(releaseAtUtc)), ct);

    /// <summary>A statement's texts in kk, ky, tg, tk and uz, and its authentic languages (issue 24).</summary>
    public Task<StatementTextsView> TextsAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<StatementTextsView>($"api/statements/{id}/texts", ct);

    public Task<StatementTextView> PutTextAsync(Guid id, string language, string title, string markdown, CancellationToken ct = default) =>
        SendAsync<StatementTextView>(HttpMethod.Put, $"api/statements/{id}/texts/{Uri.EscapeDataString(language)}", Json(new { title, markdown }), ct);

    public Task<StatementTextsView> NameAuthenticAsync(Guid id, IReadOnlyList<string> languages, CancellationToken ct = default) =>
        SendAsync<StatementTextsView>(HttpMethod.Put, $"api/statements/{id}/authentic-languages", Json(new { languages }), ct);

    public Task<PreviewView> PreviewAsync(string english, string? russian, CancellationToken ct = default) =>
        SendAsync<PreviewView>(HttpMethod.Post, "api/statements/preview", Json(new PreviewRequest(english, russian)), ct);

    public Task<List<CommitmentView>> StatementCommitmentsAsync(Guid statement, CancellationToken ct = default) =>
        GetAsync<List<CommitmentView>>($"api/statements/{statement}/commitments", ct);

    /// <summary>Records a commitment; <paramref name="idempotencyKey"/> is fresh per submission of the form, so a repeat records nothing twice.</summary>
    public Task<JsonElement> AddCommitmentAsync(Guid statement, string what, string? whatRu, IReadOnlyList<string> parties, DateTime dueUtc,
        string idempotencyKey, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"api/statements/{statement}/commitments", Json(new CommitmentRequest(what, whatRu, parties, dueUtc)), ct,
            ("Idempotency-Key", idempotencyKey));

    public Task<JsonElement> ReportCommitmentAsync(Guid commitment, string status, string evidence, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Put, $"api/commitments/{commitment}/status", Json(new CommitmentReportRequest(status, evidence)), ct);

    public Task<List<InstrumentView>> MeetingInstrumentsAsync(Guid meeting, CancellationToken ct = default) =>
        GetAsync<List<InstrumentView>>($"api/instruments?meetingId={meeting}", ct);

    public Task<InstrumentView> OpenInstrumentAsync(OpenInstrumentRequest request, CancellationToken ct = default) =>
        SendAsync<InstrumentView>(HttpMethod.Post, "api/instruments", Json(request), ct);

    /// <summary>A signature ("signatures") or a deposited ratification ("ratifications") by a party on a date.</summary>
    public Task<InstrumentView> RecordInstrumentActAsync(Guid instrument, string act, string party, DateOnly on, CancellationToken ct = default) =>
        SendAsync<InstrumentView>(HttpMethod.Post, $"api/instruments/{instrument}/{act}", Json(new InstrumentActRequest(party, on)), ct);

    /// <summary>Issues a chairman's statement; built from a draft, it names the version and the paragraphs it took.</summary>
    public Task<StatementView> ChairmansStatementAsync(Guid failed, string title, string english, string? russian, int? fromVersion = null,
        IReadOnlyList<Guid>? paragraphs = null, CancellationToken ct = default) =>
        SendAsync<StatementView>(HttpMethod.Post, $"api/statements/{failed}/chairmans-statement",
            Json(new ChairmansStatementRequest(title, english, russian, fromVersion, paragraphs)), ct);

    public Task<ChairmansDraftView> ChairmansDraftAsync(Guid failed, CancellationToken ct = default) =>
        GetAsync<ChairmansDraftView>($"api/statements/{failed}/chairmans-statement/draft", ct);

    /// <summary>The text paragraph by paragraph, the latest version or <paramref name="version"/>, with what the caller may see of positions.</summary>
    public Task<ParagraphsView> ParagraphsAsync(Guid id, int? version = null, CancellationToken ct = default) =>
        GetAsync<ParagraphsView>(version is { } n ? $"api/statements/{id}/paragraphs?version={n}" : $"api/statements/{id}/paragraphs", ct);

    public Task<List<ParagraphHistoryView>> ParagraphHistoryAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<ParagraphHistoryView>>($"api/statements/{id}/paragraphs/history", ct);

    public Task<ParagraphView> SetParagraphStatusAsync(Guid id, Guid paragraph, ParagraphStatusRequest request, CancellationToken ct = default) =>
        SendAsync<ParagraphView>(HttpMethod.Post, $"api/statements/{id}/paragraphs/{paragraph}/status", Json(request), ct);

    public Task<ParagraphView> ConfirmAdReferendumAsync(Guid id, Guid paragraph, CancellationToken ct = default) =>
        SendAsync<ParagraphView>(HttpMethod.Post, $"api/statements/{id}/paragraphs/{paragraph}/ad-referendum/confirm", null, ct);

    public Task<JsonElement> ChooseOptionAsync(Guid id, Guid paragraph, Guid option, CancellationToken ct = default) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"api/statements/{id}/paragraphs/{paragraph}/options/{option}/choose", null, ct);

    public Task<ParagraphView> SupportOptionAsync(Guid id, Guid paragraph, Guid option, CancellationToken ct = default) =>
        SendAsync<ParagraphView>(HttpMethod.Post, $"api/statements/{id}/paragraphs/{paragraph}/options/{option}/support", null, ct);

    public Task<ParagraphView> ReserveAsync(Guid id, Guid paragraph, string party, string? note, CancellationToken ct = default) =>
        SendAsync<ParagraphView>(HttpMethod.Put, $"api/statements/{id}/paragraphs/{paragraph}/reservations/{party}", Json(new ReservationRequest(note)), ct);

    public Task<ParagraphView> WithdrawReservationAsync(Guid id, Guid paragraph, string party, CancellationToken ct = default) =>
        SendAsync<ParagraphView>(HttpMethod.Delete, $"api/statements/{id}/paragraphs/{paragraph}/reservations/{party}", null, ct);

    public Task<AmendmentView> ProposeParagraphWordingAsync(Guid statement, int version, Guid paragraph, string? english, string? russian, string explanation,
        CancellationToken ct = default) =>
        SendAsync<AmendmentView>(HttpMethod.Post, $"api/statements/{statement}/amendments",
            Json(new ParagraphAmendmentRequest(version, english, russian, explanation, paragraph)), ct);

    public Task<AmendmentView> ProposeAmendmentAsync(Guid statement, int version, string? english, string? russian, string explanation, CancellationToken ct = default) =>
        SendAsync<AmendmentView>(HttpMethod.Post, $"api/statements/{statement}/amendments", Json(new AmendmentRequest(version, english, russian, explanation)), ct);

    public Task<List<InstrumentView>> AllInstrumentsAsync(CancellationToken ct = default) => GetAsync<List<InstrumentView>>("api/instruments", ct);

    private static string AppendPageSize(StatementSearch search)
    {
        var query = search.ToQueryString();
        return search.PageSize == 20 ? query : $"{query}{(query.Length == 0 ? "?" : "&")}pageSize={search.PageSize}";
    }

    /// <summary>A public read of one thing: null when the service says there is none (404).</summary>
    private async Task<T?> PublicOrNullAsync<T>(string path, CancellationToken ct)
    {
        using var response = await Http.GetAsync(path, ct);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return default;
        }

        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<T>(ct);
    }
}
