namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// Agreed ad referendum (DOMAIN.md, Paragraphs): agreed subject to confirmation by one state's capital by a date. The
/// confirmation, or the date passing without it (the secretariat is told: <see cref="AdReferendumJob"/>), is recorded.
/// </summary>
public sealed record AdReferendum(string Party, DateTime ConfirmByUtc, DateTime? ConfirmedUtc = null, DateTime? LapsedUtc = null)
{
    public bool Confirmed => ConfirmedUtc is not null;

    public bool Lapsed => LapsedUtc is not null && !Confirmed;

    public bool DueAt(DateTime nowUtc) => !Confirmed && LapsedUtc is null && nowUtc >= ConfirmByUtc;
}
