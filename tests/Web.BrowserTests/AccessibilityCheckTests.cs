namespace SummitCoordination.Web.BrowserTests;

/// <summary>The accessibility check every journey runs finds what it is there to find (it is not a check that cannot fail).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityCheckTests(BrowserFixture fixture) : IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The journey's pages are closed when it ends (<see cref="BrowserFixture.CloseVisitorsAsync"/>).</summary>
    public Task DisposeAsync() => fixture.CloseVisitorsAsync();

    [Fact]
    public async Task The_check_finds_an_image_without_text_and_a_button_without_a_name_and_nothing_on_a_clean_page()
    {
        var page = await fixture.NewVisitorAsync();
        await page.SetContentAsync("<!doctype html><html lang='en'><head><title>t</title></head><body><main><h1>t</h1><img src='data:,'><button></button></main></body></html>");
        var found = await Axe.ViolationsAsync(page);
        Assert.Contains(found, v => v.Id == "image-alt" && v.Impact == "critical" && v.Nodes.Single().StartsWith("<img"));
        Assert.Contains(found, v => v.Id == "button-name" && v.Impact == "critical");

        await page.SetContentAsync("<!doctype html><html lang='en'><head><title>t</title></head><body><main><h1>t</h1><img src='data:,' alt='A seal'><button>Send</button></main></body></html>");
        Assert.Empty(await Axe.ViolationsAsync(page));
        await page.Context.CloseAsync();
    }
}
