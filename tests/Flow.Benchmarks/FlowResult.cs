using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace SummitCoordination.Flow.Benchmarks;

/// <summary>One measured run: the flows that ended within the measured seconds, and what the machine and each process spent then.</summary>
/// <param name="Failed">Flows that failed within the measured seconds (<paramref name="FailedInAll"/>: warm-up and the last flows too).</param>
/// <param name="Processes">CPU seconds of each process tree followed within the measured seconds, by name (<c>consensus-2</c>: instance 2).</param>
/// <param name="Waits">Each wait of the flow for an event to reach another service (<see cref="TestTools.SummitFlow.Waits"/>):
/// its p50 and p95 in milliseconds and the mean number of reads it took (one every 100 ms).</param>
internal sealed record FlowResult(
    int Instances, int Clients, double Seconds, int Flows, int Failed, int FailedInAll, int Started,
    double FlowsPerSecond, double P50Ms, double P95Ms, double MaxMs,
    double LoadAtStart, double LoadAtEnd, double BusyPercent, double IowaitPercent, double OthersPercent,
    IReadOnlyDictionary<string, double> Processes, IReadOnlyDictionary<string, double[]> Waits)
{
    /// <summary>A host's instances counted together: <c>consensus-2</c> is <c>consensus</c>.</summary>
    private static string Group(string process) => Regex.Replace(process, "-[0-9]+$", "");

    private IEnumerable<(string Group, double Cores, string[] Each)> Groups() =>
        Processes.GroupBy(p => Group(p.Key))
            .Select(g => (g.Key, g.Sum(p => p.Value) / Seconds, g.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Value / Seconds).ToString("F2", CultureInfo.InvariantCulture)).ToArray()))
            .OrderByDescending(g => g.Item2);

    /// <summary>CPU milliseconds of every process followed, per flow.</summary>
    private double CpuMsPerFlow => Flows == 0 ? 0 : 1000 * Processes.Values.Sum() / Flows;

    public static string Table(IReadOnlyList<FlowResult> results)
    {
        var text = new StringBuilder();
        text.AppendLine("| Instances | Clients | Load average | Flows/s | Flow p50 | p95 | Flows | Failed | Machine CPU busy | iowait | Others' share | Top CPU (cores) | CPU per flow |");
        text.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
        foreach (var r in results)
        {
            var top = string.Join(", ", r.Groups().Take(4).Select(g => $"{g.Group} {g.Cores:F2}"));
            text.AppendLine($"| {r.Instances} | {r.Clients} | {r.LoadAtStart:F1} → {r.LoadAtEnd:F1} | {r.FlowsPerSecond:F2} | {r.P50Ms / 1000:F2} s | {r.P95Ms / 1000:F2} s | " +
                            $"{r.Flows} | {r.Failed}{(r.FailedInAll > r.Failed ? $" ({r.FailedInAll} in all)" : "")} | {r.BusyPercent:F0} % | {r.IowaitPercent:F0} % | {r.OthersPercent:F0} % | {top} | {r.CpuMsPerFlow:F0} ms |");
        }

        if (results.Count > 1 && results[0].FlowsPerSecond > 0)
        {
            text.AppendLine();
            text.AppendLine($"Ratio {results[^1].Instances} instances / {results[0].Instances}: {results[^1].FlowsPerSecond / results[0].FlowsPerSecond:F2} × the flows per second " +
                            $"(p50 {results[^1].P50Ms / results[0].P50Ms:F2} ×, CPU per flow {results[^1].CpuMsPerFlow / results[0].CpuMsPerFlow:F2} ×).");
        }

        // Each process (each host's instances together, then each instance): cores it kept busy, and its CPU per flow.
        text.AppendLine();
        text.AppendLine("| Process (cores busy; CPU ms per flow) | " + string.Join(" | ", results.Select(r => $"{r.Instances} instance(s), {r.Clients} clients")) + " |");
        text.AppendLine("| --- |" + string.Concat(results.Select(_ => " ---: |")));
        foreach (var group in results.SelectMany(r => r.Groups()).GroupBy(g => g.Group).OrderByDescending(g => g.Max(x => x.Cores)).Select(g => g.Key))
        {
            text.Append($"| {group} |");
            foreach (var r in results)
            {
                var found = r.Groups().Where(g => g.Group == group).ToList();
                if (found.Count == 0)
                {
                    text.Append(" |");
                    continue;
                }

                var (_, cores, each) = found[0];
                var perFlow = r.Flows == 0 ? 0 : 1000 * cores * r.Seconds / r.Flows;
                text.Append($" {cores:F2}{(each.Length > 1 ? $" ({string.Join(" + ", each)})" : "")}; {perFlow:F0} ms |");
            }

            text.AppendLine();
        }

        // The flow's waits for an event to reach another service (through the outbox, the broker and a consumer).
        text.AppendLine();
        text.AppendLine("| Wait for an event (p50 / p95; reads) | " + string.Join(" | ", results.Select(r => $"{r.Instances} instance(s), {r.Clients} clients")) + " |");
        text.AppendLine("| --- |" + string.Concat(results.Select(_ => " ---: |")));
        foreach (var wait in TestTools.SummitFlow.Waits)
        {
            text.AppendLine($"| {wait} |" + string.Concat(results.Select(r => r.Waits.TryGetValue(wait, out var w)
                ? $" {w[0] / 1000:F2} s / {w[1] / 1000:F2} s; {w[2]:F1} |"
                : " |")));
        }

        return text.ToString();
    }
}
