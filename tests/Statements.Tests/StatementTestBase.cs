using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using SummitCoordination.Contracts;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

public sealed class HarnessAppFixture : IDisposable
{
    public SummitApp App { get; } = new(harness: true);

    public void Dispose() => App.Dispose();
}

/// <summary>
/// Drives Statements through its HTTP API, with the events of the other services (a meeting scheduled or concluded,
/// an item adopted or blocked) published on the in-memory bus as those services would publish them.
/// </summary>
public abstract class StatementTestBase(SummitApp app)
{
    public static readonly string[] Five = ["KAZ", "KGZ", "TJK", "TKM", "UZB"];

    public SummitApp App { get; } = app;

    public ITestHarness Harness => App.Services.GetRequiredService<ITestHarness>();

    public Task<HttpClient> Secretariat() => App.Secretariat();

    public Task<HttpClient> Delegation(string party) => App.Delegation(party);

    public async Task<MeetingScheduled> MeetingAsync(string? partner = null)
    {
        var meeting = Events.MeetingScheduled(partner);
        await Harness.Bus.Publish(meeting);
        return meeting;
    }

    public async Task<Guid> DraftAsync(Guid meetingId, string english = "Version one.", string? russian = null, Guid? correctsId = null) =>
        (await StatementsApi.DraftAsync(await Secretariat(), meetingId, "JointStatement", "A joint statement", english, russian, correctsId: correctsId))
        .GetProperty("id").GetGuid();

    public async Task<JsonElement> StatementAsync(Guid id) => await (await Secretariat()).GetFromJsonAsync<JsonElement>($"/api/statements/{id}");

    public async Task<JsonElement> WaitAsync(Guid id, Func<JsonElement, bool> done, string what) =>
        await StatementsApi.WaitAsync(await Secretariat(), id, done, what);

    public Task AdoptAsync(Guid statementId, Guid meetingId, int? version = null, IReadOnlyList<string>? bound = null) =>
        Harness.Bus.Publish(new AgendaItemAdopted(Guid.NewGuid(), meetingId, ItemKind.JointStatement, "Adoption", statementId, version, bound ?? Five, [], DateTime.UtcNow));

    public Task ConcludeAsync(Guid meetingId) => Harness.Bus.Publish(new MeetingConcluded(meetingId, Guid.NewGuid(), DateTime.UtcNow));

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

/// <summary>The same calls for a test that starts its own hosts.</summary>
public sealed class StatementDriver(SummitApp app) : StatementTestBase(app);
