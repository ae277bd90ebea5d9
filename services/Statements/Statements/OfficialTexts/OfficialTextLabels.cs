using System.Resources;
using SummitCoordination.BuildingBlocks.Languages;

namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// What the official text's PDF says around the statement's words, in each of the seven languages (issue 24): the
/// kinds, the version and draft marks, the content hash, and whether a text beyond the authentic pair is authentic or a
/// translation (<c>OfficialTextLabels.resx</c> and <c>OfficialTextLabels.{code}.resx</c> beside this file). The five
/// states' languages were written without a native speaker (README, "Languages").
/// </summary>
public sealed class OfficialTextLabels(string language) : LanguageTexts(Texts, language)
{
    private static readonly ResourceManager Texts = new("SummitCoordination.Statements.OfficialTexts.OfficialTextLabels", typeof(OfficialTextLabels).Assembly);

    public static readonly OfficialTextLabels English = new("en");

    public static readonly OfficialTextLabels Russian = new("ru");

    /// <summary>The labels in a language (one of the seven; English for any other).</summary>
    public static OfficialTextLabels Of(string language) => new(language);

    public string Kind(StatementKind kind) => this[$"Kind.{kind}"];

    public string VersionOf(int version, bool draft) => Format(draft ? "DraftVersion" : "Version", version);
}
