using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Paragraphs;

namespace SummitCoordination.Statements.Tests;

/// <summary>Issue 22, host-free: paragraphs, their numbers and ids, statuses, options, ad referendum, concordance and the adoption gate.</summary>
public sealed class ParagraphDomainTests
{
    private static readonly DateTime Now = new(2027, 5, 10, 6, 0, 0, DateTimeKind.Utc);

    private static Statement Draft(string english, string? russian = null) =>
        Statement.Draft(Guid.NewGuid(), StatementKind.JointStatement, "Joint statement", english, russian, null, null, Now, "sec");

    private static Paragraph At(Statement s, string number) => s.Latest.Paragraphs.Single(p => p.Number == number);

    [Fact]
    public void A_whole_text_is_split_one_paragraph_per_Markdown_block_English_and_Russian_paired_by_place()
    {
        var s = Draft("First.\n\nSecond,\ncontinued.\r\n\r\n\r\nThird.", "Первый.\n\nВторой.");

        Assert.Equal(["OP1", "OP2", "OP3"], s.Latest.Paragraphs.Select(p => p.Number));
        Assert.Equal("Second,\ncontinued.", At(s, "OP2").English);
        Assert.Equal("Второй.", At(s, "OP2").Russian);
        Assert.Null(At(s, "OP3").Russian);
        Assert.Equal("First.\n\nSecond,\ncontinued.\r\n\r\n\r\nThird.", s.Latest.English);
    }

    [Fact]
    public void Inserting_a_paragraph_renumbers_those_after_it_and_keeps_their_ids_and_says_what_they_were()
    {
        var s = Draft("Recalling.\n\nOne.\n\nTwo.\n\nThree.");
        var drafts = s.Latest.Paragraphs.Select(p => p.Position == 1 ? p.ToDraft() with { Part = ParagraphPart.Preambular } : p.ToDraft()).ToList();
        s.ReviseParagraphs(1, drafts, null, Now, "sec");
        Assert.Equal(["PP1", "OP1", "OP2", "OP3"], s.Latest.Paragraphs.Select(p => p.Number));
        var ids = s.Latest.Paragraphs.Select(p => p.Id).ToList();

        var inserted = s.Latest.Paragraphs.Select(p => p.ToDraft()).ToList();
        inserted.Insert(2, new ParagraphDraft(Guid.NewGuid(), ParagraphPart.Operative, "New.", "Новый.", false));
        var v3 = s.ReviseParagraphs(2, inserted, null, Now, "sec");

        Assert.Equal(["PP1", "OP1", "OP2", "OP3", "OP4"], v3.Paragraphs.Select(p => p.Number));
        Assert.Equal(ids[3], v3.Paragraphs[4].Id);
        Assert.Equal("OP4 (was OP3)", v3.Paragraphs[4].Label);
        Assert.Equal("OP3 (was OP2)", v3.Paragraphs[3].Label);
        Assert.Equal("OP1", v3.Paragraphs[1].Label);
        Assert.Equal("Recalling.\n\nOne.\n\nNew.\n\nTwo.\n\nThree.", v3.English);
        Assert.Contains(s.ParagraphHistory, e => e.Kind == ParagraphEventKind.Inserted && e.Number == "OP2");
    }

    [Fact]
    public void A_whole_text_revision_keeps_the_ids_of_paragraphs_unchanged_or_reworded_in_place()
    {
        var s = Draft("A.\n\nB.\n\nC.");
        var (a, b, c) = (At(s, "OP1").Id, At(s, "OP2").Id, At(s, "OP3").Id);

        s.Revise(1, "X.\n\nA.\n\nB, reworded.\n\nC.", null, null, Now, "sec");

        var p = s.Latest.Paragraphs;
        Assert.Equal(a, p[1].Id);
        Assert.Equal(c, p[3].Id);
        Assert.Equal(b, p[2].Id);
        Assert.DoesNotContain(p[0].Id, new[] { a, b, c });
        Assert.Equal("OP4 (was OP3)", p[3].Label);
    }

    [Fact]
    public void Statuses_move_only_by_their_rules_and_every_change_is_in_the_history()
    {
        var s = Draft("One.\n\nTwo.", "Один.\n\nДва.");
        var two = At(s, "OP2").Id;
        Assert.Empty(s.Blocking());

        s.BracketParagraph(two, _ => Bracket.WholeParagraph, [], Now, "chair");
        Assert.Equal([ParagraphBlockReason.Bracketed], s.Blocking().Single().Reasons);

        s.AgreeAdReferendum(two, "TKM", Now.AddDays(7), Now, "chair");
        Assert.Equal(ParagraphStatus.AgreedAdReferendum, s.StandingOf(two)!.Status);
        Assert.Equal([ParagraphBlockReason.AdReferendumUnconfirmed], s.Blocking().Single().Reasons);
        var awaiting = Assert.Throws<DomainException>(() => s.Agree(two, Now, "chair"));
        Assert.Equal("paragraph.awaiting-capital", awaiting.Code);

        s.ConfirmAdReferendum(two, Now.AddDays(1), "tkm");
        Assert.Empty(s.Blocking());
        Assert.Equal(Now.AddDays(1), s.StandingOf(two)!.AdReferendum!.ConfirmedUtc);
        Assert.Equal([ParagraphEventKind.Bracketed, ParagraphEventKind.AgreedAdReferendum, ParagraphEventKind.AdReferendumConfirmed],
            s.ParagraphHistory.Select(e => e.Kind));
        Assert.All(s.ParagraphHistory, e => Assert.Equal("OP2", e.Number));
    }

    [Fact]
    public void An_ad_referendum_lapses_once_at_its_date_unless_confirmed_and_still_blocks()
    {
        var s = Draft("One.");
        var one = At(s, "OP1").Id;
        s.AgreeAdReferendum(one, "TKM", Now.AddDays(2), Now, "chair");

        Assert.Null(s.LapseAdReferendum(one, Now.AddDays(1)));
        var lapsed = s.LapseAdReferendum(one, Now.AddDays(2));
        Assert.Equal(ParagraphEventKind.AdReferendumLapsed, lapsed!.Kind);
        Assert.Null(s.LapseAdReferendum(one, Now.AddDays(3)));
        Assert.True(s.StandingOf(one)!.AdReferendum!.Lapsed);
        Assert.Equal([ParagraphBlockReason.AdReferendumUnconfirmed], s.Blocking().Single().Reasons);
    }

    [Fact]
    public void Options_are_two_or_more_gather_sponsors_and_the_chosen_one_replaces_the_bracketed_span_in_a_new_version()
    {
        var s = Draft("The parties will share water data daily.", "Стороны будут ежедневно обмениваться данными о воде.");
        var p = At(s, "OP1").Id;
        Assert.Throws<DomainException>(() => s.BracketParagraph(p, _ => Bracket.WholeParagraph, [new OptionWording("x", null, ["KAZ"])], Now, "chair"));

        s.BracketParagraph(p, x => Bracket.Span(x, TextLanguage.English, null, null, "daily"), [new OptionWording("daily", "ежедневно", ["KAZ"]),
            new OptionWording("weekly", "еженедельно", ["UZB"])], Now, "chair");
        Assert.Equal([ParagraphBlockReason.Bracketed, ParagraphBlockReason.OpenOptions], s.Blocking().Single().Reasons);
        Assert.Equal("paragraph.open-options", Assert.Throws<DomainException>(() => s.Agree(p, Now, "chair")).Code);

        var weekly = s.StandingOf(p)!.Options.Single(o => o.Label == "B");
        s.SupportOption(p, weekly.Id, "TJK", Now, "tjk");
        Assert.Equal(["TJK", "UZB"], s.StandingOf(p)!.Options.Single(o => o.Label == "B").Sponsors);

        var v2 = s.ChooseOption(p, weekly.Id, Now, "chair");
        Assert.Equal("The parties will share water data weekly.", v2.Paragraphs.Single().English);
        Assert.Equal(p, v2.Paragraphs.Single().Id);
        Assert.Equal(ParagraphStatus.Agreed, s.StandingOf(p)!.Status);
        // Only the English span was bracketed: the Russian waits for its translation, and concordance holds adoption back.
        Assert.Equal([ParagraphBlockReason.TranslationPending], s.Blocking().Single().Reasons);
    }

    [Fact]
    public void Concordance_needs_both_languages_for_every_paragraph_once_the_text_has_a_Russian_version()
    {
        var englishOnly = Draft("One.\n\nTwo.");
        Assert.Empty(englishOnly.Blocking());

        var s = Draft("One.\n\nTwo.\n\nThree.", "Один.\n\nДва.");
        var block = Assert.Single(s.Blocking());
        Assert.Equal(("OP3", ParagraphBlockReason.RussianMissing), (block.Number, block.Reasons.Single()));
    }

    [Fact]
    public void The_agreed_paragraphs_are_what_a_chairmans_statement_is_built_from()
    {
        var s = Draft("One.\n\nTwo.\n\nThree.");
        s.BracketParagraph(At(s, "OP2").Id, _ => Bracket.WholeParagraph, [], Now, "chair");
        s.AgreeAdReferendum(At(s, "OP3").Id, "KAZ", Now.AddDays(1), Now, "chair");

        Assert.Equal(["OP1"], s.AgreedParagraphs(s.Latest).Select(p => p.Number));
    }

    [Fact]
    public void A_reservation_is_one_per_state_and_paragraph_and_its_note_can_be_restated_or_withdrawn()
    {
        var s = Draft("One.");
        var one = At(s, "OP1").Id;
        s.Reserve(one, "KAZ", "Capital to consult.", Now, "kaz");
        s.Reserve(one, "KAZ", "Still consulting.", Now, "kaz");
        Assert.Equal("Still consulting.", Assert.Single(s.ReservationsOn(one)).Note);

        s.WithdrawReservation(one, "KAZ", Now, "kaz");
        Assert.Empty(s.ReservationsOn(one));
        Assert.Equal("reservation.not-found", Assert.Throws<DomainException>(() => s.WithdrawReservation(one, "KAZ", Now, "kaz")).Code);
    }

    [Fact]
    public void A_version_kept_from_before_paragraphs_is_split_once_and_its_text_and_hash_do_not_move()
    {
        var s = Draft("One.\n\nTwo.", "Один.\n\nДва.");
        Assert.False(s.Latest.SplitIfWhole([]));
        Assert.Equal(StatementText.ContentHash("One.\n\nTwo.", "Один.\n\nДва."), StatementText.ContentHash(s.Latest.English, s.Latest.Russian));
    }
}
