using SummitCoordination.BuildingBlocks.Languages;

namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// What the official text's PDF says around the statement's words, in each of the seven languages (issue 24): the
/// kinds, the version and draft marks, the content hash, and whether a text beyond the authentic pair is authentic or a
/// translation (<c>OfficialTextLabels.resx</c> and <c>OfficialTextLabels.{code}.resx</c> beside this file). The five
/// states' languages were written without a native speaker (README, "Languages").
/// </summary>
/// <remarks>In one of the seven languages; English for any other.</remarks>
public sealed class OfficialTextLabels(string language) : LanguageTexts(language, typeof(OfficialTextLabels))
{
    public string Kind(StatementKind kind) => this[$"Kind.{kind}"];

    public string VersionOf(int version, bool draft) => Format(draft ? "DraftVersion" : "Version", version);
}
