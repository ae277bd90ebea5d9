namespace SummitCoordination.Web.Services;

/// <summary>One run of words of a paragraph compared between two versions: kept, inserted or deleted.</summary>
public sealed record WordRun(WordChange Change, string Text);

public enum WordChange
{
    Kept,
    Inserted,
    Deleted,
}

/// <summary>
/// Two wordings of one paragraph compared word by word (the longest common subsequence of their words): how a
/// negotiator reads a change to a paragraph, where the version diff compares whole lines of the text.
/// </summary>
public static partial class WordDiff
{
    public static IReadOnlyList<WordRun> Compare(string? before, string? after)
    {
        var a = Words(before);
        var b = Words(after);
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
            }
        }

        var runs = new List<WordRun>();
        void Add(WordChange change, string word)
        {
            if (runs.Count > 0 && runs[^1].Change == change)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + word };
            }
            else
            {
                runs.Add(new WordRun(change, word));
            }
        }

        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                Add(WordChange.Kept, a[x++]);
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
            {
                // What went out is read before what came in.
                Add(WordChange.Deleted, a[x++]);
            }
            else
            {
                Add(WordChange.Inserted, b[y++]);
            }
        }

        return runs;
    }

    /// <summary>Words, punctuation and spaces as tokens of their own (a full stop moved is not a word changed); joined, they are the text.</summary>
    private static string[] Words(string? text) => string.IsNullOrEmpty(text) ? [] : Word().Matches(text).Select(m => m.Value).ToArray();

    [GeneratedRegex(@"\w+|[^\w\s]+|\s+")]
    private static partial Regex Word();
}
