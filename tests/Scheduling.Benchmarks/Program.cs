using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// dotnet run -c Release --project tests/Scheduling.Benchmarks -- --filter '*'
var config = DefaultConfig.Instance
    .AddJob(Job.ShortRun.WithWarmupCount(5).WithIterationCount(10).WithToolchain(InProcessEmitToolchain.Instance))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(SummitCoordination.Scheduling.Benchmarks.Calendar).Assembly).Run(args, config);
