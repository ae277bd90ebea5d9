using SummitCoordination.TestTools;
using System.Diagnostics;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Runtime;

// Memory soak (issue 9, section 10): the embedded host (Release) in its own process, four clients each running a
// full meeting flow (schedule, announce, propose, convene, five positions, decide, draft, conclude, public reads)
// every few seconds. Every sample records the host's resident set and managed heap (after a full collection, read
// from a heap dump with ClrMD), and the types whose instances grew most between the first and the last dump.
//   dotnet run -c Release --project tests/Soak -- [minutes=10] [clients=4] [seconds-between-flows=3] [sample-minutes=1]
// SOAK_NO_DUMPS=1 samples the resident set alone: writing a heap dump makes the runtime touch memory it had not,
// which by itself raised the resident set by about 170 MB at the first dump; the curve is read without dumps.
// SUMMIT_BENCH_POSTGRES (an Npgsql connection string without a database) runs the host on fresh PostgreSQL databases of
// the run instead of SQLite files, dropped at the end.
var minutes = args.Length > 0 ? double.Parse(args[0]) : 10;
var clients = args.Length > 1 ? int.Parse(args[1]) : 4;
var pause = TimeSpan.FromSeconds(args.Length > 2 ? double.Parse(args[2]) : 3);
var sampleEvery = TimeSpan.FromMinutes(args.Length > 3 ? double.Parse(args[3]) : 1);
var repo = EmbeddedHostProcess.FindRepository();
var work = Directory.CreateTempSubdirectory("summit-soak-").FullName;
var url = $"http://127.0.0.1:{Environment.GetEnvironmentVariable("SOAK_PORT") ?? "5497"}";

using var host = EmbeddedHostProcess.Start(repo, work, url);
AppDomain.CurrentDomain.UnhandledException += (_, _) => host.Kill(entireProcessTree: true);
var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
await EmbeddedHostProcess.WaitReadyAsync(http);
var body = await SummitFlow.BodyAsync(http);

var flows = 0;
var failures = 0;
var stop = Stopwatch.StartNew();
var end = TimeSpan.FromMinutes(minutes);
var samples = new List<(TimeSpan At, long Rss, long Heap, long Committed, int Flows)>();
Dictionary<string, (long Count, long Bytes)>? firstTypes = null;
Dictionary<string, (long Count, long Bytes)> lastTypes = [];

var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
{
    var flow = await SummitFlow.SignInAsync(http, body, "Soak");
    while (stop.Elapsed < end)
    {
        var n = Interlocked.Increment(ref flows);
        try
        {
            await flow.RunAsync(n);
        }
        catch (Exception e)
        {
            Interlocked.Increment(ref failures);
            Console.Error.WriteLine($"flow {n}: {e.Message}");
        }

        await Task.Delay(pause);
    }
})).ToList();

await Task.Delay(TimeSpan.FromSeconds(30)); // warm-up
while (stop.Elapsed < end)
{
    var (rss, heap, committed, types) = Sample(host.Id, work, samples.Count);
    firstTypes ??= types;
    lastTypes = types;
    samples.Add((stop.Elapsed, rss, heap, committed, flows));
    Print(stop.Elapsed, rss, heap, committed);
    await Task.Delay(sampleEvery);
}

await Task.WhenAll(workers);
var final = Sample(host.Id, work, samples.Count);
samples.Add((stop.Elapsed, final.Rss, final.Heap, final.Committed, flows));
lastTypes = final.Types;
Print(stop.Elapsed, final.Rss, final.Heap, final.Committed);

Console.WriteLine("\nTypes whose live instances grew most between the first and the last sample:");
foreach (var (type, (count, bytes)) in lastTypes
             .Select(t => (t.Key, (t.Value.Count - firstTypes!.GetValueOrDefault(t.Key).Count, t.Value.Bytes - firstTypes!.GetValueOrDefault(t.Key).Bytes)))
             .OrderByDescending(t => t.Item2.Item2).Take(15))
{
    Console.WriteLine($"  {bytes / 1024,8} KB  {count,8}  {type}");
}

// Levels off: the managed heap's growth over the second half of the run is small against the first half's.
var half = samples.Count / 2;
var firstHalf = samples[half].Heap - samples[0].Heap;
var secondHalf = samples[^1].Heap - samples[half].Heap;
Console.WriteLine($"\nLive managed heap: +{firstHalf / 1048576.0:F1} MB in the first half, {(secondHalf >= 0 ? "+" : "")}{secondHalf / 1048576.0:F1} MB in the second half; " +
                  $"resident set +{(samples[half].Rss - samples[0].Rss) / 1048576.0:F0} MB, then {(samples[^1].Rss - samples[half].Rss) / 1048576.0:+0;-0} MB; " +
                  $"{flows} flows, {failures} failed; GC: {(System.Environment.GetEnvironmentVariable("DOTNET_gcServer") == "1" ? "server (DOTNET_gcServer=1)" : "workstation, the hosts' setting")}.");
host.Kill(entireProcessTree: true);
await BenchDatabase.DropAsync();
return failures == 0 ? 0 : 1;

// The resident set by kind of mapping (/proc/pid/smaps): the GC's heap is the one huge anonymous reservation it makes
// at start; the runtime's code lives in its "doublemapper" memory; malloc's in [heap] and its arenas (other anonymous);
// file-backed is the mapped libraries and assemblies.
static SortedDictionary<string, long> ResidentByKind(int pid)
{
    var maps = new List<(ulong Start, ulong End, string Name, long Rss)>();
    (ulong Start, ulong End, string Name, long Rss)? current = null;
    foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length > 0 && fields[0].Contains('-') && !fields[0].EndsWith(':'))
        {
            if (current is { } done)
            {
                maps.Add(done);
            }

            var range = fields[0].Split('-');
            current = (Convert.ToUInt64(range[0], 16), Convert.ToUInt64(range[1], 16), fields.Length > 5 ? string.Join(' ', fields[5..]) : "", 0);
        }
        else if (fields.Length > 1 && fields[0] == "Rss:" && current is { } open)
        {
            current = open with { Rss = long.Parse(fields[1]) * 1024 };
        }
    }

    if (current is { } last)
    {
        maps.Add(last);
    }

    // Adjacent anonymous mappings form one reservation; the largest (hundreds of GB of address space) is the GC's.
    var spans = new List<(ulong Start, ulong End, long Rss)>();
    foreach (var m in maps.Where(m => m.Name == "").OrderBy(m => m.Start))
    {
        if (spans.Count > 0 && spans[^1].End == m.Start)
        {
            spans[^1] = (spans[^1].Start, m.End, spans[^1].Rss + m.Rss);
        }
        else
        {
            spans.Add((m.Start, m.End, m.Rss));
        }
    }

    var gc = spans.OrderByDescending(s => s.End - s.Start).FirstOrDefault();
    var kinds = new SortedDictionary<string, long>
    {
        ["gc-heap"] = gc.Rss,
        ["other-anon"] = spans.Sum(s => s.Rss) - gc.Rss,
        ["malloc-brk"] = maps.Where(m => m.Name == "[heap]").Sum(m => m.Rss),
        ["doublemapper"] = maps.Where(m => m.Name.Contains("doublemapper")).Sum(m => m.Rss),
        ["files"] = maps.Where(m => m.Name.StartsWith('/') && !m.Name.Contains("doublemapper")).Sum(m => m.Rss),
        ["stacks-etc"] = maps.Where(m => m.Name.StartsWith('[') && m.Name != "[heap]").Sum(m => m.Rss),
    };
    return kinds;
}

void Print(TimeSpan at, long rss, long heap, long committed) =>
    Console.WriteLine($"{at:mm\\:ss}  flows {flows,5}  failed {failures,3}  rss {rss / 1048576,5} MB  live managed {heap / 1048576,5} MB  " +
                      $"GC committed {committed / 1048576,5} MB  native and other {(rss - committed) / 1048576,5} MB");

(long Rss, long Heap, long Committed, Dictionary<string, (long Count, long Bytes)> Types) Sample(int pid, string dir, int index)
{
    var rss = long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:")).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
    if (Environment.GetEnvironmentVariable("SOAK_NO_DUMPS") == "1")
    {
        // The resident set alone, so that writing dumps cannot itself move it, told apart by where it lives.
        Console.WriteLine("       " + string.Join("  ", ResidentByKind(pid).Select(k => $"{k.Key} {k.Value / 1048576.0:F1} MB")));
        return (rss, 0, 0, []);
    }

    var dump = Path.Combine(dir, $"soak-{index}.dmp");
    new DiagnosticsClient(pid).WriteDump(DumpType.WithHeap, dump);
    using var target = DataTarget.LoadDump(dump);
    // The host runs on the same runtime as this program: its data access library is beside ours.
    using var runtime = target.ClrVersions.Single().CreateRuntime(
        Path.Combine(System.Runtime.InteropServices.RuntimeEnvironment.GetRuntimeDirectory(), "libmscordaccore.so"), ignoreMismatch: true);
    var types = new Dictionary<string, (long Count, long Bytes)>();
    long heap = 0;
    // What the GC holds from the system (live, dead and free space in its segments), against what is alive.
    var committed = runtime.Heap.Segments.Sum(s => (long)s.CommittedMemory.Length);
    // Live objects only: reachable from the roots, as a full collection would leave them.
    var seen = new HashSet<ulong>();
    var stack = new Stack<ClrObject>(runtime.Heap.EnumerateRoots().Select(r => r.Object).Where(o => o.IsValid));
    while (stack.Count > 0)
    {
        var obj = stack.Pop();
        if (!seen.Add(obj.Address))
        {
            continue;
        }

        var size = (long)obj.Size;
        heap += size;
        var name = obj.Type?.Name ?? "?";
        var (count, bytes) = types.GetValueOrDefault(name);
        types[name] = (count + 1, bytes + size);
        foreach (var child in obj.EnumerateReferences())
        {
            if (child.IsValid && !seen.Contains(child.Address))
            {
                stack.Push(child);
            }
        }
    }

    File.Delete(dump);
    return (rss, heap, committed, types);
}
