using SummitCoordination.TestSupport;

namespace SummitCoordination.Scheduling.Tests;

/// <summary>One all-in-one host (test-harness bus) shared by the tests of a class.</summary>
public sealed class SummitAppFixture : IDisposable
{
    public SummitApp App { get; } = new(harness: true);

    public void Dispose() => App.Dispose();
}
