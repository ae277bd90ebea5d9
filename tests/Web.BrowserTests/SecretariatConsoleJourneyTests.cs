using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace SummitCoordination.Web.BrowserTests;

/// <summary>Issue 12 (first part): the secretariat schedules a meeting in the browser, postpones it, and moves it to another host.</summary>
[Collection(BrowserCollection.Name)]
public sealed class SecretariatConsoleJourneyTests(BrowserFixture fixture)
{
    /// <summary>An interactive page answers to input once its circuit is up; before that a prerendered copy shows.</summary>
    private static Task Interactive(IPage page) => Expect(page.Locator("[data-interactive=true]")).ToHaveCountAsync(1);

    [Fact]
    public async Task The_secretariat_schedules_a_meeting_past_a_warning_postpones_it_and_moves_it_to_another_host()
    {
        var journey = new Journey("console");
        var page = await fixture.NewVisitorAsync();
        await page.GotoAsync("/signin?returnUrl=%2Fsecretariat");
        await page.GetByLabel("Secretariat", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Your name (optional)").FillAsync("Aru Planner");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Secretariat console", Level = 1 })).ToBeVisibleAsync();

        // The calendar, as a timeline of the month of the statement scenario's summit week.
        await page.GotoAsync($"/secretariat?month={BrowserFixture.Year}-09");
        await Interactive(page);
        await page.GetByLabel("View").SelectOptionAsync(new SelectOptionValue { Label = "Timeline by body" });
        await Expect(page.GetByRole(AriaRole.Rowheader, new() { Name = "Consultative Meeting of the Heads of State of Central Asia" })).ToBeVisibleAsync();
        await journey.CheckAsync(page, "calendar-timeline");

        await page.GetByRole(AriaRole.Link, new() { Name = "Schedule a meeting" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Schedule a meeting", Level = 1 })).ToBeVisibleAsync();
        await Interactive(page);
        var year = BrowserFixture.Year + 1;
        await page.GetByLabel("Body (type to search)").FillAsync("Council of Foreign Ministers");
        await page.GetByLabel("Body (type to search)").BlurAsync();
        await page.GetByLabel("Host state").SelectOptionAsync(new SelectOptionValue { Label = "Kazakhstan" });
        await Expect(page.GetByLabel("Time zone of the venue")).ToHaveValueAsync("Asia/Almaty");
        await Expect(page.GetByLabel("City", new() { Exact = true })).ToHaveValueAsync("Astana");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Palace of Independence");
        await page.GetByLabel("Venue", new() { Exact = true }).BlurAsync();
        // 19:00 to 22:00 in Astana: past the venue's working hours, a warning that needs a reason.
        await page.GetByLabel("Start (local time of the venue)").FillAsync($"{year}-03-10T19:00");
        await page.GetByLabel("Start (local time of the venue)").BlurAsync();
        await Expect(page.GetByText(new Regex("^Warning: .*working hours"))).ToBeVisibleAsync();
        await Expect(page.GetByText(new Regex("^Will be chaired by"))).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Head of delegation of Uzbekistan")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" })).ToBeDisabledAsync();
        await page.GetByLabel("Reason for going ahead despite the warnings").FillAsync("The ministers dine together after the session");
        await page.GetByLabel("Reason for going ahead despite the warnings").BlurAsync();
        await journey.CheckAsync(page, "schedule-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Schedule the meeting" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/secretariat/meetings/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("Council of Foreign Ministers");
        await Expect(page.Locator("#meeting-status")).ToHaveTextAsync("Planned");
        await Interactive(page);
        await journey.CheckAsync(page, "meeting-planned");

        // Postponed with a reason, then held in Ashgabat instead.
        await page.GetByRole(AriaRole.Button, new() { Name = "Postpone…" }).ClickAsync();
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Floods in the host region");
        await page.GetByRole(AriaRole.Button, new() { Name = "Postpone the meeting" }).ClickAsync();
        await Expect(page.Locator("#meeting-status")).ToHaveTextAsync("Postponed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reschedule or move…" }).ClickAsync();
        await page.GetByLabel("Host state").SelectOptionAsync(new SelectOptionValue { Label = "Turkmenistan" });
        await Expect(page.GetByLabel("Time zone of the venue")).ToHaveValueAsync("Asia/Ashgabat");
        await page.GetByLabel("Venue", new() { Exact = true }).FillAsync("Oguzkhan Palace");
        await page.GetByLabel("Start (local time of the venue)").FillAsync($"{year}-04-14T10:00");
        await page.GetByLabel("End (local time of the venue)").FillAsync($"{year}-04-14T13:00");
        await page.GetByLabel("End (local time of the venue)").BlurAsync();
        await journey.CheckAsync(page, "meeting-move-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reschedule the meeting" }).ClickAsync();

        await Expect(page.Locator("#meeting-status")).ToHaveTextAsync("Planned");
        await Expect(page.GetByText("Oguzkhan Palace, Ashgabat (Turkmenistan)")).ToBeVisibleAsync();
        var history = page.GetByRole(AriaRole.List).Filter(new() { HasText = "moved from KAZ (Astana) to TKM (Ashgabat)" });
        await Expect(history).ToBeVisibleAsync();
        await Expect(page.GetByText("override: The ministers dine together after the session")).ToBeVisibleAsync();
        await journey.CheckAsync(page, "meeting-moved");
    }
}
