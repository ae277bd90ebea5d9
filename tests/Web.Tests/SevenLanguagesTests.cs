using System.Globalization;
using System.Text.RegularExpressions;
using SummitCoordination.TestSupport;
using SummitCoordination.Web.Services;

namespace SummitCoordination.Web.Tests;

/// <summary>
/// Issue 24: the site in seven languages. The texts of the five states' languages hold no English sentence left
/// untranslated; the names the services store in English (cities, ranks, bodies, parties, the record's titles) have their
/// resources; dates are written by each culture with its own month names, never a raw pattern or an English month.
/// (That every key has a text in every language is <see cref="ResourceKeyTests"/>'s.)
/// </summary>
public sealed class SevenLanguagesTests
{
    [Theory]
    [InlineData(2042, 9, 14, "2042-nji ýylyň 14-nji sentýabry")]
    [InlineData(2030, 6, 16, "2030-njy ýylyň 16-njy iýuny")]
    [InlineData(2040, 4, 9, "2040-njy ýylyň 9-njy apreli")]
    [InlineData(2027, 5, 10, "2027-nji ýylyň 10-njy maýy")]
    [InlineData(2029, 3, 30, "2029-njy ýylyň 30-njy marty")]
    [InlineData(2033, 12, 31, "2033-nji ýylyň 31-nji dekabry")]
    [InlineData(2050, 1, 20, "2050-nji ýylyň 20-nji ýanwary")]
    [InlineData(2100, 8, 1, "2100-nji ýylyň 1-nji awgusty")]
    public void A_Turkmen_official_date_writes_the_year_and_day_as_ordinals_by_vowel_harmony_and_the_month_in_its_possessive(
        int year, int month, int day, string expected)
    {
        var shown = UiCulture.In("tk", () => Display.Date(new DateOnly(year, month, day)));

        Assert.Equal(expected, shown);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ky")]
    [InlineData("tg")]
    [InlineData("tk")]
    [InlineData("uz")]
    public void No_text_of_a_state_language_holds_an_English_word(string language)
    {
        var english = ResourceKeyTests.Entries("Strings.resx").ToDictionary(e => e.Name, e => e.Value);
        var problems = new List<string>();
        foreach (var (name, value) in ResourceKeyTests.Entries($"Strings.{language}.resx"))
        {
            // Placeholders, URLs and acronyms (C5, PDF, SHA-256, JSON) are no words of a sentence.
            var words = EnglishWords.LatinWords(value).Where(w => !w.All(char.IsUpper)).ToList();
            var found = EnglishWords.In(value);
            if (found.Count > 0)
            {
                problems.Add($"{name}: \"{value}\" (English: {string.Join(", ", found)})");
            }
            else if (english.TryGetValue(name, out var en) && en == value && words.Count > 1)
            {
                problems.Add($"{name}: \"{value}\" is the English text as it is");
            }
        }

        Assert.True(problems.Count == 0, $"Strings.{language}.resx:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void The_check_finds_an_English_sentence_left_in()
    {
        Assert.Equal(["the", "statement", "text", "this", "language"], EnglishWords.In("Нет текста: the statement has no text in this language"));
        Assert.Empty(EnglishWords.In("Bu beýanatyň türkmen dilindäki teksti ýok. Format: C5+X, PDF, {0}"));
    }

    [Fact]
    public void Every_name_the_tables_know_has_its_resource()
    {
        var keys = ResourceKeyTests.Entries("Strings.resx").Select(e => e.Name).ToHashSet(StringComparer.Ordinal);
        var missing = KnownNames.Keys.Where(k => !keys.Contains(k)).ToList();

        Assert.True(KnownNames.Keys.Count() > 60, "The name tables are nearly empty.");
        Assert.True(missing.Count == 0, "Names without a text: " + string.Join(", ", missing));
    }

    [Theory]
    [InlineData("en", "14 September 2042")]
    [InlineData("ru", "14 сентября 2042 г.")]
    [InlineData("kk", "2042 жылғы 14 қыркүйек")]
    [InlineData("ky", "2042-жылдын 14-сентябры")]
    [InlineData("tg", "14 сентябри соли 2042")]
    [InlineData("tk", "2042-nji ýylyň 14-nji sentýabry")]
    [InlineData("uz", "2042-yil 14-sentabr")]
    public void A_date_is_written_as_the_language_writes_it(string language, string expected)
    {
        var shown = UiCulture.In(language, () => Display.Date(new DateTime(2042, 9, 14, 8, 0, 0, DateTimeKind.Utc)));

        Assert.Equal(expected, shown);
    }

    [Theory]
    [InlineData(1, "2027-жылдын 14-январы")]
    [InlineData(3, "2027-жылдын 14-марты")]
    [InlineData(4, "2027-жылдын 14-апрели")]
    [InlineData(5, "2027-жылдын 14-майы")]
    [InlineData(6, "2027-жылдын 14-июну")]
    [InlineData(7, "2027-жылдын 14-июлу")]
    [InlineData(8, "2027-жылдын 14-августу")]
    [InlineData(12, "2027-жылдын 14-декабры")]
    public void A_Kyrgyz_official_date_puts_the_year_in_the_genitive_and_the_month_in_its_possessive(int month, string expected)
    {
        var shown = UiCulture.In("ky", () => Display.Date(new DateOnly(2027, month, 14)));

        Assert.Equal(expected, shown);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ky")]
    [InlineData("tg")]
    [InlineData("tk")]
    [InlineData("uz")]
    public void Every_month_and_a_number_read_in_the_language_never_in_English_nor_as_a_pattern(string language)
    {
        var own = CultureInfo.GetCultureInfo(language).DateTimeFormat;
        for (var month = 1; month <= 12; month++)
        {
            var shown = UiCulture.In(language, () => Display.Date(new DateOnly(2042, month, 3)));
            var english = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[month - 1];
            // The language's own month (Uzbek's "may" and "mart" are its own words, as English's "May" and "March" are English's).
            Assert.Contains(shown.Split(' ', '-', ',', '.'), w => w.Length > 2 && (own.MonthNames[month - 1].StartsWith(w[..3], StringComparison.OrdinalIgnoreCase)));
            Assert.False(shown.Contains(english, StringComparison.OrdinalIgnoreCase) && !own.MonthNames[month - 1].Equals(english, StringComparison.OrdinalIgnoreCase),
                $"{shown}: the English month");
            Assert.DoesNotMatch("MMM|yyyy|'", shown);
        }

        Assert.Equal("12 345", UiCulture.In(language, () => Display.Number(12345)).Replace('\u00a0', ' ').Replace('\u202f', ' '));
    }

    [Theory]
    [InlineData("kk", "Ашхабад", "Қазақстан", "Сыртқы істер министрлерінің кеңесі, Ташкент 2027")]
    [InlineData("ky", "Ашхабад", "Казакстан", "Тышкы иштер министрлеринин кеңеши, Ташкент 2027")]
    [InlineData("tg", "Ашқобод", "Қазоқистон", "Шӯрои вазирони корҳои хориҷӣ, Тошканд 2027")]
    [InlineData("tk", "Aşgabat", "Gazagystan", "Daşary işler ministrleriniň geňeşi, Daşkent 2027")]
    [InlineData("uz", "Ashxobod", "Qozogʻiston", "Tashqi ishlar vazirlari kengashi, Toshkent 2027")]
    public void Cities_parties_and_generated_titles_read_in_the_language(string language, string ashgabat, string kazakhstan, string title)
    {
        var parties = new Dictionary<string, Party> { ["KAZ"] = new("KAZ", Contracts.PartyKind.Member, "Kazakhstan", "Казахстан", "Asia/Almaty") };

        Assert.Equal(ashgabat, UiCulture.In(language, () => Display.City("Ashgabat")));
        Assert.Equal(kazakhstan, UiCulture.In(language, () => Display.PartyName(parties, "KAZ")));
        Assert.Equal(title, UiCulture.In(language, () => Display.MeetingTitle("Council of Foreign Ministers, Tashkent 2027", "Council of Foreign Ministers", "Совет министров иностранных дел")));
        // A body no resource knows reads in Russian, the region's working language, rather than in English.
        Assert.Equal("Особая группа", UiCulture.In(language, () => Display.BodyName("Special Group", "Особая группа")));
    }

    [Theory]
    [InlineData("Бішкек", "Bishkek")]
    [InlineData("Aşgabat", "Ashgabat")]
    [InlineData("Toshkent", "Tashkent")]
    [InlineData("Мемлекет басшысы", "Head of State")]
    public void A_name_typed_in_any_of_the_languages_is_stored_under_its_English_name(string typed, string stored)
    {
        var table = typed.Contains("басшы", StringComparison.Ordinal) ? KnownNames.Ranks : KnownNames.Cities;

        Assert.Equal(stored, KnownNames.ToStored(typed, table));
    }

    [Fact]
    public void Uzbek_is_written_with_the_modifier_letter_turned_comma()
    {
        var uzbek = ResourceKeyTests.Entries("Strings.uz.resx");
        var wrong = uzbek.Where(e => Regex.IsMatch(e.Value, "[oOgG]['‘’`ʼ]")).Select(e => $"{e.Name}: {e.Value}").ToList();

        Assert.Contains(uzbek, e => e.Value.Contains("oʻ", StringComparison.Ordinal));
        Assert.True(wrong.Count == 0, "oʻ and gʻ take U+02BB:" + Environment.NewLine + string.Join(Environment.NewLine, wrong));
    }

}
