using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using SummitCoordination.BuildingBlocks.Deadlines;
using SummitCoordination.BuildingBlocks.Persistence;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Issue 21, points 2 and 5: two instances of a service on one PostgreSQL database share a clustered job store, and
/// each deadline fires exactly once, in one of them, even when one stops while they fire.
/// </summary>
[Trait("Category", "Timers")]
public sealed class ClusteredDeadlineTests : IAsyncLifetime
{
    private readonly string _database = $"summit_deadlines_{Guid.NewGuid():N}"[..32];
    private string _server = "";

    private string ConnectionString => $"{_server};Database={_database}";

    public async Task InitializeAsync()
    {
        _server = Environment.GetEnvironmentVariable("SUMMIT_TEST_POSTGRES")
            ?? throw new InvalidOperationException("SUMMIT_TEST_POSTGRES is not set: run the tests with ./test.sh, which starts a private PostgreSQL cluster.");
        await using var db = new TestDb(new DbContextOptionsBuilder<TestDb>().UseNpgsql(ConnectionString).Options);
        await db.Database.EnsureCreatedAsync();
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        foreach (var statement in QuartzSchema.Statements(DatabaseProvider.PostgreSql, "4.7.3"))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync();
        }
    }

    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection($"{_server};Database=postgres");
        await connection.OpenAsync();
        await using var drop = connection.CreateCommand();
        drop.CommandText = $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)";
        await drop.ExecuteNonQueryAsync();
    }

    private IHost Instance()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddDbContext<TestDb>(o => o.UseNpgsql(ConnectionString));
        builder.Services.AddDeadlines(new DatabaseSettings("Tests", DatabaseProvider.PostgreSql, ConnectionString), builder.Configuration);
        return builder.Build();
    }

    private async Task<Dictionary<string, int>> TalliesAsync()
    {
        await using var db = new TestDb(new DbContextOptionsBuilder<TestDb>().UseNpgsql(ConnectionString).Options);
        return await db.Tallies.AsNoTracking().ToDictionaryAsync(t => t.Name, t => t.Count);
    }

    private async Task<List<string>> CheckedInAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT instance_name FROM qrtz_scheduler_state WHERE sched_name = 'Tests'";
        var members = new List<string>();
        await using var reader = await query.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            members.Add(reader.GetString(0));
        }

        return members;
    }

    [Fact]
    public async Task Two_instances_on_one_database_join_one_cluster_and_fire_each_of_300_deadlines_once_though_one_stops_while_they_fire()
    {
        const int count = 300;
        using var first = Instance();
        using var second = Instance();
        await first.StartAsync();
        await second.StartAsync();
        // Both are members of one cluster: each checks in to the shared store under an id of its own.
        var members = await Eventually.Until(CheckedInAsync, m => m.Count == 2, TimeSpan.FromSeconds(60), "both instances checked in to the cluster");
        Assert.Equal(2, members.Distinct().Count());
        var deadlines = first.Services.GetRequiredKeyedService<IDeadlines>("Tests");
        var due = DateTime.UtcNow.AddSeconds(3);
        for (var i = 0; i < count; i++)
        {
            await deadlines.SetAsync<TallyDeadlineJob>($"d{i}", due, new Dictionary<string, string> { ["tally"] = $"d{i}" }, CancellationToken.None);
        }

        // The first instance goes away once the firing has begun; the second carries on with what is left.
        await Eventually.Until(async () => (await TalliesAsync()).Count > 0, TimeSpan.FromSeconds(60), "the first deadlines fired");
        await first.StopAsync();

        var tallies = await Eventually.Until(TalliesAsync, t => t.Count == count, TimeSpan.FromSeconds(120), "every deadline fired");
        Assert.All(tallies, t => Assert.Equal(1, t.Value));
        await second.StopAsync();
    }
}
