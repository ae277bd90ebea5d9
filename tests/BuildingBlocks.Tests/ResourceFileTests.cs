using System.Text.RegularExpressions;
using System.Xml.Linq;
using SummitCoordination.BuildingBlocks.Languages;
using SummitCoordination.TestSupport;

namespace SummitCoordination.BuildingBlocks.Tests;

/// <summary>
/// Every resource family of the services (<c>{Name}.resx</c> in English, <c>{Name}.{code}.resx</c> in each other
/// language: the web app's <c>Strings</c>, the mails' <c>MailTexts</c>, the PDFs' <c>RecordLabels</c> and
/// <c>OfficialTextLabels</c>) has a file per language of the seven, and every file the same keys, each once, with a
/// text and the English text's placeholders. A key missing in one language would fall back to English unseen.
/// </summary>
public sealed partial class ResourceFileTests
{
    private static readonly string[] Folders = ["services", "shared"];

    public static IEnumerable<object[]> Families() =>
        Folders.SelectMany(f => Directory.EnumerateFiles(Path.Combine(Repository.Root, f), "*.resx", SearchOption.AllDirectories))
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}") && !p.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}"))
            .Where(p => Path.GetFileNameWithoutExtension(p).IndexOf('.') < 0)
            .Select(p => Path.GetRelativePath(Repository.Root, p))
            .Order(StringComparer.Ordinal)
            .Select(p => new object[] { p });

    [Fact]
    public void The_families_this_test_reads_include_the_PDF_labels_and_the_mails()
    {
        var names = Families().Select(f => Path.GetFileName((string)f[0])).ToList();
        Assert.Contains("RecordLabels.resx", names);
        Assert.Contains("OfficialTextLabels.resx", names);
        Assert.Contains("MailTexts.resx", names);
        Assert.Contains("Strings.resx", names);
    }

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_language_has_every_key_once_with_a_text_and_the_English_placeholders(string english)
    {
        var en = Entries(Path.Combine(Repository.Root, english));
        var problems = Problems(english, en);
        foreach (var language in OfficialDates.Languages.Skip(1))
        {
            var file = Path.Combine(Repository.Root, Path.ChangeExtension(english, $".{language}.resx"));
            if (!File.Exists(file))
            {
                problems.Add($"{file}: missing");
                continue;
            }

            var other = Entries(file);
            problems.AddRange(Problems(file, other));
            var (mine, theirs) = (ByName(en), ByName(other));
            problems.AddRange(mine.Keys.Except(theirs.Keys).Select(k => $"{file}: {k} has no text (it is in English only)"));
            problems.AddRange(theirs.Keys.Except(mine.Keys).Select(k => $"{file}: {k} is not in {english}"));
            problems.AddRange(mine.Keys.Intersect(theirs.Keys)
                .Where(k => !Placeholders(mine[k]).SetEquals(Placeholders(theirs[k])))
                .Select(k => $"{file}: {k} has other placeholders than the English text"));
        }

        Assert.NotEmpty(en);
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    private static List<string> Problems(string file, IReadOnlyList<(string Name, string Value)> entries) =>
        entries.GroupBy(e => e.Name).Where(g => g.Count() > 1).Select(g => $"{file}: {g.Key} is defined {g.Count()} times")
            .Concat(entries.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{file}: {e.Name} has no text"))
            .ToList();

    private static Dictionary<string, string> ByName(IReadOnlyList<(string Name, string Value)> entries) =>
        entries.DistinctBy(e => e.Name).ToDictionary(e => e.Name, e => e.Value, StringComparer.Ordinal);

    private static List<(string Name, string Value)> Entries(string file) =>
        XDocument.Load(file).Root!.Elements("data")
            .Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""))
            .ToList();

    private static HashSet<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"\{\d+[^}]*\}")]
    private static partial Regex Placeholder();
}
