using BenchmarkDotNet.Attributes;
using Microsoft.EntityFrameworkCore;
using SummitCoordination.Scheduling.Bodies;
using SummitCoordination.Scheduling.Chairs;
using SummitCoordination.Scheduling.Conflicts;
using SummitCoordination.Scheduling.Meetings;
using SummitCoordination.Scheduling.Parties;
using SummitCoordination.Scheduling.Planning;

namespace SummitCoordination.Scheduling.Benchmarks;

/// <summary>One change checked against calendars of growing size: the check must not grow with the calendar.</summary>
[MemoryDiagnoser]
public class ConflictCheckBenchmark
{
    private string _file = "";
    private Body _body = null!;
    private CandidateMeeting _candidate = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Meetings { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _file = await Calendar.BuildAsync(Meetings);
        await using var db = Calendar.Open(_file);
        _body = await db.Bodies.AsNoTracking().SingleAsync(b => b.Id == StandardCatalog.ForeignMinisters);
        // In the middle of the calendar, where it is as busy as anywhere.
        var start = Calendar.Origin.AddDays(Meetings / 20 / 2).AddHours(5);
        _candidate = new CandidateMeeting(Guid.NewGuid(), _body, start, start.AddHours(3), "Asia/Almaty", "KAZ", "Astana", "Hall 3",
            StandardCatalog.Members.Select(p => new Delegation(p, $"Head {p} 7", "Minister", [])).ToList());
    }

    [GlobalCleanup]
    public void Cleanup() => Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

    [Benchmark]
    public async Task<int> CheckOneChange()
    {
        await using var db = Calendar.Open(_file);
        return (await new ConflictChecker(db).CheckAsync(_candidate, CancellationToken.None)).Count;
    }
}

/// <summary>One summit week planned against a calendar of 10,000 meetings.</summary>
[MemoryDiagnoser]
public class SummitPlannerBenchmark
{
    private string _file = "";
    private SummitPlanRequest _request = null!;

    [GlobalSetup]
    public async Task Setup()
    {
        _file = await Calendar.BuildAsync(10_000);
        var week = DateOnly.FromDateTime(Calendar.Origin.AddDays(200));
        _request = new SummitPlanRequest("KAZ", "Astana", ["Hall 1", "Hall 2", "Hall 3"], week, week.AddDays(4),
            [Contracts.Layer.SeniorOfficials, Contracts.Layer.Ministers, Contracts.Layer.Leaders], ["USA", "CHN"]);
    }

    [Benchmark]
    public async Task<int> PlanOneSummitWeek()
    {
        await using var db = Calendar.Open(_file);
        var standings = new PartyStandings(db);
        return (await new SummitPlanner(db, new ConflictChecker(db), standings, new ChairResolver(db, standings)).PlanAsync(_request, DateTime.UtcNow, CancellationToken.None)).Meetings.Count;
    }
}
