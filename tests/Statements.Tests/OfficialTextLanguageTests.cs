using System.Net;
using System.Net.Http.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 24 on paper: the official text's PDF asked in one of the five states' languages (<c>?lang=</c>) prints its page
/// numbers in that language too and, after the English and Russian pair, the statement's text in that language, marked
/// authentic or a translation, with the meeting's date as that language writes it. Read back with pdftotext, so every
/// letter (Kazakh ә ғ қ ң ө ұ ү һ і, Tajik ӣ ӯ ҳ ҷ, Turkmen ň ş ý ž ä, Uzbek ʻ) is in the embedded font.
/// </summary>
public sealed class OfficialTextLanguageTests(HarnessAppFixture fixture) : StatementTestBase(fixture.App), IClassFixture<HarnessAppFixture>
{
    /// <summary>Per language: the title, a sentence using the language's own letters, the meeting's day (10 May 2027) and page 1 of 2 as it writes them.</summary>
    public static readonly TheoryData<string, string, string, string, string> Languages = new()
    {
        { "kk", "Су туралы Ташкент мәлімдемесі", "Министрлер өңірлік ынтымақтастықты нығайтуға келісті; құжат бүгін күшіне енеді.",
            "2027 жылғы 10 мамыр", "1-бет, барлығы 2" },
        { "ky", "Суу боюнча Ташкент билдирүүсү", "Министрлер аймактык кызматташтыкты бекемдөөгө жана гидрологиялык маалыматтар менен алмашууга макул болушту.",
            "2027-жылдын 10-майы", "1-бет, бардыгы 2" },
        { "tg", "Изҳороти Тошканд дар бораи об", "Вазирон ба таҳкими ҳамкории минтақавӣ розӣ шуданд; ҷаласаи навбатӣ дар рӯзи душанбе мегузарад.",
            "10 майи соли 2027", "Саҳифаи 1 аз 2" },
        { "tk", "Suw barada Daşkent beýannamasy", "Döwletleriň ministrleri sebitleýin hyzmatdaşlygy berkitmäge ylalaşdylar; Türkmenistanyň žurnaly açyk.",
            "2027-nji ýylyň 10-njy maýy", "Sahypa 1 / 2" },
        { "uz", "Suv toʻgʻrisidagi Toshkent bayonoti", "Vazirlar mintaqaviy hamkorlikni mustahkamlash va gidrologik maʼlumotlar almashishga kelishib oldilar.",
            "2027-yil 10-may", "1-sahifa, jami 2" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_version_s_PDF_asked_in_a_state_s_language_prints_its_text_after_the_pair_with_that_language_s_labels_and_date(
        string language, string title, string sentence, string date, string page)
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "# On water\n\nThe Ministers met.", "# О воде\n\nМинистры встретились.");
        var secretariat = await Secretariat();
        (await secretariat.PutAsJsonAsync($"/api/statements/{id}/texts/{language}", new { title, markdown = $"# {title}\n\n{sentence}\n" })).EnsureSuccessStatusCode();

        var response = await secretariat.GetAsync($"/api/statements/{id}/versions/1.pdf?lang={language}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"a-joint-statement-v1-draft-{language}.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Poppler.Keep($"version-{language}.pdf", pdf);
        var pages = await Poppler.PagesAsync(pdf);

        // The pair on the first page as always, the text in the language on a page of its own after it, a translation as it is not named authentic.
        Assert.Equal(2, pages.Count);
        var (first, second) = (Poppler.Flat(pages[0]), Poppler.Flat(pages[1]));
        Assert.Contains("The Ministers met.", first);
        Assert.Contains("Министры встретились.", first);
        Assert.Contains($"Page 1 of 2 / Стр. 1 из 2 / {page}", first);
        foreach (var expected in new[] { title, sentence, date, Translation[language] })
        {
            Assert.Contains(expected, second);
        }

        Assert.DoesNotContain("The Ministers met.", second);

        // The same version asked in English is the pair alone, as before.
        var english = await Poppler.PagesAsync(await (await secretariat.GetAsync($"/api/statements/{id}/versions/1.pdf")).Content.ReadAsByteArrayAsync());
        Assert.Single(english);
        Assert.DoesNotContain(title, Poppler.Flat(english[0]));
    }

    private static readonly Dictionary<string, string> Translation = new()
    {
        ["kk"] = "Аударма: ресми күші тек түпнұсқа мәтіндерде бар",
        ["ky"] = "Котормо: расмий күчкө аутентикалык тексттер гана ээ",
        ["tg"] = "Тарҷума: танҳо матнҳои аслӣ эътибори расмӣ доранд",
        ["tk"] = "Terjime: diňe asyl tekstler resmi güýje eýedir",
        ["uz"] = "Tarjima: faqat asl matnlar rasmiy kuchga ega",
    };

    [Fact]
    public async Task A_published_statement_s_PDF_in_Turkmen_marks_an_authentic_Turkmen_text_and_a_language_the_site_lacks_is_refused()
    {
        var meeting = await MeetingAsync();
        var id = await DraftAsync(meeting.MeetingId, "# On water\n\nThe Ministers met.", "# О воде\n\nМинистры встретились.");
        var secretariat = await Secretariat();
        (await secretariat.PutAsJsonAsync($"/api/statements/{id}/authentic-languages", new { languages = new[] { "en", "ru", "tk" } })).EnsureSuccessStatusCode();
        (await secretariat.PutAsJsonAsync($"/api/statements/{id}/texts/tk",
            new { title = "Suw barada beýannama", markdown = "Ministrler duşuşdylar we ylalaşdylar." })).EnsureSuccessStatusCode();
        await AdoptAsync(id, meeting.MeetingId);
        await ConcludeAsync(meeting.MeetingId);
        var slug = (await WaitAsync(id, s => s.Status() == "Published", "publication at the close")).GetProperty("slug").GetString()!;
        var observer = await App.ClientAs(Summit.Anonymous);

        var response = await observer.GetAsync($"/public/statements/{slug}.pdf?lang=tk");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{slug}-tk.pdf", response.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Poppler.Keep("published-tk.pdf", pdf);
        var text = await Poppler.FlatTextAsync(pdf);
        Assert.Contains("Suw barada beýannama", text);
        Assert.Contains("Ministrler duşuşdylar we ylalaşdylar.", text);
        Assert.Contains("Bilelikdäki beýannama", text);
        Assert.Contains("2027-nji ýylyň 10-njy maýy · Wersiýa 1 · Asyl tekst", text);
        Assert.DoesNotContain("Terjime", text);
        // The English PDF and the Turkmen one are different representations, each with its own tag.
        var plain = await observer.GetAsync($"/public/statements/{slug}.pdf");
        Assert.NotEqual(plain.Headers.ETag, response.Headers.ETag);
        Assert.DoesNotContain("Suw barada", await Poppler.FlatTextAsync(await plain.Content.ReadAsByteArrayAsync()));

        var problem = await ProblemAsync(await observer.GetAsync($"/public/statements/{slug}.pdf?lang=fr"), HttpStatusCode.BadRequest);
        Assert.Equal("pdf.language", problem.GetProperty("code").GetString());
        await ProblemAsync(await secretariat.GetAsync($"/api/statements/{id}/versions/1.pdf?lang=xx"), HttpStatusCode.BadRequest);
    }
}
