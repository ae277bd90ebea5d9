namespace SummitCoordination.Statements.Public;

/// <summary>The one way the service writes an Atom feed (the public statements, the document register): its self link, UTF-8 without a mark.</summary>
public static class AtomFeed
{
    public const string MediaType = "application/atom+xml; charset=utf-8";

    /// <summary>A stored UTC time as the feed's dates want it.</summary>
    public static DateTimeOffset Utc(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    public static async Task<byte[]> WriteAsync(SyndicationFeed feed, Uri self)
    {
        feed.Links.Add(new SyndicationLink(self, "self", null, "application/atom+xml", 0));
        using var buffer = new MemoryStream();
        await using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Async = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
            await writer.FlushAsync();
        }

        return buffer.ToArray();
    }
}
