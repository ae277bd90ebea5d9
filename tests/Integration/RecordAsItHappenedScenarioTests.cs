using SummitCoordination.TestSupport;

namespace SummitCoordination.Integration.Tests;

/// <summary>Issue 11's four stories, each one scenario through the HTTP API on the embedded host.</summary>
public sealed class RecordAsItHappenedScenarioTests : IClassFixture<RecordAsItHappenedScenarioTests.World>
{
    public sealed class World : IDisposable
    {
        public SummitApp App { get; } = new();

        public Summit Summit => new(App.ClientAs);

        public void Dispose() => App.Dispose();
    }

    private readonly Summit _summit;

    public RecordAsItHappenedScenarioTests(World world) => _summit = world.Summit;

    [Fact]
    public async Task A_meeting_postponed_in_one_capital_is_moved_to_another_host_and_its_turn_is_that_hosts() =>
        RecordAssertions.Moved(await RecordScenarios.MovedMeetingAsync(_summit, 2034));

    [Fact]
    public async Task A_guest_is_admitted_by_a_decision_of_the_members_and_decides_from_its_date() =>
        RecordAssertions.Admitted(await RecordScenarios.AdmissionAsync(_summit, 2096));

    [Fact]
    public async Task A_silence_procedure_runs_to_its_deadline_after_the_meeting_closed_and_broken_silence_still_ends_it() =>
        RecordAssertions.SilenceConcludedAfterTheClose(await RecordScenarios.SilenceAfterCloseAsync(_summit, 2034));

    [Fact]
    public async Task A_treaty_adopted_at_a_held_meeting_is_signed_ratified_and_enters_into_force_by_itself() =>
        RecordAssertions.InForce(await RecordScenarios.TreatyAsync(_summit, 2023), 2023);
}
