using System.Diagnostics;

namespace SummitCoordination.TestTools;

/// <summary>The embedded host (Release build) as its own process on a free loopback address, for benchmarks and soaks.</summary>
internal static class EmbeddedHostProcess
{
    public static string FindRepository()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "SummitCoordination.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run from inside the repository.");
    }

    /// <summary>
    /// Starts it in Development on its own data folder, rate limits lifted (the load comes from one address). With
    /// <c>SUMMIT_BENCH_POSTGRES</c> set, its services keep their data in fresh PostgreSQL databases of this run instead
    /// (<see cref="BenchDatabase"/>; they make and migrate them at start), dropped by <see cref="BenchDatabase.DropAsync"/>.
    /// </summary>
    public static Process Start(string repo, string dir, string url)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(repo, "services/SummitCoordination.Host/bin/Release/net10.0/SummitCoordination.Host.dll")])
        {
            WorkingDirectory = dir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__DataDirectory"] = Path.Combine(dir, "data");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Telemetry__Console"] = "false";
        start.Environment["RateLimits__TokenEndpoint__PermitLimit"] = "1000000";
        start.Environment["RateLimits__Anonymous__PermitLimit"] = "1000000";
        foreach (var (key, value) in BenchDatabase.HostSettings("__", "Scheduling", "Consensus", "Statements"))
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    public static async Task WaitReadyAsync(HttpClient client)
    {
        for (var i = 0; i < 120; i++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException("The embedded host did not become ready.");
    }
}
