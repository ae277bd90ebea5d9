using SummitCoordination.BuildingBlocks.Languages;

namespace SummitCoordination.Consensus.Records;

/// <summary>
/// What the record's PDF says around what was typed, in each of the seven languages (issue 24): <c>RecordLabels.resx</c>
/// and <c>RecordLabels.{code}.resx</c> beside this file. English keeps the codes it has always printed (distribution,
/// outcome); the five states' languages were written without a native speaker (README, "Languages").
/// </summary>
/// <remarks>In one of the seven languages; English for any other.</remarks>
public sealed class RecordLabels(string language) : LanguageTexts(language, typeof(RecordLabels))
{
    public string Status(RecordStatus status) => this[status switch
    {
        RecordStatus.Final => "Final",
        RecordStatus.Draft => "Draft",
        _ => "Open",
    }];

    public string Outcome(AgendaOutcome outcome) => this[$"Outcome.{outcome}"];

    public string DistributionOf(string distribution) => Format("Distribution", this[distribution == "General" ? "General" : "Limited"]);
}
