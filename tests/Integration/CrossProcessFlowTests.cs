using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>What only a real broker shows: events crossing processes, and an outage that loses nothing.</summary>
public sealed class CrossProcessFlowTests(DistributedSystem system) : IClassFixture<DistributedSystem>
{
    private static readonly DateTimeOffset Tashkent = new(2027, 6, 1, 9, 0, 0, TimeSpan.FromHours(5));

    private static async Task<Guid> ScheduleAsync(HttpClient client, string body, DateTimeOffset start)
    {
        var bodyId = await StandardBodies.IdOf(client, body);
        var response = await client.PostAsJsonAsync("/api/meetings",
            Requests.Meeting(bodyId, start, timeZone: "Asia/Tashkent", host: "UZB", city: "Tashkent", venue: "Congress Hall"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Fact]
    public async Task A_meeting_scheduled_through_the_gateway_reaches_Consensus_and_Statements_in_their_own_processes()
    {
        var client = await system.Secretariat();
        var id = await ScheduleAsync(client, "Council of Foreign Ministers", Tashkent);

        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/agenda")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Consensus to hear of the meeting");
        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/statements")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Statements to hear of the meeting");
        var agenda = await client.GetFromJsonAsync<JsonElement>($"/api/meetings/{id}/agenda");
        Assert.Equal("Ministers", agenda.GetProperty("layer").GetString());
    }

    [Fact]
    public async Task A_meeting_accepted_while_the_broker_is_down_is_delivered_once_it_is_back_and_applied_once()
    {
        var client = await system.Secretariat();
        await system.Broker("stop_app");
        Guid id;
        try
        {
            id = await ScheduleAsync(client, "National Coordinators", Tashkent.AddDays(-3));
            await Task.Delay(TimeSpan.FromSeconds(2));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/meetings/{id}/agenda")).StatusCode);
        }
        finally
        {
            await system.Broker("start_app");
        }

        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/agenda")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(120), "delivery after the broker came back");
        await Eventually.Until(async () => (await client.GetAsync($"/api/meetings/{id}/statements")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "Statements after the broker came back");

        var (attempts, sent) = await OutboxRowOf(id);
        Assert.True(sent, "the outbox row is marked sent");
        Assert.True(attempts >= 1);
        Assert.Equal(1, await Count(Path.Combine(system.RunDirectory, "data", "consensus.db"), $"SELECT COUNT(*) FROM Meetings WHERE Id = '{id.ToString().ToUpperInvariant()}'"));
    }

    private async Task<(int Attempts, bool Sent)> OutboxRowOf(Guid meetingId)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(system.RunDirectory, "data", "scheduling.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Attempts, SentUtc FROM OutboxMessages WHERE MessageType LIKE '%MeetingScheduled' AND Payload LIKE $id";
        command.Parameters.AddWithValue("$id", $"%{meetingId}%");
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync(), "the event is in Scheduling's outbox");
        return (reader.GetInt32(0), !reader.IsDBNull(1));
    }

    private static async Task<long> Count(string database, string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }

    [Fact]
    public async Task An_item_climbs_from_a_working_group_to_the_Leaders_across_processes_on_RabbitMQ()
    {
        var climb = await Scenarios.ClimbAsync(system.Summit, 2038);

        Assert.Equal("Adopted", climb.Final.GetProperty("item").GetProperty("status").GetString());
        var history = await (await system.Secretariat()).GetFromJsonAsync<JsonElement>($"/api/agenda-items/{climb.Item}/history");
        Assert.Equal(3, history.EnumerateArray().Count(h => h.GetProperty("kind").GetString() == "Escalated"));
    }
}
