namespace SummitCoordination.Consensus.Records;

/// <summary>
/// What the record's PDF says around what was typed, in each of the seven languages (issue 24). Outcomes are listed in
/// <see cref="AgendaOutcome"/>'s order. English keeps the codes it has always printed (distribution, outcome); the five
/// states' languages were written without a native speaker (README, "Languages").
/// </summary>
public sealed record RecordLabels(
    string Final, string Draft, string Open, string Distribution, string General, string Limited, string CorrectionsUntil,
    string Attendance, string Agenda, string Statements, string Reservations, string Reservation, string Interpretative,
    string Absent, string Observer, string Present, string Head, string Item, string Statement, string OtherLanguageOnly, string DraftMark,
    IReadOnlyList<string>? Outcomes)
{
    public static readonly RecordLabels English = new("Final record", "Draft record", "Record being kept", "distribution: {0}", "General", "Limited",
        "Corrections until {0} UTC", "Attendance", "Agenda as taken", "Statements", "Reservations and interpretative statements", "Reservation",
        "Interpretative statement", "absent", "observer", "present", "head {0}", "item {0}", "statement", "(in Russian only)", "DRAFT", Outcomes: null);

    public static readonly RecordLabels Russian = new("Окончательный журнал", "Проект журнала", "Журнал ведётся", "распространение: {0}", "общее", "ограниченное",
        "Поправки до {0} UTC", "Участники", "Повестка дня в рассмотренном виде", "Выступления", "Оговорки и заявления о толковании", "Оговорка",
        "Заявление о толковании", "отсутствует", "наблюдатель", "присутствует", "глава {0}", "пункт {0}", "выступление", "(только на английском языке)", "ПРОЕКТ",
        ["принято", "передано на вышестоящий уровень", "принято к сведению", "заблокировано", "отложено", "передано вышестоящему органу", "отозвано",
            "процедура умолчания", "не рассматривалось"]);

    private static readonly Dictionary<string, RecordLabels> ByLanguage = new(StringComparer.Ordinal)
    {
        ["en"] = English,
        ["ru"] = Russian,
        ["kk"] = new("Түпкілікті хаттама", "Хаттаманың жобасы", "Хаттама жүргізілуде", "таратылуы: {0}", "жалпы", "шектеулі",
            "Түзетулер {0} UTC дейін", "Қатысу", "Қаралған күйіндегі күн тәртібі", "Мәлімдемелер", "Ескертпелер және түсіндіру туралы мәлімдемелер", "Ескертпе",
            "Түсіндіру туралы мәлімдеме", "қатыспады", "байқаушы", "қатысты", "делегация басшысы {0}", "{0}-мәселе", "мәлімдеме", "(тек орыс тілінде)", "ЖОБА",
            ["қабылданды", "келесі деңгейге жіберілді", "назарға алынды", "бұғатталды", "кейінге қалдырылды", "жоғары тұрған органға берілді", "қайтарып алынды",
                "үнсіздік рәсімі жүргізілуде", "қаралмады"]),
        ["ky"] = new("Биротоло протокол", "Протоколдун долбоору", "Протокол жүргүзүлүүдө", "таратылышы: {0}", "жалпы", "чектелген",
            "Оңдоолор {0} UTC чейин", "Катышуу", "Каралган түрүндөгү күн тартиби", "Билдирүүлөр", "Эскертүүлөр жана чечмелөө жөнүндө билдирүүлөр", "Эскертүү",
            "Чечмелөө жөнүндө билдирүү", "катышкан жок", "байкоочу", "катышты", "делегация башчысы {0}", "{0}-маселе", "билдирүү", "(орус тилинде гана)", "ДОЛБООР",
            ["кабыл алынды", "кийинки деңгээлге жөнөтүлдү", "маалыматка алынды", "бөгөттөлдү", "кийинкиге калтырылды", "жогору турган органга өткөрүлдү",
                "кайтарылып алынды", "унчукпоо жол-жобосу жүрүүдө", "каралган жок"]),
        ["tg"] = new("Журнали ниҳоӣ", "Лоиҳаи журнал", "Журнал пеш бурда мешавад", "тақсимот: {0}", "умумӣ", "маҳдуд",
            "Ислоҳҳо то {0} UTC", "Иштирок", "Рӯзнома дар шакли баррасишуда", "Изҳорот", "Эродҳо ва изҳороти тафсирӣ", "Эрод",
            "Изҳороти тафсирӣ", "ҳозир нест", "нозир", "ҳозир", "сарвари ҳайат {0}", "масъалаи {0}", "изҳорот", "(танҳо бо забони русӣ)", "ЛОИҲА",
            ["қабул шуд", "ба сатҳи навбатӣ фиристода шуд", "ба маълумот гирифта шуд", "манъ шуд", "мавқуф гузошта шуд", "ба мақоми болоӣ супорида шуд",
                "бозпас гирифта шуд", "дар тартиби хомӯшӣ", "баррасӣ нашуд"]),
        ["tk"] = new("Gutarnykly ýazgy", "Ýazgynyň taslamasy", "Ýazgy alnyp barylýar", "ýaýradylyşy: {0}", "umumy", "çäklendirilen",
            "Düzedişler {0} UTC çenli", "Gatnaşyjylar", "Seredilen gün tertibi", "Beýannamalar", "Şertler we düşündiriş beýannamalary", "Şert",
            "Düşündiriş beýannamasy", "gatnaşmady", "synçy", "gatnaşdy", "wekiliýetiň ýolbaşçysy {0}", "mesele {0}", "beýannama", "(diňe rus dilinde)", "TASLAMA",
            ["kabul edildi", "indiki derejä geçirildi", "maglumat üçin kabul edildi", "petiklendi", "soňa goýuldy", "ýokary edara geçirildi", "yzyna alyndy",
                "dymmaklyk tertibinde", "seredilmedi"]),
        ["uz"] = new("Yakuniy jurnal", "Jurnal loyihasi", "Jurnal yuritilmoqda", "tarqatish: {0}", "umumiy", "cheklangan",
            "Tuzatishlar {0} UTC gacha", "Ishtirok", "Koʻrib chiqilgan kun tartibi", "Bayonotlar", "Izohlar va talqin bayonotlari", "Izoh",
            "Talqin bayonoti", "qatnashmagan", "kuzatuvchi", "qatnashdi", "delegatsiya rahbari {0}", "{0}-masala", "bayonot", "(faqat rus tilida)", "LOYIHA",
            ["qabul qilindi", "keyingi darajaga yuborildi", "maʼlumot uchun qabul qilindi", "toʻsib qoʻyildi", "qoldirildi", "yuqori turuvchi organga oʻtkazildi",
                "qaytarib olindi", "sukut saqlash tartibida", "koʻrib chiqilmadi"]),
    };

    /// <summary>The labels in a language (one of the seven; English for any other).</summary>
    public static RecordLabels Of(string language) => ByLanguage.GetValueOrDefault(language, English);

    public string Status(RecordStatus status) => status switch
    {
        RecordStatus.Final => Final,
        RecordStatus.Draft => Draft,
        _ => Open,
    };

    /// <summary>An outcome in this language; English prints the outcome's own name, as it always has.</summary>
    public string Outcome(AgendaOutcome outcome) => Outcomes is null ? outcome.ToString() : Outcomes[(int)outcome];

    public string DistributionOf(string distribution) =>
        Format(Distribution, Outcomes is null ? distribution : distribution == "General" ? General : Limited);

    public static string Format(string pattern, object value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, value);
}
