using SummitCoordination.Statements.OfficialTexts;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// The interim paragraphs of the official text (until a statement is kept as numbered paragraphs): one per Markdown
/// block, English and Russian paired by position, the marks of Markdown dropped, not printed.
/// </summary>
public sealed class InterimParagraphsTests
{
    [Fact]
    public void Blocks_are_paired_by_position_and_numbered_the_title_heading_left_to_the_title_block()
    {
        var paragraphs = InterimParagraphs.From(
            "# Dushanbe Joint Statement\n\nThe Heads of State met.\n\n1. They agreed.\n2. They welcomed.\n\nA third block.",
            "# Душанбинское заявление\n\nГлавы государств встретились.\n\n1. Договорились.\n2. Приветствовали.");

        Assert.Equal(["P1", "P2", "P3"], paragraphs.Select(p => p.Number));
        Assert.Equal(new OfficialParagraph("P1", "The Heads of State met.", "Главы государств встретились."), paragraphs[0]);
        Assert.Equal(new OfficialParagraph("P2", "1. They agreed.\n2. They welcomed.", "1. Договорились.\n2. Приветствовали."), paragraphs[1]);
        Assert.Equal(new OfficialParagraph("P3", "A third block.", null), paragraphs[2]);
    }

    [Fact]
    public void Without_a_Russian_text_every_paragraph_is_English_only()
    {
        var paragraphs = InterimParagraphs.From("One.\n\nTwo.", null);
        Assert.Equal([new OfficialParagraph("P1", "One.", null), new OfficialParagraph("P2", "Two.", null)], paragraphs);
    }

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
