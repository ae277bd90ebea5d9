using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SummitCoordination.TestSupport;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>Issue 10, sections 2 and 6: signing in on the Development host as the secretariat and as a delegation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    [Fact]
    public async Task A_person_signs_in_as_the_secretariat_sees_who_they_are_and_signs_out()
    {
        var journey = new Journey("secretariat");
        var page = await fixture.NewVisitorAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "signin");

        await page.GetByLabel("Secretariat", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Your name (optional)").FillAsync("Dana Secretariat");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var who = page.GetByRole(AriaRole.Status, new() { Name = "Signed in" });
        await Expect(who).ToContainTextAsync("Signed in as Dana Secretariat (Secretariat)");

        // Signed in from the header's link (no page asked for), the secretariat lands on its console (issue 19, point 11).
        await Expect(page).ToHaveURLAsync(new Regex("/secretariat$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Secretariat console", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "secretariat-home");
        await page.GotoAsync("/delegation");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl=%2Fdelegation"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Signed in" })).ToHaveCountAsync(0);
        await journey.CheckAsync(page, "signed-out");
    }

    [Fact]
    public async Task An_anonymous_visitor_to_the_delegation_pages_signs_in_as_a_delegation_in_Russian_and_comes_back()
    {
        var journey = new Journey("delegation");
        var page = await fixture.NewVisitorAsync("ru-RU,ru;q=0.9");
        await page.GotoAsync("/delegation");
        await Expect(page).ToHaveURLAsync(new Regex("/signin\\?returnUrl=%2Fdelegation"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Войти", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "signin-ru");
        // Each choice has room after it (they ran together: "Секретариат○ Делегация: …"), and the coordinator's box sits
        // beside its words, not in the middle of an input's width.
        var gaps = await page.EvaluateAsync<double[]>("""
            () => {
              const choices = [...document.querySelectorAll('fieldset .choice')].map(c => c.getBoundingClientRect());
              const sameLine = choices.slice(1).map((c, i) => [choices[i], c]).filter(([a, b]) => Math.abs(a.top - b.top) < 2);
              const box = document.querySelector('#focal-point').getBoundingClientRect();
              const words = document.querySelector('label[for=focal-point]').getBoundingClientRect();
              return [Math.min(...sameLine.map(([a, b]) => b.left - a.right)), words.left - box.right, sameLine.length];
            }
            """);
        Assert.True(gaps[2] > 0, "the choices share a line on a wide screen");
        Assert.True(gaps[0] >= 12, $"the choices are {gaps[0]} px apart");
        Assert.True(gaps[1] is >= 0 and <= 12, $"the coordinator's box is {gaps[1]} px from its words");

        await page.GetByLabel("Делегация: Кыргызстан").CheckAsync();
        await page.GetByLabel("Ваше имя (необязательно)").FillAsync("Aida Toktogulova");
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/delegation$"));
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Выполнен вход" })).ToContainTextAsync("Вы вошли как Aida Toktogulova (Делегация: Кыргызстан)");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Делегация: Кыргызстан", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "delegation-home-ru");
    }

    [Fact]
    public async Task A_delegation_signed_in_without_a_page_asked_for_lands_on_its_meetings_where_a_concluded_meeting_is_past_not_upcoming()
    {
        var journey = new Journey("delegation-landing");
        var summit = new Summit(fixture.App.ClientAs);
        var year = BrowserFixture.Year + 11;
        var concluded = await summit.MeetingAsync("Council of Foreign Ministers", new DateTimeOffset(year, 5, 12, 10, 0, 0, TimeSpan.FromHours(5)));
        var upcoming = await summit.MeetingAsync("National Coordinators", new DateTimeOffset(year, 5, 5, 10, 0, 0, TimeSpan.FromHours(5)));
        await summit.ConveneAsync(concluded);
        var secretariat = await fixture.App.Secretariat();
        (await secretariat.PostAsync($"/api/meetings/{concluded}/conclude", null)).EnsureSuccessStatusCode();
        var concludedTitle = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{concluded}")).GetProperty("title").GetString()!;
        var upcomingTitle = (await secretariat.GetFromJsonAsync<JsonElement>($"/api/meetings/{upcoming}")).GetProperty("title").GetString()!;

        var page = await fixture.NewVisitorAsync();
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.GetByLabel("Delegation of Turkmenistan").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/delegation$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Delegation of Turkmenistan", Level = 1 })).ToBeVisibleAsync();
        var mine = page.Locator(".mine-table");
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = upcomingTitle, Exact = true })).ToBeVisibleAsync();
        await Expect(mine.GetByRole(AriaRole.Link, new() { Name = concludedTitle, Exact = true })).ToHaveCountAsync(0);
        var past = page.GetByRole(AriaRole.Region, new() { Name = "Past meetings" });
        await Expect(past.GetByRole(AriaRole.Listitem).Filter(new() { HasText = concludedTitle })).ToContainTextAsync("Concluded");
        await journey.CheckAsync(page, "delegation-landing");
    }

    [Fact]
    public async Task The_sign_in_page_refuses_a_name_outside_the_allowed_letters_with_a_message_and_signs_nobody_in()
    {
        var page = await fixture.NewVisitorAsync();
        await page.GotoAsync("/signin");
        await page.GetByLabel("Secretariat", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Your name (optional)").FillAsync("<script>");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("A name has up to 64 Latin letters");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
    }
}
