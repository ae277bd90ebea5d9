using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SummitCoordination.Contracts;
using SummitCoordination.Web.Services;

namespace SummitCoordination.Web.Tests;

/// <summary>The web app's own texts and a <see cref="Display"/> over them, with no service behind it: the texts' tests.</summary>
internal static class Displays
{
    /// <summary>Four states as the Scheduling service names them.</summary>
    public static readonly IReadOnlyDictionary<string, Party> Parties = new Dictionary<string, Party>
    {
        ["KAZ"] = new("KAZ", PartyKind.Member, "Kazakhstan", "Казахстан", "Asia/Almaty"),
        ["KGZ"] = new("KGZ", PartyKind.Member, "Kyrgyzstan", "Кыргызстан", "Asia/Bishkek"),
        ["TKM"] = new("TKM", PartyKind.Member, "Turkmenistan", "Туркменистан", "Asia/Ashgabat"),
        ["UZB"] = new("UZB", PartyKind.Member, "Uzbekistan", "Узбекистан", "Asia/Tashkent"),
    };

    public static IStringLocalizer<Strings> Texts() =>
        new StringLocalizer<Strings>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Resources" }), NullLoggerFactory.Instance));

    public static Display Create(IStringLocalizer<Strings>? texts = null, ILogger<Display>? log = null) =>
        new(new SchedulingClient(new HttpClient()), new MemoryCache(new MemoryCacheOptions()), texts ?? Texts(), log);
}
