using System.Text;
using System.Text.RegularExpressions;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Just enough of C# (and of Razor's C# expressions) to read the arguments of the calls and indexers a test names in
/// the repository's own source: <c>L["Key", x]</c>, <c>Term("Layer", m.Layer)</c>, <c>new MeetingChange(now, "Kind", …)</c>.
/// Strings (verbatim, interpolated, nested), characters and brackets are skipped as wholes, so a comma or a bracket
/// inside them does not split an argument.
/// </summary>
internal static partial class SourceCalls
{
    /// <summary>The repository's root: the folder of <c>SummitCoordination.sln</c>, walking up from the tests' output.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The files under a folder of the repository with one of the extensions (build output left out).</summary>
    public static IReadOnlyList<(string Path, string Text)> Files(string folder, params string[] extensions) =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot, folder), "*", SearchOption.AllDirectories)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.Ordinal))
            .Where(f => !f.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(p => p is "obj" or "bin"))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(RepositoryRoot, f).Replace('\\', '/'), File.ReadAllText(f)))
            .ToList();

    /// <summary>
    /// Every call <c>name(…)</c> (or <c>new name(…)</c>), or every indexer <c>name[…]</c> with <paramref name="indexer"/>:
    /// its line and its arguments as written, trimmed. A declaration (<c>string Say(string key, …)</c>) is no call.
    /// </summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Args)> Calls(string source, string name, bool indexer = false)
    {
        var open = indexer ? '[' : '(';
        foreach (Match m in Regex.Matches(source, $@"(?<![A-Za-z0-9_]){Regex.Escape(name)}\s*{Regex.Escape(open.ToString())}"))
        {
            var args = Arguments(source, m.Index + m.Length, indexer ? ']' : ')');
            if (args is null || args.Count == 0 || args.Any(a => Declaration().IsMatch(a)))
            {
                continue;
            }

            yield return (source[..m.Index].Count(c => c == '\n') + 1, args);
        }
    }

    /// <summary>
    /// The values an argument can take when the source says them: a string literal, either branch of a conditional, a
    /// constant of the given ones. <c>Complete</c> is false when some branch is anything else (a variable, a call).
    /// </summary>
    public static (IReadOnlyList<string> Values, bool Complete) Values(string expression, IReadOnlyDictionary<string, string>? constants = null)
    {
        var e = StripParentheses(expression.Trim());
        if (Literal().Match(e) is { Success: true } literal)
        {
            return ([Regex.Unescape(literal.Groups[1].Value)], true);
        }

        if (Conditional(e) is var (whenTrue, whenFalse))
        {
            var (a, aComplete) = Values(whenTrue, constants);
            var (b, bComplete) = Values(whenFalse, constants);
            return ([.. a, .. b], aComplete && bComplete);
        }

        if (constants is not null && constants.TryGetValue(e, out var constant))
        {
            return ([constant], true);
        }

        return ([], false);
    }

    /// <summary>The literal text before the first hole of an interpolated string (<c>$"Reason.{code}"</c> → <c>Reason.</c>); null for anything else.</summary>
    public static string? InterpolatedPrefix(string expression) =>
        Regex.Match(expression.Trim(), "^\\$\"(?<prefix>[^{\"]*)\\{") is { Success: true } m ? m.Groups["prefix"].Value : null;

    private static IReadOnlyList<string>? Arguments(string s, int start, char close)
    {
        var args = new List<string>();
        var current = new StringBuilder();
        var i = start;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == close)
            {
                args.Add(current.ToString().Trim());
                return args.Count == 1 && args[0].Length == 0 ? [] : args;
            }

            if (c == ',')
            {
                args.Add(current.ToString().Trim());
                current.Clear();
                i++;
                continue;
            }

            var end = SkipToken(s, i);
            if (end < 0)
            {
                return null;
            }

            current.Append(s, i, end - i);
            i = end;
        }

        return null;
    }

    /// <summary>The index after the token at <paramref name="i"/>: a string, a character, a bracketed group, else one character; -1 when unterminated.</summary>
    private static int SkipToken(string s, int i)
    {
        var c = s[i];
        if (c is '(' or '[' or '{')
        {
            var close = c switch { '(' => ')', '[' => ']', _ => '}' };
            var j = i + 1;
            while (j < s.Length && s[j] != close)
            {
                j = SkipToken(s, j);
                if (j < 0)
                {
                    return -1;
                }
            }

            return j < s.Length ? j + 1 : -1;
        }

        if (c == '\'')
        {
            var j = i + 1;
            while (j < s.Length && s[j] != '\'')
            {
                j += s[j] == '\\' ? 2 : 1;
            }

            return j < s.Length ? j + 1 : -1;
        }

        var prefix = 0;
        var verbatim = false;
        var interpolated = false;
        while (i + prefix < s.Length && s[i + prefix] is '$' or '@' && prefix < 2)
        {
            verbatim |= s[i + prefix] == '@';
            interpolated |= s[i + prefix] == '$';
            prefix++;
        }

        if (i + prefix >= s.Length || s[i + prefix] != '"')
        {
            return i + 1;
        }

        var k = i + prefix + 1;
        while (k < s.Length)
        {
            var d = s[k];
            if (!verbatim && d == '\\')
            {
                k += 2;
            }
            else if (d == '"')
            {
                if (verbatim && k + 1 < s.Length && s[k + 1] == '"')
                {
                    k += 2;
                    continue;
                }

                return k + 1;
            }
            else if (interpolated && d == '{')
            {
                if (k + 1 < s.Length && s[k + 1] == '{')
                {
                    k += 2;
                    continue;
                }

                k = SkipToken(s, k);
                if (k < 0)
                {
                    return -1;
                }
            }
            else
            {
                k++;
            }
        }

        return -1;
    }

    /// <summary>The two branches of a conditional at the top level of an expression (<c>c ? "A" : "B"</c>), if it is one.</summary>
    private static (string WhenTrue, string WhenFalse)? Conditional(string e)
    {
        int? question = null;
        var i = 0;
        while (i < e.Length)
        {
            var c = e[i];
            if (question is null && c == '?' && i + 1 < e.Length && e[i + 1] is not ('.' or '?' or '[') && (i == 0 || e[i - 1] != '?'))
            {
                question = i;
            }
            else if (question is not null && c == ':')
            {
                return (e[(question.Value + 1)..i], e[(i + 1)..]);
            }

            i = SkipToken(e, i) is var next and > 0 ? next : e.Length;
        }

        return null;
    }

    private static string StripParentheses(string e)
    {
        while (e.StartsWith('(') && SkipToken(e, 0) == e.Length)
        {
            e = e[1..^1].Trim();
        }

        return e;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SummitCoordination.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No SummitCoordination.sln above {AppContext.BaseDirectory}.");
    }

    /// <summary>A plain (not interpolated, not verbatim) string literal, alone.</summary>
    [GeneratedRegex("^\"((?:[^\"\\\\]|\\\\.)*)\"$")]
    private static partial Regex Literal();

    /// <summary>A parameter declared: a type and a name (<c>string key</c>, <c>params object[] args</c>, <c>string? value</c>).</summary>
    [GeneratedRegex(@"^(?!(?:await|out|ref|in|new|not|is|and|or)\s)(?:params\s+)?[A-Za-z_][\w.<>,]*\??(?:\[\])?\s+[A-Za-z_]\w*$")]
    private static partial Regex Declaration();
}
