using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>Issue 10, sections 2 and 6: signing in on the Development host as the secretariat and as a delegation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SignInJourneyTests(BrowserFixture fixture)
{
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

        // The secretariat's pages open (interactive) for them; the delegation's do not.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Secretariat" }).ClickAsync();
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

        await page.GetByLabel("Делегация: Кыргызстан").CheckAsync();
        await page.GetByLabel("Ваше имя (необязательно)").FillAsync("Aida Toktogulova");
        await page.GetByRole(AriaRole.Button, new() { Name = "Войти" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/delegation$"));
        await Expect(page.GetByRole(AriaRole.Status, new() { Name = "Выполнен вход" })).ToContainTextAsync("Вы вошли как Aida Toktogulova (Делегация: Кыргызстан)");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Делегация: Кыргызстан", Level = 1 })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "delegation-home-ru");
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
