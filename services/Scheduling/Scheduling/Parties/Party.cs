namespace SummitCoordination.Scheduling.Parties;

/// <summary>A state or organisation that takes part (DOMAIN.md, Parties). The code is ISO 3166-1 alpha-3, or e.g. EU, UN.</summary>
public sealed class Party
{
    public string Code { get; private set; } = "";
    public PartyKind Kind { get; private set; }
    public string NameEn { get; private set; } = "";
    public string NameRu { get; private set; } = "";
    public string Capital { get; private set; } = "";
    public string TimeZone { get; private set; } = "";

    private Party()
    {
    }

    public Party(string code, PartyKind kind, string nameEn, string nameRu, string capital, string timeZone)
    {
        Code = code;
        Kind = kind;
        NameEn = nameEn;
        NameRu = nameRu;
        Capital = capital;
        TimeZone = timeZone;
    }

    /// <summary>The catalogue's kind follows the party's standing in the C5 format (see <see cref="PartyStandings"/>).</summary>
    public void Reclassify(PartyKind kind) => Kind = kind;

    public void Edit(string nameEn, string nameRu, string capital, string timeZone)
    {
        NameEn = nameEn;
        NameRu = nameRu;
        Capital = capital;
        TimeZone = timeZone;
    }
}
