using System.Resources;
using SummitCoordination.BuildingBlocks.Languages;

namespace SummitCoordination.Consensus.Records;

/// <summary>
/// What the record's PDF says around what was typed, in each of the seven languages (issue 24): <c>RecordLabels.resx</c>
/// and <c>RecordLabels.{code}.resx</c> beside this file. English keeps the codes it has always printed (distribution,
/// outcome); the five states' languages were written without a native speaker (README, "Languages").
/// </summary>
public sealed class RecordLabels(string language) : LanguageTexts(Texts, language)
{
    private static readonly ResourceManager Texts = new("SummitCoordination.Consensus.Records.RecordLabels", typeof(RecordLabels).Assembly);

    public static readonly RecordLabels English = new("en");

    public static readonly RecordLabels Russian = new("ru");

    /// <summary>The labels in a language (one of the seven; English for any other).</summary>
    public static RecordLabels Of(string language) => new(language);

    public string Status(RecordStatus status) => this[status switch
    {
        RecordStatus.Final => "Final",
        RecordStatus.Draft => "Draft",
        _ => "Open",
    }];

    public string Outcome(AgendaOutcome outcome) => this[$"Outcome.{outcome}"];

    public string DistributionOf(string distribution) => Format("Distribution", this[distribution == "General" ? "General" : "Limited"]);
}
