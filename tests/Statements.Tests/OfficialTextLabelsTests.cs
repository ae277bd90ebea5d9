using SummitCoordination.BuildingBlocks.Languages;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.OfficialTexts;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// The official text's PDF labels come from <c>OfficialTextLabels.resx</c> and its six siblings: in each of the seven
/// languages every kind of statement has a name of its own, and a version's mark carries its number.
/// </summary>
public sealed class OfficialTextLabelsTests
{
    public static IEnumerable<object[]> Languages() => OfficialDates.Languages.Select(l => new object[] { l });

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_kind_has_a_name_and_a_version_mark_carries_its_number(string language)
    {
        var labels = new OfficialTextLabels(language);
        var kinds = Enum.GetValues<StatementKind>().Select(labels.Kind).ToList();

        Assert.Equal(kinds.Count, kinds.Distinct().Count());
        Assert.Contains("7", labels.VersionOf(7, draft: false));
        Assert.Contains("7", labels.VersionOf(7, draft: true));
        Assert.NotEqual(labels.VersionOf(7, draft: false), labels.VersionOf(7, draft: true));
        Assert.NotEqual(labels["Authentic"], labels["Translation"]);
    }

    [Fact]
    public void English_and_Russian_say_what_the_PDF_has_always_said()
    {
        Assert.Equal("Chairman's Statement", new OfficialTextLabels("en").Kind(StatementKind.ChairmansStatement));
        Assert.Equal("Draft, version 2: not adopted", new OfficialTextLabels("en").VersionOf(2, draft: true));
        Assert.Equal("Совместное заявление", new OfficialTextLabels("ru").Kind(StatementKind.JointStatement));
        Assert.Equal(new OfficialTextLabels("en").Kind(StatementKind.Declaration), new OfficialTextLabels("xx").Kind(StatementKind.Declaration));
    }
}
