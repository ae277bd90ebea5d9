using System.Diagnostics;
using System.Globalization;

namespace SummitCoordination.Flow.Benchmarks;

/// <summary>
/// What the machine and the system's processes spend, read from /proc: the machine's CPU time by kind (/proc/stat), and
/// the CPU time of named process trees (a root and every descendant, /proc/&lt;pid&gt;/stat: utime + stime, plus
/// cutime + cstime so that a child that exits between two readings is still counted, in its parent).
/// </summary>
internal sealed class CpuSampler(IReadOnlyDictionary<string, int> roots)
{
    /// <summary>Clock ticks per second of /proc (USER_HZ).</summary>
    public static readonly double TicksPerSecond = ReadTicksPerSecond();

    /// <summary>
    /// The trees to follow: every <c>name.pid</c> file of <paramref name="runDirectory"/> (deploy/distributed.sh's hosts),
    /// the pairs of <paramref name="extra"/> (<c>postgres=123 rabbitmq=456</c>), and this process itself.
    /// </summary>
    public static CpuSampler For(string? runDirectory, string? extra)
    {
        var roots = new SortedDictionary<string, int>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(runDirectory))
        {
            foreach (var file in Directory.GetFiles(runDirectory, "*.pid"))
            {
                roots[Path.GetFileNameWithoutExtension(file)] = int.Parse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture);
            }
        }

        foreach (var pair in (extra ?? "").Split([' ', ';', ','], StringSplitOptions.RemoveEmptyEntries))
        {
            var (name, pid) = (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
            roots[name] = int.Parse(pid, CultureInfo.InvariantCulture);
        }

        roots["benchmark client"] = Environment.ProcessId;
        return new CpuSampler(roots);
    }

    public IReadOnlyDictionary<string, int> Roots => roots;

    public Snapshot Take()
    {
        var processes = new Dictionary<int, (int Parent, long Ticks)>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
            {
                continue;
            }

            try
            {
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                // After the command name (which may hold spaces and parentheses): state ppid ... utime(11) stime cutime cstime.
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                    + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
                processes[pid] = (int.Parse(fields[1], CultureInfo.InvariantCulture), ticks);
            }
            catch (IOException)
            {
                // Gone between the listing and the read.
            }
        }

        var children = processes.ToLookup(p => p.Value.Parent, p => p.Key);
        long TreeTicks(int root)
        {
            if (!processes.TryGetValue(root, out var own))
            {
                return 0;
            }

            return own.Ticks + children[root].Sum(TreeTicks);
        }

        var machine = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..]
            .Select(v => long.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        return new Snapshot(Stopwatch.GetTimestamp(), roots.ToDictionary(r => r.Key, r => TreeTicks(r.Value)), machine);
    }

    /// <summary>The 1-minute load average.</summary>
    public static double LoadAverage() =>
        double.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture);

    private static double ReadTicksPerSecond()
    {
        try
        {
            using var getconf = Process.Start(new ProcessStartInfo("getconf", "CLK_TCK") { RedirectStandardOutput = true })!;
            var text = getconf.StandardOutput.ReadToEnd().Trim();
            getconf.WaitForExit();
            return double.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or FormatException)
        {
            return 100;
        }
    }

    /// <param name="Machine">The "cpu" line of /proc/stat: user nice system idle iowait irq softirq steal guest guest_nice.</param>
    internal sealed record Snapshot(long Timestamp, IReadOnlyDictionary<string, long> Trees, long[] Machine);

    /// <summary>What was spent between two snapshots.</summary>
    public static Usage Between(Snapshot first, Snapshot last)
    {
        var seconds = Stopwatch.GetElapsedTime(first.Timestamp, last.Timestamp).TotalSeconds;
        // guest and guest_nice are already counted in user and nice.
        var delta = Enumerable.Range(0, 8).Select(i => last.Machine[i] - first.Machine[i]).ToArray();
        double total = delta.Sum();
        var idle = delta[3];
        var iowait = delta[4];
        var busy = total - idle - iowait;
        var trees = last.Trees.ToDictionary(t => t.Key, t => (t.Value - first.Trees.GetValueOrDefault(t.Key)) / TicksPerSecond);
        var ours = trees.Values.Sum() * TicksPerSecond;
        return new Usage(
            seconds,
            BusyPercent: 100 * busy / total,
            IowaitPercent: 100 * iowait / total,
            OthersPercent: 100 * Math.Max(0, busy - ours) / total,
            trees);
    }

    /// <param name="Processes">CPU seconds of each tree.</param>
    /// <param name="OthersPercent">The machine's busy time not spent by any tree followed (other people's work).</param>
    internal sealed record Usage(double Seconds, double BusyPercent, double IowaitPercent, double OthersPercent, IReadOnlyDictionary<string, double> Processes);
}
