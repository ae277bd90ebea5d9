using SummitCoordination.Web.Services;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 19, point 13: the ranks the forms fill in show in the page's language and are stored under the one name the
/// services use for them (English), so that the same rank reads in Russian on a Russian page and in English on an
/// English one, whoever saved it; a rank a person typed is stored and shown as typed.
/// </summary>
public sealed class RankTests
{
    [Theory]
    [InlineData("Министр иностранных дел", "Minister of Foreign Affairs")]
    [InlineData("  глава государства ", "Head of State")]
    [InlineData("Национальный координатор", "National Coordinator")]
    [InlineData("Minister of Foreign Affairs", "Minister of Foreign Affairs")]
    [InlineData("Посол по особым поручениям", "Посол по особым поручениям")]
    [InlineData("Deputy Minister", "Deputy Minister")]
    public void A_known_rank_in_Russian_is_stored_under_its_English_name_and_any_other_as_typed(string typed, string stored) =>
        Assert.Equal(stored, KnownNames.RankToStore(typed));

    [Fact]
    public void A_stored_rank_reads_in_the_page_s_language_and_a_typed_one_as_typed()
    {
        Assert.Equal("Министр иностранных дел", UiCulture.In("ru-RU", () => Display.Rank("Minister of Foreign Affairs")));
        Assert.Equal("Minister of Foreign Affairs", UiCulture.In("en-GB", () => Display.Rank("Minister of Foreign Affairs")));
        Assert.Equal("Посол по особым поручениям", UiCulture.In("ru-RU", () => Display.Rank("Посол по особым поручениям")));
        // What the Russian form saves reads back as it was filled in, on both pages.
        var saved = KnownNames.RankToStore(UiCulture.In("ru-RU", () => Display.Rank("Head of State")));
        Assert.Equal("Глава государства", UiCulture.In("ru-RU", () => Display.Rank(saved)));
        Assert.Equal("Head of State", UiCulture.In("en-GB", () => Display.Rank(saved)));
    }

    [Theory]
    [InlineData("Ташкент", "Tashkent")]
    [InlineData(" бишкек ", "Bishkek")]
    [InlineData("Tashkent", "Tashkent")]
    [InlineData("Нукус", "Нукус")]
    public void A_capital_filled_in_Russian_is_stored_under_its_English_name_and_any_other_city_as_typed(string typed, string stored) =>
        Assert.Equal(stored, KnownNames.ToStored(typed, KnownNames.Cities));

    [Fact]
    public void The_capital_the_schedule_form_fills_in_reads_back_in_either_language()
    {
        var saved = KnownNames.ToStored(UiCulture.In("ru-RU", () => Display.City("Ashgabat")), KnownNames.Cities);
        Assert.Equal("Ashgabat", saved);
        Assert.Equal("Ашхабад", UiCulture.In("ru-RU", () => Display.City(saved)));
    }
}
