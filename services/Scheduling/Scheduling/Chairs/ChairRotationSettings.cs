namespace SummitCoordination.Scheduling.Chairs;

public enum RotationPolicy
{
    /// <summary>The members in the order of their English names (the ASEAN way).</summary>
    Alphabetical,

    /// <summary>An explicit order of parties, repeated.</summary>
    Sequence,

    /// <summary>Chaired by whoever chairs another body (a working group follows the process's chair).</summary>
    FollowsBody,
}

public enum RotationAdvance
{
    /// <summary>The turn passes each calendar year.</summary>
    PerTerm,

    /// <summary>The turn passes at the close of each meeting held (a year without a meeting loses no turn).</summary>
    PerMeeting,
}

/// <summary>A meeting held, and so a turn taken: the host chaired it.</summary>
public sealed record ChairTerm(DateOnly HeldOn, string Party, string City);

/// <summary>A state that waived its turn in a year; the turn passes to the next in order.</summary>
public sealed record ChairWaiver(int Year, string Party);

public sealed record ChairRotationSettings(
    RotationPolicy Policy,
    RotationAdvance Advance,
    IReadOnlyList<string> Sequence,
    Guid? FollowsBodyId,
    int StartYear,
    IReadOnlyList<ChairTerm> History,
    IReadOnlyList<ChairWaiver> Waivers)
{
    public static ChairRotationSettings Alphabetical(int startYear) =>
        new(RotationPolicy.Alphabetical, RotationAdvance.PerTerm, [], null, startYear, [], []);

    public static ChairRotationSettings Follows(Guid bodyId) =>
        new(RotationPolicy.FollowsBody, RotationAdvance.PerTerm, [], bodyId, 2018, [], []);
}
