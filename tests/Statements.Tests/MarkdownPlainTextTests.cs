using SummitCoordination.Statements.OfficialTexts;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// The official text prints each paragraph's words, the marks of Markdown dropped, not printed.
/// </summary>
public sealed class MarkdownPlainTextTests
{
    [Theory]
    [InlineData("They agreed to **regional water cooperation**.", "They agreed to regional water cooperation.")]
    [InlineData("See _the_ [Astana declaration](https://example.org/astana) and <https://example.org>.", "See the Astana declaration and https://example.org.")]
    [InlineData("A `code` word, *emphasis* and ~~struck~~ text.", "A code word, emphasis and struck text.")]
    [InlineData("## A section heading", "A section heading")]
    [InlineData("- water\n- energy", "• water\n• energy")]
    [InlineData("> quoted words\n> go on", "quoted words go on")]
    [InlineData("Fish &amp; chips \\*not emphasis\\*", "Fish & chips *not emphasis*")]
    [InlineData("snake_case_word stays", "snake_case_word stays")]
    [InlineData("Стороны **договорились** о _сотрудничестве_.", "Стороны договорились о сотрудничестве.")]
    public void Markdown_marks_are_dropped_and_the_words_kept(string markdown, string plain) =>
        Assert.Equal(plain, MarkdownPlainText.Of(markdown));
}
