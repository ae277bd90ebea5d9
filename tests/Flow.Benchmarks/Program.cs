// Issue 21.7: throughput of the whole summit flow (SummitFlow: schedule a meeting with five delegations, announce,
// propose, draft, convene, five positions, decide, conclude, public reads; the flow the soak runs) through the gateway
// of distributed mode. Each client signs in once (six development tokens) and runs flows back to back; after the
// warm-up, the flows that end within the measured seconds are counted, with the time each took. Meanwhile the
// machine's CPU time (/proc/stat) and that of each process tree followed (/proc/<pid>/stat) are read, so that the
// result says what the work cost and whether the machine was the limit.
//   dotnet Flow.Benchmarks.dll <gateway-url> [clients=4] [seconds=20] [warm-up seconds=30]
// (After 10 s of warm-up, the hosts just started still compiled: the p95 of a flow on two instances was 17 s.)
//   dotnet Flow.Benchmarks.dll table <result.json>...     the markdown table of several runs, and the ratio last / first
// Environment: SUMMIT_FLOW_RUN_DIR (deploy/distributed.sh's run directory: every <name>.pid there is followed),
// SUMMIT_FLOW_PROCESSES (more trees, "postgres=<pid> rabbitmq=<pid>"), SUMMIT_FLOW_RESULT (where to write the result
// as JSON), SUMMIT_INSTANCES (what the result says the instance count is). tests/Flow.Benchmarks/run.sh does it all.
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using SummitCoordination.Flow.Benchmarks;
using SummitCoordination.TestTools;

CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
if (args.Length > 0 && args[0] == "table")
{
    var results = args[1..].Select(f => JsonSerializer.Deserialize<FlowResult>(File.ReadAllText(f))!).ToList();
    Console.Write(FlowResult.Table(results));
    return 0;
}

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: Flow.Benchmarks <gateway-url> [clients=4] [seconds=20] [warm-up seconds=30] | table <result.json>...");
    return 2;
}

var gateway = new Uri(args[0]);
var clients = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 4;
var seconds = args.Length > 2 ? double.Parse(args[2], CultureInfo.InvariantCulture) : 20;
var warmUp = args.Length > 3 ? double.Parse(args[3], CultureInfo.InvariantCulture) : 30;
var instances = int.Parse(Environment.GetEnvironmentVariable("SUMMIT_INSTANCES") ?? "1", CultureInfo.InvariantCulture);
var sampler = CpuSampler.For(Environment.GetEnvironmentVariable("SUMMIT_FLOW_RUN_DIR"), Environment.GetEnvironmentVariable("SUMMIT_FLOW_PROCESSES"));
Console.WriteLine($"{Environment.ProcessorCount} cores, .NET {Environment.Version}, gateway {gateway}, {instances} instance(s) of each host, {clients} clients, " +
                  $"{warmUp} s warm-up, {seconds} s measured; following {string.Join(", ", sampler.Roots.Select(r => $"{r.Key} ({r.Value})"))}");

using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { BaseAddress = gateway, Timeout = TimeSpan.FromSeconds(60) };
var body = await SummitFlow.BodyAsync(http);
var flows = await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => SummitFlow.SignInAsync(http, body, "Benchmark")));

var clock = Stopwatch.StartNew();
var measureFrom = TimeSpan.FromSeconds(warmUp);
var measureTo = measureFrom + TimeSpan.FromSeconds(seconds);
var durations = new ConcurrentBag<double>();
var waits = new ConcurrentBag<(string Wait, double Ms, int Reads)>();
var failures = 0;
var failuresMeasured = 0;
var errors = new ConcurrentDictionary<string, int>();
var next = 0;
var workers = flows.Select(flow => Task.Run(async () =>
{
    while (clock.Elapsed < measureTo)
    {
        var n = Interlocked.Increment(ref next);
        var started = clock.Elapsed;
        var waited = new List<(string, double, int)>();
        flow.Waited = (wait, time, reads) => waited.Add((wait, time.TotalMilliseconds, reads));
        try
        {
            await flow.RunAsync(n);
            var ended = clock.Elapsed;
            if (ended >= measureFrom && ended < measureTo)
            {
                durations.Add((ended - started).TotalMilliseconds);
                waited.ForEach(waits.Add);
            }
        }
        catch (Exception e) when (e is HttpRequestException or InvalidOperationException or TimeoutException or TaskCanceledException or JsonException)
        {
            Interlocked.Increment(ref failures);
            var ended = clock.Elapsed;
            if (ended >= measureFrom && ended < measureTo)
            {
                Interlocked.Increment(ref failuresMeasured);
            }

            // The first few of each kind, without the ids that make every message unique.
            var kind = e.Message.Length > 160 ? e.Message[..160] : e.Message;
            if (errors.AddOrUpdate(kind, 1, (_, c) => c + 1) <= 3)
            {
                Console.Error.WriteLine($"flow {n} failed at {ended.TotalSeconds:F1} s: {e.Message}");
            }
        }
    }
})).ToList();

await Task.Delay(measureFrom);
var load1 = CpuSampler.LoadAverage();
var first = sampler.Take();
await Task.Delay(measureTo - clock.Elapsed);
var last = sampler.Take();
var load2 = CpuSampler.LoadAverage();
Console.WriteLine($"measured; waiting for the flows under way (load average {load2:F1})");
await Task.WhenAll(workers);

var usage = CpuSampler.Between(first, last);
// Every flow reads the public calendar, which holds every meeting announced so far: what one read costs by the end.
var calendarClock = Stopwatch.StartNew();
var calendar = await http.GetStringAsync("/public/calendar.ics");
Console.WriteLine($"{next} flows started; the public calendar now: {calendar.Length / 1024} KB, {calendar.Split("BEGIN:VEVENT").Length - 1} meetings, read in {calendarClock.ElapsedMilliseconds} ms");
var sorted = durations.Order().ToArray();
var result = new FlowResult(
    instances, clients, usage.Seconds, sorted.Length, failuresMeasured, failures, next,
    sorted.Length / usage.Seconds,
    Percentile(sorted, 0.50), Percentile(sorted, 0.95), sorted.Length > 0 ? sorted[^1] : 0,
    load1, load2, usage.BusyPercent, usage.IowaitPercent, usage.OthersPercent, usage.Processes,
    waits.GroupBy(w => w.Wait).ToDictionary(g => g.Key, g =>
    {
        var times = g.Select(w => w.Ms).Order().ToArray();
        return new[] { Percentile(times, 0.50), Percentile(times, 0.95), g.Average(w => w.Reads) };
    }));
Console.WriteLine(FlowResult.Table([result]));
if (Environment.GetEnvironmentVariable("SUMMIT_FLOW_RESULT") is { Length: > 0 } path)
{
    await File.WriteAllTextAsync(path, JsonSerializer.Serialize(result));
}

return sorted.Length > 0 ? 0 : 1;

static double Percentile(double[] sorted, double p) =>
    sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
