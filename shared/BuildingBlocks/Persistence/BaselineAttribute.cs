namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>
/// Marks a migration as the baseline that replaced (squashed) every migration up to and including
/// <paramref name="replaces"/>: a database whose history holds that id has exactly this migration's schema, so
/// <see cref="MigrationBaseline"/> rewrites its history to this migration alone instead of building anything.
/// <paramref name="lastCommitBefore"/> is the commit of this repository that still had the replaced migrations, the
/// release to run once against a database stopped earlier in that history.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class BaselineAttribute(string replaces, string lastCommitBefore) : Attribute
{
    public string Replaces { get; } = replaces;

    public string LastCommitBefore { get; } = lastCommitBefore;
}
