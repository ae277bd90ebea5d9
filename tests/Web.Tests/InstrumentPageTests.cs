using System.Net;
using System.Net.Http.Json;
using SummitCoordination.TestSupport;

namespace SummitCoordination.Web.Tests;

/// <summary>Issue 11, section 4: the public status page of an instrument, like the UN Treaty Collection's tables.</summary>
public sealed class InstrumentPageTests : IDisposable
{
    private readonly SummitApp _app = new();

    public void Dispose() => _app.Dispose();

    [Fact]
    public async Task The_status_page_lists_each_party_with_its_signature_ratification_and_entry_into_force_in_English_and_Russian()
    {
        var english = _app.CreateClient();
        var russian = _app.CreateClient();
        russian.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ru-RU");
        Assert.Contains("No instrument has been opened for signature yet.", await english.GetStringAsync("/instruments"));

        var treaty = await RecordScenarios.TreatyAsync(new Summit(_app.ClientAs), 2023);

        var list = await Eventually.Until(() => english.GetStringAsync("/instruments"), p => p.Contains($"/instruments/{treaty.Instrument}"),
            TimeSpan.FromSeconds(30), "the list to show the treaty once the cache is evicted");
        Assert.Contains("Treaty on Regional Water Cooperation (2023)", list);
        var page = await english.GetStringAsync($"/instruments/{treaty.Instrument}");
        Assert.Contains("Status of signature and ratification", page);
        Assert.Contains("after 3 ratifications, 30 days after the deposit that completes them", page);
        Assert.Contains("In force · since 31 March 2024", page);
        Assert.Contains("Kazakhstan", page);
        Assert.Contains("20 May 2023", page);
        Assert.Contains("15 January 2024", page);
        Assert.Contains("1 September 2023", page);
        var ruPage = await russian.GetStringAsync($"/instruments/{treaty.Instrument}");
        Assert.Contains("Договор о региональном водном сотрудничестве", ruPage);
        Assert.Contains("Казахстан", ruPage);
        Assert.Contains("15 января 2024 г.", ruPage);
        Assert.Contains("с 31 марта 2024 г.", ruPage);

        var missing = await english.GetAsync($"/instruments/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("Page not found", await missing.Content.ReadAsStringAsync());
    }
}
