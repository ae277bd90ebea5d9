namespace SummitCoordination.Statements.Register;

/// <summary>A body's own symbol pattern, set by the secretariat; a body without one uses <see cref="SymbolPattern.Default"/>.</summary>
public sealed class RegisterBody
{
    public Guid BodyId { get; private set; }
    public string Pattern { get; private set; } = SymbolPattern.Default;
    public DateTime UpdatedUtc { get; private set; }
    public string UpdatedBy { get; private set; } = "";

    private RegisterBody()
    {
    }

    public static RegisterBody For(Guid bodyId) => new() { BodyId = bodyId };

    public void SetPattern(string pattern, DateTime nowUtc, string actor)
    {
        Pattern = SymbolPattern.Checked(pattern);
        UpdatedUtc = nowUtc;
        UpdatedBy = actor;
    }
}
