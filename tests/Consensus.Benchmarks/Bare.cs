using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

/// <summary>The baseline: the least an ASP.NET endpoint can do to accept a position, one row into SQLite.</summary>
internal static class Bare
{
    public static HttpClient Client { get; private set; } = null!;

    public static async Task<WebApplication> StartAsync(string database, string url)
    {
        var connectionString = $"Data Source={database}";
        await using (var setup = new SqliteConnection(connectionString))
        {
            await setup.OpenAsync();
            await using var command = setup.CreateCommand();
            command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE Positions (Id INTEGER PRIMARY KEY, Party TEXT NOT NULL, Position TEXT NOT NULL, AtUtc TEXT NOT NULL);";
            await command.ExecuteNonQueryAsync();
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.MapPost("/rows", async (Row row) =>
        {
            await using var connection = new SqliteConnection(connectionString);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO Positions (Party, Position, AtUtc) VALUES ($party, $position, $at)";
            command.Parameters.AddWithValue("$party", row.Party);
            command.Parameters.AddWithValue("$position", row.Position);
            command.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
            await command.ExecuteNonQueryAsync();
            return Results.NoContent();
        });
        await app.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(url) };
        return app;
    }

    internal sealed record Row(string Party, string Position);
}
