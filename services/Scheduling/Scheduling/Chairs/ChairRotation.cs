namespace SummitCoordination.Scheduling.Chairs;

public sealed record ChairAnswer(string Party, string Reason);

/// <summary>
/// DOMAIN.md, Chair and host: who chairs a body on a date, from its rotation, the meetings held and the waivers.
/// Pure: the caller supplies the order of the parties (the explicit sequence, or the members by English name).
/// </summary>
public static class ChairRotation
{
    public static ChairAnswer ChairOn(DateOnly on, ChairRotationSettings settings, IReadOnlyList<string> order)
    {
        if (order.Count == 0)
        {
            throw new DomainException(DomainErrorKind.Conflict, "chair.no-order", "The rotation names no parties.");
        }

        return settings.Advance == RotationAdvance.PerMeeting
            ? PerMeeting(on, settings, order)
            : PerTerm(on, settings, order);
    }

    private static ChairAnswer PerMeeting(DateOnly on, ChairRotationSettings settings, IReadOnlyList<string> order)
    {
        // The chair passes to the next host at the close of each meeting; a meeting held on `on` is still chaired by its host.
        var last = settings.History.Where(t => t.HeldOn < on).MaxBy(t => t.HeldOn);
        var candidate = last is null ? order[0] : Next(order, last.Party);
        var reason = last is null
            ? ChairReasons.First
            : ChairReasons.NextAfter(last.Party, last.HeldOn, last.City);
        return SkipWaivers(on.Year, candidate, settings, order, reason);
    }

    private static ChairAnswer PerTerm(DateOnly on, ChairRotationSettings settings, IReadOnlyList<string> order)
    {
        var anchor = settings.History.Where(t => t.HeldOn.Year <= on.Year).MaxBy(t => t.HeldOn);
        int year;
        string chair;
        if (anchor is not null)
        {
            (year, chair) = (anchor.HeldOn.Year, anchor.Party);
        }
        else if (on.Year >= settings.StartYear)
        {
            (year, chair) = (settings.StartYear, SkipWaivers(settings.StartYear, order[0], settings, order, "").Party);
        }
        else
        {
            throw new DomainException(DomainErrorKind.Invalid, "chair.before-rotation", $"The rotation starts in {settings.StartYear}.");
        }

        while (year < on.Year)
        {
            year++;
            chair = SkipWaivers(year, Next(order, chair), settings, order, "").Party;
        }

        return new ChairAnswer(chair, ChairReasons.Term(on.Year));
    }

    private static ChairAnswer SkipWaivers(int year, string candidate, ChairRotationSettings settings, IReadOnlyList<string> order, string reason)
    {
        for (var i = 0; i < order.Count; i++)
        {
            if (!settings.Waivers.Any(w => w.Year == year && w.Party == candidate))
            {
                return new ChairAnswer(candidate, i == 0 ? reason : ChairReasons.Waived(reason, i));
            }

            candidate = Next(order, candidate);
        }

        throw new DomainException(DomainErrorKind.Conflict, "chair.all-waived", $"Every party waived its turn in {year}.");
    }

    private static string Next(IReadOnlyList<string> order, string party)
    {
        var index = order.ToList().IndexOf(party);
        return order[(index + 1) % order.Count];
    }
}
