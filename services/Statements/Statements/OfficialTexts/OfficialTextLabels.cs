namespace SummitCoordination.Statements.OfficialTexts;

/// <summary>
/// What the official text's PDF says around the statement's words, in each of the seven languages (issue 24): the
/// kinds, the version and draft marks, the content hash, and whether a text beyond the authentic pair is authentic or a
/// translation. The five states' languages were written without a native speaker (README, "Languages").
/// </summary>
public sealed record OfficialTextLabels(
    string JointStatement, string Declaration, string Communique, string ChairmansStatement,
    string Version, string DraftVersion, string DraftMark, string ContentHash, string Authentic, string Translation)
{
    public static readonly OfficialTextLabels English = new("Joint Statement", "Declaration", "Communiqué", "Chairman's Statement",
        "Version {0}", "Draft, version {0}: not adopted", "DRAFT", "Content hash (SHA-256)", "Authentic text",
        "Translation: only the authentic texts are official");

    public static readonly OfficialTextLabels Russian = new("Совместное заявление", "Декларация", "Коммюнике", "Заявление председателя",
        "Версия {0}", "Проект, версия {0}: не принят", "ПРОЕКТ", "Хеш содержимого", "Аутентичный текст",
        "Перевод: официальны только аутентичные тексты");

    private static readonly Dictionary<string, OfficialTextLabels> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = English,
        ["ru"] = Russian,
        ["kk"] = new("Бірлескен мәлімдеме", "Декларация", "Коммюнике", "Төрағаның мәлімдемесі",
            "{0}-нұсқа", "Жоба, {0}-нұсқа: қабылданбаған", "ЖОБА", "Мәтіннің SHA-256 мәні", "Түпнұсқа мәтін",
            "Аударма: ресми күші тек түпнұсқа мәтіндерде бар"),
        ["ky"] = new("Биргелешкен билдирүү", "Декларация", "Коммюнике", "Төраганын билдирүүсү",
            "{0}-версия", "Долбоор, {0}-версия: кабыл алынган эмес", "ДОЛБООР", "Тексттин SHA-256 мааниси", "Аутентикалык текст",
            "Котормо: расмий күчкө аутентикалык тексттер гана ээ"),
        ["tg"] = new("Изҳороти муштарак", "Эъломия", "Коммюнике", "Изҳороти раис",
            "Таҳрири {0}", "Лоиҳа, таҳрири {0}: қабул нашудааст", "ЛОИҲА", "Хеши матн (SHA-256)", "Матни аслӣ",
            "Тарҷума: танҳо матнҳои аслӣ эътибори расмӣ доранд"),
        ["tk"] = new("Bilelikdäki beýannama", "Jarnama", "Kommýunike", "Başlygyň beýannamasy",
            "Wersiýa {0}", "Taslama, wersiýa {0}: kabul edilmedi", "TASLAMA", "Tekstiň SHA-256 kody", "Asyl tekst",
            "Terjime: diňe asyl tekstler resmi güýje eýedir"),
        ["uz"] = new("Qoʻshma bayonot", "Deklaratsiya", "Kommyunike", "Rais bayonoti",
            "{0}-tahrir", "Loyiha, {0}-tahrir: qabul qilinmagan", "LOYIHA", "Matnning SHA-256 qiymati", "Asl matn",
            "Tarjima: faqat asl matnlar rasmiy kuchga ega"),
    };

    /// <summary>The labels in a language (one of the seven; English for any other).</summary>
    public static OfficialTextLabels Of(string language) => ByLanguage.GetValueOrDefault(language, English);

    public string Kind(StatementKind kind) => kind switch
    {
        StatementKind.JointStatement => JointStatement,
        StatementKind.Declaration => Declaration,
        StatementKind.Communique => Communique,
        StatementKind.ChairmansStatement => ChairmansStatement,
        _ => kind.ToString(),
    };

    public string VersionOf(int version, bool draft) => string.Format(System.Globalization.CultureInfo.InvariantCulture, draft ? DraftVersion : Version, version);
}
