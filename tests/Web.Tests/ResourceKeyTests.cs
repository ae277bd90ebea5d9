using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SummitCoordination.Consensus.Items;
using SummitCoordination.Consensus.Rules;
using SummitCoordination.Scheduling.Bodies;
using SummitCoordination.Scheduling.Chairs;
using SummitCoordination.Scheduling.Meetings;
using SummitCoordination.Scheduling.Notifications;
using SummitCoordination.Scheduling.Parties;
using SummitCoordination.Statements.Commitments;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Instruments;
using SummitCoordination.Web.Services;
using SummitCoordination.Contracts;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 20, point 8, and issue 24: the resource files (<c>services/Web/Web/Resources/Strings.resx</c>, English, and
/// <c>Strings.ru.resx</c>, <c>.kk</c>, <c>.ky</c>, <c>.tg</c>, <c>.tk</c>, <c>.uz</c>) are edited by hand, and a missing text
/// shows its raw key (or the raw value) on a page. These tests read the seven files and the web app's source: every
/// language holds the same keys, each with a text and the same placeholders; every key the
/// code names has its text; every key the code builds at run time (<c>L[$"Reason.{code}"]</c>, <c>Show.Term("Layer", m.Layer)</c>)
/// has a text for every value it can take, the values read from the services themselves (their enums, and the codes and
/// kinds their source writes), never from a list copied here.
/// </summary>
public sealed partial class ResourceKeyTests
{
    private const string WebSource = "services/Web";
    private const string ResourceFolder = "services/Web/Web/Resources";

    /// <summary>The names under which a page or a service of the web app holds the localizer.</summary>
    private static readonly string[] Localizers = ["L", "Text", "text", "localizer"];

    /// <summary>
    /// Lookups whose key is a parameter, each fed by calls these tests read too: <c>FormErrors.Require(field, resource)</c>
    /// and <c>FormErrors.Resource(key, …)</c>.
    /// </summary>
    private static readonly string[] Forwarded = ["resource", "key"];

    /// <summary>
    /// Keys built at run time whose values are not the services' to enumerate, each with what a page shows without a
    /// text: <c>Display.Term</c> itself (its callers are read); <c>Display.Detail</c>'s <c>Say("…")</c> (its keys are
    /// read as literals); a refusal's field and code (<c>FormErrors</c>: the service's own words).
    /// </summary>
    private static readonly string[] OpenPrefixes = ["", "Detail.", "Problem.Field.", "Problem.Code."];

    /// <summary>The resource files, English first (issue 24: the seven languages of the site).</summary>
    public static readonly IReadOnlyList<string> Files =
        ["Strings.resx", "Strings.ru.resx", "Strings.kk.resx", "Strings.ky.resx", "Strings.tg.resx", "Strings.tk.resx", "Strings.uz.resx"];

    [Fact]
    public void Every_language_has_the_same_keys_each_once_with_a_text_and_the_same_placeholders()
    {
        var english = Entries("Strings.resx");
        var en = english.DistinctBy(e => e.Name).ToDictionary(e => e.Name, e => e.Value);
        var problems = new List<string>();
        foreach (var file in Files)
        {
            var entries = Entries(file);
            problems.AddRange(entries.GroupBy(e => e.Name).Where(g => g.Count() > 1).Select(g => $"{file}: {g.Key} is defined {g.Count()} times"));
            problems.AddRange(entries.Where(e => string.IsNullOrWhiteSpace(e.Value)).Select(e => $"{file}: {e.Name} has no text"));
            problems.AddRange(entries.Where(e => !IsFormat(e.Value)).Select(e => $"{file}: {e.Name} is no valid format string: {e.Value}"));
            if (file == Files[0])
            {
                continue;
            }

            var other = entries.DistinctBy(e => e.Name).ToDictionary(e => e.Name, e => e.Value);
            problems.AddRange(en.Keys.Except(other.Keys).Select(k => $"{file}: {k} has no text (it is in English only)"));
            problems.AddRange(other.Keys.Except(en.Keys).Select(k => $"{file}: {k} is not in Strings.resx"));
            problems.AddRange(en.Keys.Intersect(other.Keys)
                .Where(k => !Placeholders(en[k]).SetEquals(Placeholders(other[k])))
                .Select(k => $"{file}: {k}: the English text has {{{string.Join("}, {", Placeholders(en[k]).Order())}}}, this one {{{string.Join("}, {", Placeholders(other[k]).Order())}}}"));
        }

        Assert.True(english.Count > 500, $"Only {english.Count} texts read from {ResourceFolder}/Strings.resx.");
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Every_key_the_code_names_has_a_text_in_every_language()
    {
        var lookups = Lookups();
        var missing = lookups.Keys.Where(k => !Known(k.Key)).Select(k => $"{k.Where}: \"{k.Key}\"").Distinct().ToList();

        Assert.True(lookups.Keys.Count > 400, $"Only {lookups.Keys.Count} literal keys read from {WebSource}: has the way pages look a text up changed?");
        Assert.True(lookups.Unreadable.Count == 0, "Lookups whose key these tests cannot read:" + Environment.NewLine + string.Join(Environment.NewLine, lookups.Unreadable));
        Assert.True(missing.Count == 0, "Keys without a text in one of the seven resource files:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_key_built_at_run_time_has_a_text_in_every_language_for_every_value_it_can_take()
    {
        var values = RunTimeValues();
        var missing = values
            .SelectMany(group => group.Value.Select(v => group.Key + v))
            .Where(k => !Known(k)).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.All(values, group => Assert.True(group.Value.Count > 0, $"No value read for {group.Key}*"));
        Assert.True(missing.Count == 0, "Keys built at run time without a text in one of the seven resource files:" + Environment.NewLine + string.Join(Environment.NewLine, missing));
    }

    [Fact]
    public void Every_key_the_code_builds_at_run_time_is_one_whose_values_are_enumerated_here()
    {
        var values = RunTimeValues();
        var lookups = Lookups();
        var unknown = lookups.Built
            .Where(b => !values.ContainsKey(b.Prefix) && !OpenPrefixes.Contains(b.Prefix))
            .Select(b => $"{b.Where}: \"{b.Prefix}…\"").ToList();

        Assert.Contains(lookups.Built, b => b.Prefix == "MeetingStatus.");
        Assert.Contains(lookups.Built, b => b.Prefix == "Reason.");
        Assert.True(unknown.Count == 0, "Keys built at run time whose values no test enumerates (add them to RunTimeValues):" + Environment.NewLine + string.Join(Environment.NewLine, unknown));
    }

    [Fact]
    public void A_value_without_its_text_is_shown_as_it_is_and_said_in_the_log()
    {
        var log = new WarningsLog();
        var show = Displays.Create(log: log);

        Assert.Equal("Отложена", UiCulture.In("ru-RU", () => show.Term("MeetingStatus", "Postponed")));
        Assert.Empty(log.Warnings);
        Assert.Equal("Adjourned", UiCulture.In("ru-RU", () => show.Term("MeetingStatus", "Adjourned")));
        Assert.Equal("No text for the resource key MeetingStatus.Adjourned: the page shows the value Adjourned as it is", Assert.Single(log.Warnings));
    }

    /// <summary>
    /// Each prefix of a key built at run time, with every value the services can give it: their enums (history kinds
    /// among them), and the outcome and chair reason codes read from the rules' source (so a new one is seen here).
    /// </summary>
    private static Dictionary<string, IReadOnlyList<string>> RunTimeValues()
    {

        // The live feed: the consumer's kinds (but an inbox's copy, which no page shows as a line: it shows the message),
        // the agenda's updates (Consensus says why), and the inbox's kinds (one per template, or the kind that groups templates).
        var codesOfKind = (IReadOnlyDictionary<string, string[]>)typeof(NotificationTexts)
            .GetField("CodesOfKind", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var inboxKinds = NotificationTexts.Templates.Keys.Except(codesOfKind.Values.SelectMany(c => c)).Concat(codesOfKind.Keys).ToList();
        var live = Enum.GetNames<LiveEventKind>().Where(k => k != nameof(LiveEventKind.Inbox))
            .Concat(Enum.GetNames<AgendaChange>())
            .Concat(inboxKinds).ToList();

        // An item's trail: the kinds Consensus writes (a position is listed apart from the trail, never by its kind's name).
        var panel = File.ReadAllText(Path.Combine(SourceCalls.RepositoryRoot, "services/Web/Web/Components/Agenda/ItemHistory.razor"));
        Assert.Contains("h.Kind != ItemEventKind.Position", panel, StringComparison.Ordinal);
        var itemEvents = Enum.GetNames<ItemEventKind>().Where(k => k != nameof(ItemEventKind.Position)).ToList();

        var rules = Root("services/Consensus/Consensus/Rules");
        var values = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
        {
            ["Layer."] = Enum.GetNames<SummitCoordination.Contracts.Layer>(),
            ["Track."] = Enum.GetNames<Track>(),
            ["MeetingStatus."] = Enum.GetNames<MeetingStatus>(),
            ["Standing."] = Enum.GetNames<StandingKind>(),
            ["Policy."] = Enum.GetNames<RotationPolicy>(),
            ["Advance."] = Enum.GetNames<RotationAdvance>(),
            ["ItemKind."] = Enum.GetNames<ItemKind>(),
            ["ItemStatus."] = Enum.GetNames<ItemStatus>(),
            ["Outcome."] = Enum.GetNames<OutcomeKind>(),
            ["Position."] = Enum.GetNames<Position>(),
            // The body's rules, and how an outcome was reached otherwise (an information item noted, a held meeting's record).
            ["Rule."] = Enum.GetNames<DecidedBy>(),
            ["Kind."] = Enum.GetNames<StatementKind>(),
            ["StatementStatus."] = Enum.GetNames<StatementStatus>(),
            ["AmendmentStatus."] = Enum.GetNames<AmendmentStatus>(),
            ["InstrumentKind."] = Enum.GetNames<InstrumentKind>(),
            ["InstrumentStatus."] = Enum.GetNames<InstrumentStatus>(),
            // The document register (issue 23): kinds, distribution levels, the languages a file may be in.
            ["DocumentKind."] = Enum.GetNames<SummitCoordination.Statements.Register.DocumentKind>(),
            ["Distribution."] = Enum.GetNames<SummitCoordination.Statements.Register.DistributionLevel>(),
            ["FileLanguage."] = SummitCoordination.Statements.Register.UploadFileHandler.Languages,
            // A commitment's progress, and the counts of the tracker's report (Overdue among them).
            ["Status."] = [.. Enum.GetNames<CommitmentProgress>(),
                .. typeof(CommitmentsReport).GetProperties().Where(p => p.PropertyType == typeof(int) && p.Name != nameof(CommitmentsReport.Total)).Select(p => p.Name)],
            ["MeetingChange."] = Enum.GetNames<MeetingChangeKind>(),
            // Issue 22: a paragraph's status, why it holds a text back, and what its history records.
            ["ParagraphStatus."] = Enum.GetNames<ParagraphStatus>(),
            ["ParagraphBlock."] = Enum.GetNames<ParagraphBlockReason>(),
            ["ParagraphEvent."] = Enum.GetNames<ParagraphEventKind>(),
            ["ItemEvent."] = itemEvents,
            ["Live."] = live,
            ["Inbox."] = [.. NotificationTexts.Templates.Keys],
            ["Reason."] = Directory.EnumerateFiles(rules, "*.cs").SelectMany(f => OutcomeCode().Matches(File.ReadAllText(f)).Select(m => m.Groups["code"].Value)).ToList(),
            // The meeting record's statuses, distribution, outcomes as taken, reservation kinds and corrections' answers (Consensus/Records).
            ["RecordStatus."] = Enum.GetNames<SummitCoordination.Consensus.Records.RecordStatus>(),
            ["Distribution."] = ["Limited", "General"],
            ["RecordOutcome."] = Enum.GetNames<SummitCoordination.Consensus.Records.AgendaOutcome>(),
            ["ReservationKind."] = Enum.GetNames<SummitCoordination.Consensus.Records.ReservationKind>(),
            ["CorrectionStatus."] = Enum.GetNames<SummitCoordination.Consensus.Records.CorrectionStatus>(),
            // Mail (issue 23): the kinds of notice a person chooses for, how each goes, the languages a mail is written in, the outbox's states.
            ["Notice."] = SummitCoordination.Web.Services.MailChoices.Kinds,
            ["Delivery."] = Enum.GetNames<SummitCoordination.Scheduling.People.Delivery>(),
            ["MailLanguage."] = [.. SummitCoordination.Scheduling.People.MailLanguages.Supported],
            ["MailOutbox.Status."] = Enum.GetNames<SummitCoordination.Scheduling.Mail.MailStatus>(),
            ["ChairReason."] = ChairCode().Matches(File.ReadAllText(Root("services/Scheduling/Scheduling/Chairs/ChairReasons.cs"))).Select(m => m.Groups["code"].Value).ToList(),
        };
        return values;
    }

    /// <summary>The lookups of the web app's source: literal keys, prefixes of keys built at run time, and what cannot be read.</summary>
    private static (List<(string Where, string Key)> Keys, List<(string Where, string Prefix)> Built, List<string> Unreadable) Lookups()
    {
        var keys = new List<(string, string)>();
        var built = new List<(string, string)>();
        var unreadable = new List<string>();
        foreach (var (path, text) in SourceCalls.Files(WebSource, ".cs", ".razor"))
        {
            // A key read in full, or the prefix of one built at run time; anything else is unreadable.
            void Key(int line, string expression, string prefix = "", bool forwardedAllowed = false)
            {
                var where = $"{path}:{line}";
                if (SourceCalls.InterpolatedPrefix(expression) is { } start)
                {
                    built.Add((where, prefix + start));
                    return;
                }

                var (values, complete) = SourceCalls.Values(expression);
                keys.AddRange(values.Select(v => (where, prefix + v)));
                if (!complete && !(forwardedAllowed && Forwarded.Contains(expression)))
                {
                    unreadable.Add($"{where}: {expression}");
                }
            }

            foreach (var localizer in Localizers)
            {
                foreach (var (line, args) in SourceCalls.Calls(text, localizer, indexer: true))
                {
                    // A string's character or range (text[0], text[1..]) is no lookup.
                    if (!Regex.IsMatch(args[0], @"^[\d.^]+$"))
                    {
                        Key(line, args[0], forwardedAllowed: true);
                    }
                }
            }

            foreach (var (line, args) in SourceCalls.Calls(text, "Term"))
            {
                var (group, known) = SourceCalls.Values(args[0]);
                if (!known || group.Count != 1 || args.Count < 2)
                {
                    unreadable.Add($"{path}:{line}: Term({string.Join(", ", args)})");
                    continue;
                }

                var (values, complete) = SourceCalls.Values(args[1]);
                keys.AddRange(values.Select(v => ($"{path}:{line}", $"{group[0]}.{v}")));
                if (!complete)
                {
                    built.Add(($"{path}:{line}", $"{group[0]}."));
                }
            }

            foreach (var (line, args) in SourceCalls.Calls(text, "Say"))
            {
                Key(line, args[0], "Detail.");
            }

            foreach (var (line, args) in SourceCalls.Calls(text, "Require").Where(c => c.Args.Count == 2))
            {
                Key(line, args[1]);
            }

            foreach (var (line, args) in SourceCalls.Calls(text, "Resource"))
            {
                Key(line, args[0]);
            }
        }

        return (keys, built, unreadable);
    }

    private static readonly Lazy<HashSet<string>> EveryLanguage = new(() =>
        Files.Skip(1).Aggregate(Entries(Files[0]).Select(e => e.Name).ToHashSet(StringComparer.Ordinal),
            (known, file) => known.Intersect(Entries(file).Select(e => e.Name)).ToHashSet(StringComparer.Ordinal)));

    private static bool Known(string key) => EveryLanguage.Value.Contains(key);


    public static List<(string Name, string Value)> Entries(string file) =>
        XDocument.Load(Root(Path.Combine(ResourceFolder, file))).Root!.Elements("data")
            .Select(d => ((string)d.Attribute("name")!, (string?)d.Element("value") ?? ""))
            .ToList();

    private static string Root(string path) => Path.Combine(SourceCalls.RepositoryRoot, path);

    private static HashSet<int> Placeholders(string text) =>
        Placeholder().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToHashSet();

    private static bool IsFormat(string text)
    {
        try
        {
            _ = string.Format(CultureInfo.InvariantCulture, text, new object[Placeholders(text).DefaultIfEmpty(-1).Max() + 1]);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private sealed class WarningsLog : ILogger<Display>
    {
        public List<string> Warnings { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                Warnings.Add(formatter(state, exception));
            }
        }
    }

    [GeneratedRegex(@"\{(\d+)(?:,[^}:]*)?(?::[^}]*)?\}")]
    private static partial Regex Placeholder();

    /// <summary>An outcome's code as a rule writes it: <c>{ Code = "objected", … }</c>.</summary>
    [GeneratedRegex("\\bCode = \"(?<code>[^\"]+)\"")]
    private static partial Regex OutcomeCode();

    /// <summary>A chair's reason's code as <c>ChairReasons.Read</c> returns it: <c>("ChairFirst", [waived, via])</c>.</summary>
    [GeneratedRegex("\\(\"(?<code>[A-Za-z]+)\", \\[")]
    private static partial Regex ChairCode();
}
