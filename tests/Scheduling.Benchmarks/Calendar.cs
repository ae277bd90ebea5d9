using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.Scheduling.Parties;
using SummitCoordination.Scheduling.Persistence;

namespace SummitCoordination.Scheduling.Benchmarks;

/// <summary>A real SQLite calendar of n meetings, written straight into the service's own schema.</summary>
public static class Calendar
{
    public static readonly DateTime Origin = new(2030, 1, 7, 3, 0, 0, DateTimeKind.Utc);

    public static async Task<string> BuildAsync(int meetings)
    {
        var file = Path.Combine(Path.GetTempPath(), $"summit-bench-{meetings}-{Guid.NewGuid():N}.db");
        await using (var db = Open(file))
        {
            await db.Database.MigrateAsync();
            await CatalogSeeder.SeedAsync(db, TimeProvider.System, CancellationToken.None);
        }

        var bodies = StandardCatalog.Bodies().Select(b => b.Id).ToArray();
        await using var connection = new SqliteConnection($"Data Source={file}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var insertMeeting = connection.CreateCommand();
        insertMeeting.Transaction = transaction;
        insertMeeting.CommandText = """
            INSERT INTO Meetings (Id, BodyId, Title, StartUtc, EndUtc, TimeZone, HostParty, City, Venue, Status, Observers, CreatedUtc, Version)
            VALUES ($id, $body, $title, $start, $end, 'Asia/Almaty', 'KAZ', $city, $venue, 'Planned', '[]', $start, 0)
            """;
        var insertDelegation = connection.CreateCommand();
        insertDelegation.Transaction = transaction;
        insertDelegation.CommandText = """
            INSERT INTO MeetingDelegations (MeetingId, Party, HeadName, HeadRank, Members) VALUES ($id, $party, $head, 'Minister', '[]')
            """;
        var random = new Random(42);
        string[] cities = ["Astana", "Bishkek", "Dushanbe", "Ashgabat", "Tashkent"];
        for (var i = 0; i < meetings; i++)
        {
            // About 20 meetings a day across 5 cities and 10 venues each: busy, as a real multi-year calendar is.
            var start = Origin.AddHours(i / 20 * 24 + random.Next(0, 10));
            var id = Guid.NewGuid();
            insertMeeting.Parameters.Clear();
            insertMeeting.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
            insertMeeting.Parameters.AddWithValue("$body", bodies[random.Next(bodies.Length)].ToString().ToUpperInvariant());
            insertMeeting.Parameters.AddWithValue("$title", $"Meeting {i}");
            insertMeeting.Parameters.AddWithValue("$start", start.ToString("yyyy-MM-dd HH:mm:ss"));
            insertMeeting.Parameters.AddWithValue("$end", start.AddHours(2).ToString("yyyy-MM-dd HH:mm:ss"));
            insertMeeting.Parameters.AddWithValue("$city", cities[i % cities.Length]);
            insertMeeting.Parameters.AddWithValue("$venue", $"Hall {random.Next(10)}");
            await insertMeeting.ExecuteNonQueryAsync();
            foreach (var party in StandardCatalog.Members)
            {
                insertDelegation.Parameters.Clear();
                insertDelegation.Parameters.AddWithValue("$id", id.ToString().ToUpperInvariant());
                insertDelegation.Parameters.AddWithValue("$party", party);
                insertDelegation.Parameters.AddWithValue("$head", $"Head {party} {random.Next(400)}");
                await insertDelegation.ExecuteNonQueryAsync();
            }
        }

        await transaction.CommitAsync();
        return file;
    }

    public static SqliteSchedulingDbContext Open(string file) =>
        new(new DbContextOptionsBuilder<SqliteSchedulingDbContext>().UseSqlite($"Data Source={file}").Options);
}
