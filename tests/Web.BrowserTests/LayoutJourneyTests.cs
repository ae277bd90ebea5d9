using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>
/// Issue 19, point 10: the main public and signed-in pages at a phone's, a tablet's and a laptop's width, in English and
/// Russian. The header's links sit inside the app bar (wide) or its drawer (narrow, opened by the menu button without
/// JavaScript), every one visible; no page scrolls sideways; axe finds nothing serious; a screenshot of each is kept.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    private static readonly (int Width, int Height)[] Screens = [(390, 844), (768, 1024), (1280, 800)];

    /// <summary>From this width the navigation sits in the bar (app.css); below it, behind the menu button.</summary>
    private const int WideFrom = 1100;

    [Theory]
    [InlineData("en")]
    [InlineData("ru")]
    public async Task The_main_pages_fit_a_phone_a_tablet_and_a_laptop_with_the_navigation_in_the_bar_or_its_drawer(string language)
    {
        var russian = language == "ru";
        var journey = new Journey($"layout-{language}");
        var anonymous = await fixture.NewVisitorAsync(russian ? "ru-RU,ru;q=0.9" : "en-GB,en;q=0.9");
        var secretariat = await SignInAsync(russian, delegation: false);
        var delegation = await SignInAsync(russian, delegation: true);
        (IPage Page, string Url, string Name)[] visits =
        [
            (anonymous, "/", "home"),
            (anonymous, "/statements", "statements"),
            (anonymous, $"/statements/{fixture.Result.Slug}", "statement"),
            (anonymous, "/commitments", "commitments"),
            (anonymous, "/instruments", "instruments"),
            (anonymous, "/calendar", "calendar"),
            (secretariat, "/secretariat", "secretariat"),
            (delegation, "/delegation", "my-meetings"),
        ];

        foreach (var (width, height) in Screens)
        {
            foreach (var (page, url, name) in visits)
            {
                await page.SetViewportSizeAsync(width, height);
                await page.GotoAsync(url);
                await Expect(page.Locator("main h1").First).ToBeVisibleAsync();
                if (page != anonymous)
                {
                    await Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);
                }

                await HeaderFitsAsync(page, width, $"{name} at {width}");
                await NoSidewaysScrollAsync(page, $"{name} at {width}");
                if (name == "commitments" && width < 600)
                {
                    await NamesAboveValuesAsync(page, $"{name} at {width}");
                }

                if (name is "my-meetings" or "secretariat" && width < 600)
                {
                    await InboxFoldsAsync(page, russian, name == "secretariat" ? "notifications" : "inbox");
                }

                await journey.CheckAsync(page, $"{name}-{width}");
                if (width < WideFrom && name is "home" or "secretariat")
                {
                    await OpenDrawerAsync(page, width, $"{name} at {width}");
                    await journey.CheckAsync(page, $"{name}-{width}-menu");
                }
            }
        }
    }

    [Fact]
    public async Task Without_JavaScript_the_menu_button_opens_the_navigation_on_a_phone()
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.Address.ToString(),
            JavaScriptEnabled = false,
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            ReducedMotion = ReducedMotion.Reduce,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/commitments");
        await Expect(page.Locator(".site-bar nav.site-nav")).ToBeHiddenAsync();
        await page.GetByText("Menu", new() { Exact = true }).Or(page.Locator(".nav-menu > summary")).First.ClickAsync();
        var drawer = page.Locator(".nav-drawer nav");
        await Expect(drawer.GetByRole(AriaRole.Link, new() { Name = "Treaties" })).ToBeVisibleAsync();
        await drawer.GetByRole(AriaRole.Link, new() { Name = "Calendar" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/calendar$"));
        await context.CloseAsync();
    }

    private async Task<IPage> SignInAsync(bool russian, bool delegation)
    {
        var page = await fixture.NewVisitorAsync(russian ? "ru-RU,ru;q=0.9" : "en-GB,en;q=0.9");
        var returnUrl = delegation ? "/delegation" : "/secretariat";
        await page.GotoAsync($"/signin?returnUrl={Uri.EscapeDataString(returnUrl)}");
        var label = (delegation, russian) switch
        {
            (true, true) => "Делегация: Казахстан",
            (true, false) => "Delegation of Kazakhstan",
            (false, true) => "Секретариат",
            _ => "Secretariat",
        };
        await page.GetByLabel(label, new() { Exact = true }).CheckAsync();
        await page.GetByLabel(russian ? "Ваше имя (необязательно)" : "Your name (optional)").FillAsync(delegation ? "Aigerim Nurlanovna" : "Aru Planner");
        await page.GetByRole(AriaRole.Button, new() { Name = russian ? "Войти" : "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(returnUrl) + "$"));
        return page;
    }

    /// <summary>
    /// A delegation's inbox, and the secretariat's on its console, show their latest eight messages at a first visit (the
    /// shared host starts with more than that for Kazakhstan, BrowserFixture.InboxOverTheFoldAsync, and its summit week
    /// decided more items than that), the rest on asking, and fold again: a phone does not scroll through a hundred
    /// messages to reach the meetings or the calendar.
    /// </summary>
    private static async Task InboxFoldsAsync(IPage page, bool russian, string list)
    {
        // The console's live events (other journeys' acts, arriving as this one looks) stand above its messages, never folded.
        var lines = page.Locator($"#{list} > li:not(.live)");
        var more = page.Locator($"#{list}-more");
        await Expect(more).ToHaveTextAsync(new Regex(russian ? @"^Показать все сообщения \(\d+\)$" : @"^Show all \d+ messages$"));
        await Expect(lines).ToHaveCountAsync(8);
        var all = int.Parse(Regex.Match(await more.InnerTextAsync(), @"\d+").Value, System.Globalization.CultureInfo.InvariantCulture);
        await more.ClickAsync();
        await Expect(lines).ToHaveCountAsync(all);
        await Expect(more).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(more).ToHaveTextAsync(russian ? "Показать только последние" : "Show the latest only");
        await more.ClickAsync();
        await Expect(lines).ToHaveCountAsync(8);
    }

    /// <summary>The bar keeps its one row (56 px on a phone, 64 wider); every link of the header is visible and inside the header's width.</summary>
    private static async Task HeaderFitsAsync(IPage page, int width, string where)
    {
        var bar = page.Locator(".site-bar");
        var barBox = (await bar.BoundingBoxAsync())!;
        Assert.True(barBox.Height <= 64.5, $"{where}: the bar is {barBox.Height} px high (it wrapped)");
        var inBar = width >= WideFrom
            ? bar.Locator("nav.site-nav").GetByRole(AriaRole.Link)
            : bar.Locator(".nav-menu > summary");
        await Expect(page.Locator(".site-name")).ToBeVisibleAsync();
        await Inside(page.Locator(".site-name"), barBox, where);
        if (width >= WideFrom)
        {
            await Expect(bar.Locator(".nav-menu")).ToBeHiddenAsync();
            Assert.True(await inBar.CountAsync() >= 5, $"{where}: the bar shows {await inBar.CountAsync()} links");
        }
        else
        {
            await Expect(bar.Locator("nav.site-nav")).ToBeHiddenAsync();
        }

        foreach (var link in await inBar.AllAsync())
        {
            await Expect(link).ToBeVisibleAsync();
            await Inside(link, barBox, where);
        }

        // The strip above the bar: language, inbox, who is signed in; each within the screen. The language switch shows
        // its row of seven on a wide screen and its disclosure on a narrower one (issue 24): one of them is shown.
        Assert.True(await page.Locator(".language-switch a:visible, .language-switch summary:visible").CountAsync() > 0, $"{where}: no language switch shown");
        foreach (var item in await page.Locator(".utility-bar a:visible, .utility-bar button:visible, .utility-bar summary:visible").AllAsync())
        {
            await Expect(item).ToBeVisibleAsync();
            var box = (await item.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5, $"{where}: '{await item.InnerTextAsync()}' is outside the screen ({box.X}+{box.Width})");
        }
    }

    /// <summary>The menu button opens the drawer: every link visible, within the screen, below the bar.</summary>
    private static async Task OpenDrawerAsync(IPage page, int width, string where)
    {
        await page.Locator(".nav-menu > summary").ClickAsync();
        var links = page.Locator(".nav-drawer nav").GetByRole(AriaRole.Link);
        Assert.True(await links.CountAsync() >= 5, where);
        var barBox = (await page.Locator(".site-bar").BoundingBoxAsync())!;
        foreach (var link in await links.AllAsync())
        {
            await Expect(link).ToBeVisibleAsync();
            var box = (await link.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= width + 0.5 && box.Y >= barBox.Y + barBox.Height - 0.5,
                $"{where}: the drawer's '{await link.InnerTextAsync()}' is at {box.X},{box.Y} ({box.Width}×{box.Height})");
        }
    }

    private static async Task Inside(ILocator element, LocatorBoundingBoxResult bar, string where)
    {
        var box = (await element.BoundingBoxAsync())!;
        Assert.True(box.X >= bar.X - 0.5 && box.X + box.Width <= bar.X + bar.Width + 0.5 && box.Y >= bar.Y - 0.5 && box.Y + box.Height <= bar.Y + bar.Height + 0.5,
            $"{where}: '{await element.InnerTextAsync()}' at {box.X},{box.Y} ({box.Width}×{box.Height}) is outside the bar at {bar.X},{bar.Y} ({bar.Width}×{bar.Height})");
    }

    /// <summary>
    /// Neither the page nor any table in it scrolls sideways: a table wider than its box (MudBlazor lets it scroll inside
    /// the box) hides its last columns on a phone, where a reader does not think to swipe a table.
    /// </summary>
    private static async Task NoSidewaysScrollAsync(IPage page, string where)
    {
        var sizes = await page.EvaluateAsync<JsonElement>("""
            () => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth,
                     wide: [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1).slice(0, 5).map(e => e.tagName + '.' + e.className),
                     tables: [...document.querySelectorAll('main table')].filter(t => t.getBoundingClientRect().width > t.parentElement.clientWidth + 1)
                       .map(t => `${(t.closest('.mud-table') ?? t).className}: ${Math.round(t.getBoundingClientRect().width)} px in ${t.parentElement.clientWidth}`) })
            """);
        Assert.True(sizes.GetProperty("scroll").GetInt32() <= sizes.GetProperty("client").GetInt32(),
            $"{where}: the page scrolls sideways ({sizes.GetProperty("scroll")} > {sizes.GetProperty("client")}): {sizes.GetProperty("wide")}");
        Assert.True(sizes.GetProperty("tables").GetArrayLength() == 0, $"{where}: a table scrolls sideways: {sizes.GetProperty("tables")}");
    }

    /// <summary>
    /// In a table stacked for a phone (a block per row, each value with its column's name) every value starts at the
    /// row's left edge, under its name: beside it, a long value squeezed the name to a letter a line.
    /// </summary>
    private static async Task NamesAboveValuesAsync(IPage page, string where)
    {
        var offsets = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('main td[data-label]')].filter(td => td.textContent.trim()).map(td => {
              const range = document.createRange(); range.selectNodeContents(td);
              const first = range.getClientRects()[0];
              return { label: td.dataset.label, offset: first ? Math.round(first.left - td.getBoundingClientRect().left) : 0 };
            })
            """);
        Assert.True(offsets.GetArrayLength() > 0, $"{where}: no labelled cell");
        var beside = offsets.EnumerateArray().Where(o => o.GetProperty("offset").GetInt32() > 40).Select(o => o.ToString()).ToList();
        Assert.True(beside.Count == 0, $"{where}: values beside their names, not under them: {string.Join(", ", beside.Take(5))}");
    }
}
