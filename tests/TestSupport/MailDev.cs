using System.Net.Http.Json;
using System.Text.Json;
using MimeKit;

namespace SummitCoordination.TestSupport;

/// <summary>
/// The private SMTP server the test command starts (deploy/mail/maildev.sh: npm's maildev on loopback), read back over its
/// REST API: <c>SUMMIT_TEST_SMTP</c> is its SMTP host:port, <c>SUMMIT_TEST_MAILDEV</c> its REST address. Each test writes to
/// addresses of its own, so tests sharing the server read only their own mail. Each mail is read whole (its source) and
/// parsed with MimeKit, as a mail program would.
/// </summary>
public sealed class MailDev
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    public string Rest { get; } = Environment.GetEnvironmentVariable("SUMMIT_TEST_MAILDEV") ?? throw Missing();

    public string SmtpHost { get; }

    public int SmtpPort { get; }

    public MailDev()
    {
        var smtp = Environment.GetEnvironmentVariable("SUMMIT_TEST_SMTP") ?? throw Missing();
        var colon = smtp.LastIndexOf(':');
        (SmtpHost, SmtpPort) = (smtp[..colon], int.Parse(smtp[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static InvalidOperationException Missing() => new(
        "SUMMIT_TEST_SMTP / SUMMIT_TEST_MAILDEV are not set: run the tests with ./test.sh, which starts a private maildev, or start one with " +
        "deploy/mail/maildev.sh start and export SUMMIT_TEST_SMTP=\"$(deploy/mail/maildev.sh smtp)\" SUMMIT_TEST_MAILDEV=\"$(deploy/mail/maildev.sh url)\".");

    /// <summary>Every mail that arrived for <paramref name="address"/>, oldest first, parsed.</summary>
    public async Task<IReadOnlyList<MimeMessage>> MailsToAsync(string address)
    {
        var mails = new List<MimeMessage>();
        foreach (var id in await IdsToAsync(address))
        {
            await using var source = await Http.GetStreamAsync($"{Rest}/api/email/{id}/source");
            mails.Add(await MimeMessage.LoadAsync(source));
        }

        return mails;
    }

    /// <summary>maildev's ids of the mails that arrived for <paramref name="address"/>, oldest first.</summary>
    public async Task<IReadOnlyList<string>> IdsToAsync(string address)
    {
        var list = await Http.GetFromJsonAsync<JsonElement>($"{Rest}/api/email");
        return list.EnumerateArray()
            .Where(mail => mail.GetProperty("envelope").GetProperty("to").EnumerateArray()
                .Any(t => string.Equals(t.GetProperty("address").GetString(), address, StringComparison.OrdinalIgnoreCase)))
            .Select(mail => mail.GetProperty("id").GetString()!)
            .ToList();
    }

    /// <summary>Where maildev serves a mail's HTML part, as a mail program shows it (for a browser to open and look at).</summary>
    public string HtmlUrl(string id) => $"{Rest}/api/email/{id}/html";

    /// <summary>Waits until <paramref name="count"/> mails (at least) arrived for the address; returns them all.</summary>
    public Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count = 1, TimeSpan? timeout = null) =>
        Eventually.Until(() => MailsToAsync(address), mails => mails.Count >= count, timeout ?? TimeSpan.FromSeconds(30), $"{count} mail(s) to {address}");

    /// <summary>An address no other test writes to.</summary>
    public static string Address(string who) => $"{who}.{Guid.NewGuid():N}@mail.test";
}
