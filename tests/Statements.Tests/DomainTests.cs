using SummitCoordination.BuildingBlocks.Http;
using SummitCoordination.Contracts;
using SummitCoordination.Statements.Commitments;
using SummitCoordination.Statements.Drafting;
using SummitCoordination.Statements.Meetings;
using SummitCoordination.Statements.Publication;

namespace SummitCoordination.Statements.Tests;

/// <summary>The pure parts: slugs, the content hash, a commitment's status.</summary>
public sealed class DomainTests
{
    private static readonly DateTime Due = new(2027, 12, 31, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData(2023, "Dushanbe", null, StatementKind.JointStatement, "2023-dushanbe-joint-statement")]
    [InlineData(2022, "Cholpon-Ata", null, StatementKind.Declaration, "2022-cholpon-ata-declaration")]
    [InlineData(2025, "Tashkent", "USA", StatementKind.ChairmansStatement, "2025-tashkent-c5-usa-chairmans-statement")]
    [InlineData(2021, "Türkmenbaşy", "EU", StatementKind.Communique, "2021-turkmenbasy-c5-eu-communique")]
    public void A_slug_is_year_city_format_and_kind_in_plain_lower_case(int year, string city, string? partner, StatementKind kind, string slug) =>
        Assert.Equal(slug, Slugs.Base(year, city, partner, kind, corrects: null));

    [Fact]
    public void A_corrigendum_is_named_after_what_it_corrects() =>
        Assert.Equal("2023-dushanbe-joint-statement-corrigendum", Slugs.Base(2024, "Astana", null, StatementKind.JointStatement, "2023-dushanbe-joint-statement"));

    [Fact]
    public void A_meeting_moved_with_a_new_title_takes_it_and_a_move_that_names_none_keeps_the_title()
    {
        var meeting = AccessHandlerTests.Meeting();
        var start = new DateTime(2032, 4, 7, 5, 0, 0, DateTimeKind.Utc);
        meeting.Moved(new MeetingRescheduled(meeting.Id, Guid.NewGuid(), start, start.AddHours(6), "Asia/Almaty", "Almaty", "Hall", start.AddMonths(-1)));
        Assert.Equal(("Council of Foreign Ministers, Astana 2031", "Almaty"), (meeting.Title, meeting.City));

        meeting.Moved(new MeetingRescheduled(meeting.Id, Guid.NewGuid(), start, start.AddHours(6), "Asia/Almaty", "Almaty", "Hall", start.AddMonths(-1),
            Title: "Council of Foreign Ministers, Almaty 2032"));
        Assert.Equal("Council of Foreign Ministers, Almaty 2032", meeting.Title);
    }

    [Fact]
    public void The_content_hash_changes_with_either_language_and_separates_them()
    {
        var hash = StatementText.ContentHash("Text.", "Текст.");
        Assert.Matches("^[0-9a-f]{64}$", hash);
        Assert.NotEqual(hash, StatementText.ContentHash("Text!", "Текст."));
        Assert.NotEqual(hash, StatementText.ContentHash("Text.", null));
        Assert.NotEqual(StatementText.ContentHash("a\nru\nb", null), StatementText.ContentHash("a", "b"));
    }

    [Fact]
    public void A_commitment_not_done_by_its_due_date_is_overdue_whatever_progress_is_reported_after()
    {
        var commitment = Commitment.Make(Guid.NewGuid(), "Open the terminal", ["UZB", "KAZ"], Due, Due.AddYears(-1), "staff");
        Assert.Equal(["KAZ", "UZB"], commitment.Parties);
        Assert.False(commitment.MarkOverdueIfDue(Due.AddDays(-1)));
        Assert.Equal("NotStarted", commitment.Status);

        Assert.True(commitment.MarkOverdueIfDue(Due));
        Assert.Equal("Overdue", commitment.Status);
        commitment.Report(CommitmentProgress.InProgress, "Works started.", Due.AddDays(3), "staff");
        Assert.Equal("Overdue", commitment.Status);

        commitment.Report(CommitmentProgress.Done, "Opened on 1 March.", Due.AddMonths(2), "staff");
        Assert.Equal("Done", commitment.Status);
        Assert.True(commitment.DeliveredLate);
        Assert.Throws<DomainException>(() => commitment.Report(CommitmentProgress.InProgress, "x", Due.AddMonths(3), "staff"));
        Assert.Equal(["NotStarted", "Overdue", "Overdue", "Done"], commitment.Updates.Select(u => u.Status));
    }

    [Fact]
    public void A_commitment_done_in_time_never_goes_overdue()
    {
        var commitment = Commitment.Make(Guid.NewGuid(), "Sign", ["KAZ"], Due, Due.AddYears(-1), "staff");
        commitment.Report(CommitmentProgress.Done, "Signed.", Due.AddDays(-10), "staff");
        Assert.False(commitment.MarkOverdueIfDue(Due.AddDays(1)));
        Assert.Equal("Done", commitment.Status);
        Assert.False(commitment.DeliveredLate);
    }
}
