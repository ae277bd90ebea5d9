namespace SummitCoordination.Web.Services;

/// <summary>The Consensus service's working API as the web app uses it: agendas, items, positions, decisions (see <see cref="ServiceClient"/>).</summary>
public sealed class ConsensusClient(HttpClient http) : ServiceClient(http)
{
    public Task<AgendaView> AgendaAsync(Guid id, CancellationToken ct = default) => GetAsync<AgendaView>($"api/meetings/{id}/agenda", ct);

    public Task<List<ItemView>> ReorderAgendaAsync(Guid meeting, IReadOnlyList<Guid> itemIds, CancellationToken ct = default) =>
        SendAsync<List<ItemView>>(HttpMethod.Put, $"api/meetings/{meeting}/agenda/order", Json(new AgendaOrderRequest(itemIds)), ct);

    public Task<ItemView> ItemAsync(Guid id, CancellationToken ct = default) => GetAsync<ItemView>($"api/agenda-items/{id}", ct);

    public Task<List<ItemHistoryView>> ItemHistoryAsync(Guid id, CancellationToken ct = default) =>
        GetAsync<List<ItemHistoryView>>($"api/agenda-items/{id}/history", ct);

    public Task<ItemView> RecordPositionAsync(Guid item, string party, string position, string? note, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Put, $"api/agenda-items/{item}/positions/{Uri.EscapeDataString(party)}", Json(new PositionRequest(position, note)), ct);

    public Task<ItemView> ProposeItemAsync(ProposeItemRequest request, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, "api/agenda-items", Json(request), ct);

    public Task<DecisionView> DecideAsync(Guid item, CancellationToken ct = default) =>
        SendAsync<DecisionView>(HttpMethod.Post, $"api/agenda-items/{item}/decision", null, ct);

    /// <summary>What closing the item now would give (the rule run, nothing saved): shown to the chair before confirming.</summary>
    public Task<DecisionView> PreviewDecisionAsync(Guid item, CancellationToken ct = default) =>
        SendAsync<DecisionView>(HttpMethod.Post, $"api/agenda-items/{item}/decision/preview", null, ct);

    public Task<ItemView> SilenceAsync(Guid item, DateTimeOffset deadline, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, $"api/agenda-items/{item}/silence", Json(new SilenceRequest(deadline)), ct);

    /// <summary>A blocked item deferred to the body's next meeting ("defer") or referred up to the parent body ("refer").</summary>
    public Task<ItemView> MoveBlockedAsync(Guid item, string how, CancellationToken ct = default) =>
        SendAsync<ItemView>(HttpMethod.Post, $"api/agenda-items/{item}/{how}", null, ct);

    /// <summary>The meeting's record as the signed-in participant may read it.</summary>
    public Task<RecordView> RecordAsync(Guid meeting, CancellationToken ct = default) => GetAsync<RecordView>($"api/meetings/{meeting}/record", ct);

    /// <summary>The final record of a public meeting, for anyone (404 for a draft).</summary>
    public Task<RecordView> PublicRecordAsync(Guid meeting, CancellationToken ct = default) => GetAsync<RecordView>($"public/records/{meeting}", ct);

    public async Task<(byte[] Pdf, string FileName)> RecordPdfAsync(Guid meeting, CancellationToken ct = default)
    {
        var (pdf, fileName) = await GetFileAsync($"api/meetings/{meeting}/record/pdf", ct);
        return (pdf, fileName ?? "record.pdf");
    }

    public Task<CorrectionView> CorrectRecordAsync(Guid meeting, CorrectionRequest request, CancellationToken ct = default) =>
        SendAsync<CorrectionView>(HttpMethod.Post, $"api/meetings/{meeting}/record/corrections", Json(request), ct);

    /// <summary>The secretariat's answer: "accept" or "reject" (with a reason).</summary>
    public Task<RecordView> AnswerCorrectionAsync(Guid meeting, Guid correction, string how, string? reason, CancellationToken ct = default) =>
        SendAsync<RecordView>(HttpMethod.Post, $"api/meetings/{meeting}/record/corrections/{correction}/{how}", Json(new CorrectionAnswer(reason)), ct);
}
