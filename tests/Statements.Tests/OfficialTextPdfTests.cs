using SummitCoordination.Contracts;
using SummitCoordination.BuildingBlocks.Pdf;
using SummitCoordination.Statements.OfficialTexts;

namespace SummitCoordination.Statements.Tests;

/// <summary>
/// Issue 22, point 7: the official text as a PDF, read back with poppler as a reader's viewer would. Every paragraph
/// number and both languages' words are found, the two columns start each paragraph at the same height, a long text
/// runs over pages with the running header and page number on each, and the font is embedded.
/// </summary>
public sealed class OfficialTextPdfTests
{
    private const string Hash = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static OfficialText Text(IReadOnlyList<OfficialParagraph> paragraphs, bool draft = false, string? symbol = "2027-tashkent-joint-statement") =>
        new(StatementKind.JointStatement, "Tashkent Joint Statement on Water and Energy", "Ташкентское совместное заявление о воде и энергетике",
            "Council of Foreign Ministers", "Совет министров иностранных дел", new DateOnly(2027, 5, 10), "Tashkent", "Ташкент", 3, Hash, symbol, draft, paragraphs);

    private static readonly OfficialParagraph[] Four =
    [
        new("PP1", "Recalling the Treaty on Friendship, Good-Neighbourliness and Cooperation for the Development of Central Asia in the 21st Century,",
            "ссылаясь на Договор о дружбе, добрососедстве и сотрудничестве в целях развития Центральной Азии в XXI веке,"),
        new("PP2", "Mindful of the shared rivers of the Aral Sea basin,", "учитывая общие реки бассейна Аральского моря,"),
        new("OP1", "Agree to exchange hydrological data daily through the regional centre in Almaty;",
            "договорились ежедневно обмениваться гидрологическими данными через региональный центр в Алматы;"),
        new("OP2", "Decide to meet again in Ashgabat in 2028.", "решили снова встретиться в Ашхабаде в 2028 году."),
    ];

    /// <summary>A machine without a serif font still prints: the DejaVu Serif shipped in the assembly, three TrueType faces.</summary>
    [Fact]
    public void The_shipped_fallback_font_has_its_three_faces_as_TrueType_files()
    {
        var (name, faces) = PdfFonts.Shipped();
        Assert.Equal("DejaVu Serif", name);
        Assert.Equal(["bold", "italic", "regular"], faces.Keys.Order());
        Assert.All(faces.Values, face =>
        {
            Assert.True(face.Length > 100_000, $"{face.Length} bytes");
            Assert.Equal(new byte[] { 0, 1, 0, 0 }, face[..4]);
        });
    }

    [Fact]
    public async Task Every_paragraph_number_and_both_languages_text_are_read_back_with_the_title_block_header_and_page_number()
    {
        var pdf = OfficialTextPdf.Render(Text(Four));
        Poppler.Keep("four-paragraphs.pdf", pdf);

        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
        var pages = await Poppler.PagesAsync(pdf);
        var page = Assert.Single(pages);
        var text = Poppler.Flat(page);
        foreach (var paragraph in Four)
        {
            Assert.Contains(paragraph.Number, text);
            Assert.Contains(paragraph.English!, text);
            Assert.Contains(paragraph.Russian!, text);
        }

        foreach (var expected in new[]
                 {
                     "Joint Statement", "Совместное заявление", "Tashkent Joint Statement on Water and Energy", "Ташкентское совместное заявление о воде и энергетике",
                     "Council of Foreign Ministers", "Совет министров иностранных дел", "Tashkent, 10 May 2027", "Ташкент, 10 мая 2027 г.", "Version 3", "Версия 3",
                     Hash, "2027-tashkent-joint-statement", "Page 1 of 1 / Стр. 1 из 1",
                 })
        {
            Assert.Contains(expected, text);
        }

        Assert.DoesNotContain("Draft", text);
    }

    [Fact]
    public async Task A_draft_says_so_in_its_title_block_and_header()
    {
        var text = Poppler.Flat(Assert.Single(await Poppler.PagesAsync(OfficialTextPdf.Render(Text(Four, draft: true, symbol: null)))));
        Assert.Contains("Draft, version 3: not adopted", text);
        Assert.Contains("Проект, версия 3: не принят", text);
        Assert.Contains("DRAFT · Version 3", text);
        Assert.Contains("ПРОЕКТ · Версия 3", text);
    }

    [Fact]
    public async Task The_font_is_embedded_with_its_Cyrillic_and_the_text_is_real_text()
    {
        var pdf = OfficialTextPdf.Render(Text(Four));
        var fonts = await Poppler.FontsAsync(pdf);
        Assert.NotEmpty(fonts);
        Assert.All(fonts, f => Assert.True(f.Embedded, $"{f.Name} is embedded"));
        Assert.All(fonts, f => Assert.Matches("DejaVu ?Serif", f.Name));
        // Russian read back as letters, not as glyph numbers: the embedded font maps its glyphs to Unicode.
        Assert.Contains("гидрологическими", await Poppler.FlatTextAsync(pdf));
    }

    [Theory]
    [InlineData("kk", "Әділет ғылым қаңтар өңір ұлт үкімет һәм інім: ӘҒҚҢӨҰҮҺІ")]
    [InlineData("ky", "Өкмөт үчүн аңыз: ӨҮҢ")]
    [InlineData("tg", "Ғайрат дӯстӣ қонун ҳамкорӣ ҷумҳурӣ: ҒӢҚӮҲҶ")]
    [InlineData("tk", "Türkmenistanyň çäklendirilen žurnaly ýaşaýyş öý: ÇÄŇÖŞÜÝŽ")]
    [InlineData("uz", "Oʻzbekiston gʻalaba maʼlumot: Oʻ Gʻ")]
    public async Task Every_letter_of_a_state_s_language_is_printed_in_the_embedded_font_and_read_back(string language, string words)
    {
        // PDFsharp substitutes no font for a glyph the font lacks: a missing letter would vanish, and pdftotext would not find the words.
        var text = Text(Four) with { Language = language, Translation = new OfficialTranslation(language, words, words, Authentic: false) };

        var read = await Poppler.FlatTextAsync(OfficialTextPdf.Render(text));

        // Once as its title, once as its text.
        Assert.Equal(2, read.Split(words).Length - 1);
    }

    [Fact]
    public async Task Each_paragraph_starts_at_the_same_height_in_both_columns_and_below_the_longer_column_of_the_one_before()
    {
        // Paragraphs whose English is longer, then whose Russian is: the next paragraph starts below whichever is longer.
        var paragraphs = Enumerable.Range(1, 8).Select(i => new OfficialParagraph($"OP{i}",
            $"Alpha{i} " + string.Join(" ", Enumerable.Repeat("water energy transport", i % 2 == 0 ? 2 : 12)) + $" Omega{i}",
            $"Альфа{i} " + string.Join(" ", Enumerable.Repeat("вода энергетика транспорт", i % 2 == 0 ? 14 : 2)) + $" Омега{i}")).ToList();
        var pdf = OfficialTextPdf.Render(Text(paragraphs));
        var words = await Poppler.WordsAsync(pdf);
        PdfWord At(string text) => Assert.Single(words, w => w.Text == text);

        for (var i = 1; i <= 8; i++)
        {
            var (number, english, russian) = (At($"OP{i}"), At($"Alpha{i}"), At($"Альфа{i}"));
            Assert.Equal(english.YMin, russian.YMin, 0.5);
            Assert.Equal(english.YMin, number.YMin, 1.0);
            Assert.True(number.XMax <= english.XMin, $"OP{i} stands in the margin, left of the English");
            Assert.True(english.XMax < russian.XMin, $"the English of OP{i} is left of its Russian");
            if (i < 8)
            {
                var (next, ends) = (At($"Alpha{i + 1}"), new[] { At($"Omega{i}"), At($"Омега{i}") });
                Assert.True(ends.All(e => e.Page < next.Page || (e.Page == next.Page && e.YMax < next.YMin)),
                    $"OP{i + 1} starts below both columns of OP{i} (or on a later page)");
            }
        }

        // The longer column did wrap: a paragraph's end marker is lines below its start in that column only.
        Assert.True(At("Omega1").YMin > At("Alpha1").YMin + 20);
        Assert.True(At("Омега2").YMin > At("Альфа2").YMin + 20);
    }

    [Fact]
    public async Task A_long_text_runs_over_several_pages_with_the_header_and_page_number_on_each_and_a_long_paragraph_goes_on_in_both_columns()
    {
        var sentence = "The parties will cooperate on the rational use of water and energy resources of the region.";
        var предложение = "Стороны будут сотрудничать в рациональном использовании водно-энергетических ресурсов региона.";
        var paragraphs = Enumerable.Range(1, 30).Select(i => new OfficialParagraph($"OP{i}",
                $"Start{i} " + string.Join(" ", Enumerable.Repeat(sentence, 4)) + $" End{i}",
                $"Начало{i} " + string.Join(" ", Enumerable.Repeat(предложение, 4)) + $" Конец{i}"))
            .Append(new OfficialParagraph("OP31", "Start31 " + string.Join(" ", Enumerable.Repeat(sentence, 60)) + " End31",
                "Начало31 " + string.Join(" ", Enumerable.Repeat(предложение, 60)) + " Конец31"))
            .ToList();
        var pdf = OfficialTextPdf.Render(Text(paragraphs));
        Poppler.Keep("long-text.pdf", pdf);

        var pages = await Poppler.PagesAsync(pdf);
        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        for (var n = 1; n <= pages.Count; n++)
        {
            var page = Poppler.Flat(pages[n - 1]);
            Assert.Contains($"Page {n} of {pages.Count} / Стр. {n} из {pages.Count}", page);
            Assert.Contains("Tashkent Joint Statement on Water and Energy · Version 3", page);
            Assert.Contains("· Версия 3", page);
        }

        var text = Poppler.Flat(string.Join(" ", pages));
        foreach (var paragraph in paragraphs)
        {
            Assert.Contains(paragraph.Number, text);
        }

        // OP31 is longer than a page: it goes on over the next, both columns from the same line at the top of each page.
        var words = await Poppler.WordsAsync(pdf);
        var start = Assert.Single(words, w => w.Text == "Start31");
        Assert.Equal(start.Page, Assert.Single(words, w => w.Text == "Начало31").Page);
        var (end, конец) = (Assert.Single(words, w => w.Text == "End31"), Assert.Single(words, w => w.Text == "Конец31"));
        Assert.True(end.Page > start.Page && конец.Page > start.Page, "OP31 runs over a page in both languages");
        var russianX = Assert.Single(words, w => w.Text == "Начало31").XMin;
        for (var page = start.Page + 1; page <= Math.Min(end.Page, конец.Page); page++)
        {
            // Below the running header (its rule at about 40 pt from the top).
            var body = words.Where(w => w.Page == page && w.YMin > 45).ToList();
            var englishTop = body.Where(w => w.XMax < russianX).Min(w => w.YMin);
            var russianTop = body.Where(w => w.XMin >= russianX - 1).Min(w => w.YMin);
            Assert.Equal(englishTop, russianTop, 0.5);
        }
    }

    [Fact]
    public async Task A_paragraph_missing_in_one_language_leaves_that_column_blank_and_keeps_the_rows_aligned()
    {
        var pdf = OfficialTextPdf.Render(Text([new("P1", "Only English here.", null), new("P2", "Both2 languages.", "Оба2 языка.")]));
        var words = await Poppler.WordsAsync(pdf);
        Assert.Contains(words, w => w.Text == "English");
        Assert.Equal(Assert.Single(words, w => w.Text == "Both2").YMin, Assert.Single(words, w => w.Text == "Оба2").YMin, 0.5);
    }
}
