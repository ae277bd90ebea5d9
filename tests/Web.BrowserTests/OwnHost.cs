using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// A journey's own embedded host on a real port, whose clock is a <see cref="FakeTimeProvider"/> the journey moves (Quartz
/// schedules by it), and its own Chromium: for the journeys a shared host cannot serve, because they move its clock.
/// </summary>
public sealed class OwnHost : IAsyncDisposable
{
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    private OwnHost(bool harness, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services)
    {
        // Timers that tick on the moved clock every few seconds would each fire once per period passed over: slowed hourly.
        App = new SummitApp(kestrel: true, harness: harness, settings: SummitApp.WithMovedClock(settings), services: s =>
        {
            s.AddSingleton<TimeProvider>(Clock);
            services?.Invoke(s);
        });
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public SummitApp App { get; }

    public static async Task<OwnHost> StartAsync(bool harness = false, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        var host = new OwnHost(harness, settings, services);
        _ = host.App.Address;
        host._playwright = await Playwright.CreateAsync();
        host._browser = await BrowserFixture.LaunchAsync(host._playwright);
        Assertions.SetDefaultExpectTimeout(20_000);
        return host;
    }

    /// <summary>A fresh browser context (no cookies) in the given language and window size.</summary>
    public async Task<IPage> VisitorAsync(string acceptLanguage, int width = 1280, int height = 900)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.Address.ToString(),
            Locale = acceptLanguage.Split(',')[0],
            ReducedMotion = ReducedMotion.Reduce,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            ExtraHTTPHeaders = new Dictionary<string, string> { ["Accept-Language"] = acceptLanguage },
        });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    /// <summary>Development sign-in as <paramref name="who"/> (the role or state chosen on the page), landing on <paramref name="returnUrl"/> once it answers to input.</summary>
    public async Task<IPage> SignInAsync(string acceptLanguage, string who, string signIn, string returnUrl, int width = 1280, int height = 900)
    {
        var page = await VisitorAsync(acceptLanguage, width, height);
        await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel(who, new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = signIn }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        App.Dispose();
    }
}
