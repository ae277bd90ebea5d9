namespace SummitCoordination.Scheduling.Conflicts;

/// <summary>Hard conflicts refuse the change; soft ones refuse it too unless the request overrides them with a reason.</summary>
public static class ConflictPolicy
{
    /// <returns>The soft conflicts that were overridden, to report as warnings.</returns>
    public static IReadOnlyList<Conflict> Enforce(IReadOnlyList<Conflict> conflicts, string? overrideReason)
    {
        var hard = conflicts.Where(c => c.Hard).ToList();
        if (hard.Count > 0)
        {
            throw new DomainException(DomainErrorKind.Conflict, "meeting.hard-conflicts",
                $"The change clashes with the calendar ({hard.Count} hard conflict(s)); it was not made.",
                new Dictionary<string, object?> { ["conflicts"] = conflicts });
        }

        var soft = conflicts.Where(c => !c.Hard).ToList();
        if (soft.Count > 0 && string.IsNullOrWhiteSpace(overrideReason))
        {
            throw new DomainException(DomainErrorKind.Conflict, "meeting.soft-conflicts",
                $"The change has {soft.Count} warning(s); send override.reason to make it anyway.",
                new Dictionary<string, object?> { ["conflicts"] = conflicts });
        }

        return soft;
    }
}
