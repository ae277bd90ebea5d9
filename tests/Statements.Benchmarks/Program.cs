using System.Diagnostics;
using System.Text;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.BuildingBlocks.Hosting;
using SummitCoordination.Statements;
using SummitCoordination.Statements.Persistence;
using SummitCoordination.Statements.Public;
using SummitCoordination.Statements.Publication;
using SummitCoordination.TestTools;

// Public reads against a bare endpoint on the same host, in one run: the Statements service (its read model on
// SQLite, 10,000 published statements), the web app's pages over it (output-cached; Scheduling for party names),
// and a route that returns a fixed JSON body, all on one Kestrel. With SUMMIT_BENCH_POSTGRES set (an Npgsql connection
// string without a database, as deploy/postgres/postgres.sh url prints it), Statements and Scheduling keep their data in
// fresh PostgreSQL databases of the run (seeded the same way, through the service's own DbContext; dropped at the end).
//   dotnet run -c Release --project tests/Statements.Benchmarks [-- seconds workers statements]
var seconds = args.Length > 0 ? int.Parse(args[0]) : 10;
var workers = args.Length > 1 ? int.Parse(args[1]) : 4;
var count = args.Length > 2 ? int.Parse(args[2]) : 10_000;
var work = Directory.CreateTempSubdirectory("summit-statements-bench-").FullName;
const string url = "http://127.0.0.1:5493";

var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = work });
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    ["urls"] = url,
    ["Database:DataDirectory"] = Path.Combine(work, "data"),
    ["Bus:Transport"] = "InMemory",
    ["Auth:Audience"] = "summit-coordination",
    ["Auth:SigningKey"] = "benchmark-signing-key-that-is-long-enough-for-hs256",
    ["Logging:LogLevel:Default"] = "Warning",
    // Measures the read path, not the per-address limiter (which would refuse four clients on one address).
    ["RateLimits:Anonymous:PermitLimit"] = "100000000",
});
builder.Configuration.AddInMemoryCollection(BenchDatabase.HostSettings(":", "Statements", "Scheduling"));
builder.AddSummitPlatform(url, new StatementsModule(), new SummitCoordination.Scheduling.SchedulingModule(), new SummitCoordination.Web.WebModule());
var app = builder.Build();
app.UseSummitPlatform();
var fixedBody = Encoding.UTF8.GetBytes("""{"page":1,"pageSize":20,"total":0,"items":[]}""");
app.MapGet("/bench/fixed", () => Results.Bytes(fixedBody, "application/json")).AllowAnonymous();
await app.StartAsync();

var sample = await SeedAsync(app.Services, count);
var publicReads = app.Services.GetRequiredService<PublicReadCache>();
var client = new HttpClient { BaseAddress = new Uri(url) };
var sizes = new Dictionary<string, int>();
async Task Get(string path)
{
    var response = await client.GetAsync(path);
    response.EnsureSuccessStatusCode();
    sizes[path] = (await response.Content.ReadAsByteArrayAsync()).Length;
}

var results = new List<(string What, string Path, bool Miss, double Rate)>
{
    ("Bare endpoint, fixed JSON body", "/bench/fixed", false, 0),
    ("GET /public/statements (first page of 20, newest first)", "/public/statements", false, 0),
    ("GET /public/statements/{slug} (JSON)", $"/public/statements/{sample}", false, 0),
    ("GET /statements (the web app's statements page, first 20)", "/statements", false, 0),
    ("GET /statements/{slug} (the web app's statement page)", $"/statements/{sample}", false, 0),
    // The same reads when every one misses the rendered-reply cache (as if the public data changed before each).
    ("GET /public/statements, every read a cache miss", "/public/statements", true, 0),
    ("GET /public/statements/{slug} (JSON), every read a cache miss", $"/public/statements/{sample}", true, 0),
};
for (var i = 0; i < results.Count; i++)
{
    var (path, miss) = (results[i].Path, results[i].Miss);
    results[i] = results[i] with
    {
        Rate = await MeasureAsync(workers, seconds, () =>
        {
            if (miss)
            {
                publicReads.PublicDataChanged();
            }

            return Get(path);
        }),
    };
}

var bare = results[0].Rate;
Console.WriteLine($"""

    | What ({count:N0} published statements, {workers} concurrent clients, {seconds} s each, one host, {BenchDatabase.Name}) | Requests/s | Bytes | Of bare |
    | --- | ---: | ---: | ---: |
    """);
foreach (var (what, path, _, rate) in results)
{
    Console.WriteLine($"| {what} | {rate:F0} | {sizes[path]:N0} | {rate / bare:P1} |");
}

await app.StopAsync();
await BenchDatabase.DropAsync();
Directory.Delete(work, recursive: true);

static async Task<double> MeasureAsync(int workers, int duration, Func<Task> operation)
{
    for (var i = 0; i < 50; i++)
    {
        await operation();
    }

    var stop = Stopwatch.StartNew();
    var counts = new int[workers];
    await Task.WhenAll(Enumerable.Range(0, workers).Select(async w =>
    {
        while (stop.Elapsed < TimeSpan.FromSeconds(duration))
        {
            await operation();
            counts[w]++;
        }
    }));
    return counts.Sum() / stop.Elapsed.TotalSeconds;
}

// The read model as publication writes it: 10,000 rows with an English and a Russian text of a real statement's length.
static async Task<string> SeedAsync(IServiceProvider services, int count)
{
    string[] cities = ["Astana", "Tashkent", "Dushanbe", "Bishkek", "Ashgabat", "Cholpon-Ata", "Avaza", "Samarkand"];
    string[] partners = ["USA", "CHN", "EU", "JPN", "KOR", "IND", "DEU", "TUR", "RUS"];
    var paragraph = "The Heads of State reaffirmed their commitment to regional cooperation on water, energy, transport and trade. ";
    var russian = "Главы государств подтвердили приверженность региональному сотрудничеству в области воды, энергетики и торговли. ";
    var start = new DateTime(2000, 1, 1, 8, 0, 0, DateTimeKind.Utc);
    string? sample = null;
    for (var batch = 0; batch < count; batch += 1000)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<StatementsDbContext>();
        for (var i = batch; i < Math.Min(count, batch + 1000); i++)
        {
            var when = start.AddDays(i);
            var partner = i % 3 == 0 ? null : partners[i % partners.Length];
            var slug = $"{when.Year}-{cities[i % cities.Length].ToLowerInvariant()}{(partner is null ? "" : $"-c5-{partner.ToLowerInvariant()}")}-joint-statement-{i}";
            var english = $"# Joint statement {i}\n\n" + string.Concat(Enumerable.Repeat(paragraph, 25));
            var text = string.Concat(Enumerable.Repeat(russian, 25));
            string[] signatories = partner is null ? ["KAZ", "KGZ", "TJK", "TKM", "UZB"] : ["KAZ", "KGZ", "TJK", "TKM", "UZB", partner];
            db.Published.Add(new PublishedStatement
            {
                Id = Guid.NewGuid(), Slug = slug, Kind = "JointStatement", Consensus = true, Title = $"Joint statement {i}", MeetingId = Guid.NewGuid(),
                MeetingTitle = $"Meeting {i}", Format = partner is null ? "C5" : $"C5+{partner}", Partner = partner, HostParty = "KAZ",
                City = cities[i % cities.Length], MeetingStartUtc = when, Year = when.Year, Signatories = PublishedStatement.Bars(signatories),
                SignatoryList = [.. signatories], English = english, EnglishHtml = $"<h1>Joint statement {i}</h1><p>{paragraph}</p>", Russian = text,
                RussianHtml = $"<p>{text}</p>", HasRussian = true, Version = 1, ContentHash = new string('0', 64), AdoptedUtc = when, PublishedUtc = when,
                UpdatedUtc = when, SearchText = $"joint statement {i}\n{english}\n{text}".ToLowerInvariant(),
            });
            sample = slug;
        }

        await db.SaveChangesAsync();
    }

    await using var check = services.CreateAsyncScope();
    var stored = await check.ServiceProvider.GetRequiredService<StatementsDbContext>().Published.CountAsync();
    Console.WriteLine($"Read model: {stored:N0} published statements.");
    return sample!;
}
