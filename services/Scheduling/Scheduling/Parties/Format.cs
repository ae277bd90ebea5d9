namespace SummitCoordination.Scheduling.Parties;

/// <summary>C5 (the five decide) or C5+X (the five plus partner X, a full party to the outcome).</summary>
public sealed class Format
{
    public const string C5 = "C5";

    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Partner { get; private set; }

    private Format()
    {
    }

    public Format(string code, string name, string? partner)
    {
        Code = code;
        Name = name;
        Partner = partner;
    }

    public static string CodeFor(string? partner) => partner is null ? C5 : $"C5+{partner}";
}
