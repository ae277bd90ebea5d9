namespace SummitCoordination.Statements.Public;

/// <summary>
/// What observers read, anonymously (issue 5, section 5): only the read model of published statements and their
/// commitments. Nothing here touches drafts, amendments, versions other than the published one, or positions.
/// Replies are rendered once per revision of the public data (<see cref="PublicReadCache"/>).
/// </summary>
public static class PublicEndpoints
{
    public const int MaxPageSize = 100;

    public static IEndpointRouteBuilder MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/public").WithTags("Public").AllowAnonymous();
        group.MapGet("/statements", ListAsync)
            .Produces<PublicStatementPage>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status304NotModified).Produces(StatusCodes.Status302Found)
            .WithSummary("Published statements, newest first: q (words in title and text), year, format, partner, party, kind, language, meetingId (the meeting that published them), page, pageSize. A browser (Accept: text/html) is sent to the /statements page.");
        group.MapGet("/statements/{slug}", OneAsync)
            .Produces<PublicStatement>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status304NotModified).Produces(StatusCodes.Status302Found)
            .WithSummary("One published statement by its slug, as JSON. A browser (Accept: text/html, or the .html suffix) is sent to its /statements/{slug} page (?lang=ru: in Russian).");
        group.MapGet("/statements/{slug}.pdf", PdfAsync)
            .Produces<Stream>(StatusCodes.Status200OK, OfficialTextPdf.MediaType).Produces(StatusCodes.Status304NotModified)
            .WithSummary("The official text of a published statement as a PDF: A4, English and Russian in aligned columns paragraph by paragraph, with its kind, meeting, date and place, version and content hash. ?lang=kk (ky, tg, tk, uz): the page numbers in that language too and the statement's text in it after the pair; 400 for a language the site does not have.");
        group.MapGet("/feed.atom", FeedAsync).Produces<string>(StatusCodes.Status200OK, "application/atom+xml").Produces(StatusCodes.Status304NotModified).WithSummary("An Atom feed of the latest publications.");
        group.MapGet("/commitments", PartyCommitmentsAsync).WithSummary("Commitments of published statements, for one party (?party=KAZ): what it committed to and what is done.");
        return app;
    }

    private static async Task<IResult> ListAsync([AsParameters] PublicStatementSearch search, HttpContext http, PublicReads reads, CancellationToken ct)
    {
        search = search.Checked();
        if (PrefersHtml(http.Request))
        {
            // A browser reads the web app's page, with its search form, at the same query.
            return Results.Redirect($"/statements{http.Request.QueryString}");
        }

        return HttpCaching.Serve(http, await reads.PageAsync(search, http.Request.QueryString.ToString(), ct));
    }

    private static async Task<IResult> OneAsync(HttpContext http, string slug, string? lang, PublicReads reads, CancellationToken ct)
    {
        var language = (lang ?? "en").Trim().ToLowerInvariant();
        if (slug.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || PrefersHtml(http.Request))
        {
            // A browser reads the web app's page; ?lang=ru (or kk, ky, tg, tk, uz) chooses that language there (the language switch's cookie).
            var page = $"/statements/{Uri.EscapeDataString(slug.EndsWith(".html", StringComparison.OrdinalIgnoreCase) ? slug[..^".html".Length] : slug)}";
            return Results.Redirect(language != "en" && Languages.StatementLanguages.All.Contains(language)
                ? $"/language/{language}?returnUrl={Uri.EscapeDataString(page)}" : page);
        }

        return HttpCaching.Serve(http, await reads.StatementAsync(slug, language, ct));
    }

    private static async Task<IResult> PdfAsync(HttpContext http, string slug, string? lang, PublicReads reads, CancellationToken ct)
    {
        var language = PdfLanguage.Parse(lang);
        return HttpCaching.Serve(http, await reads.PdfAsync(slug, language, ct), fileName: language is "en" or "ru" ? $"{slug}.pdf" : $"{slug}-{language}.pdf");
    }

    private static bool PrefersHtml(HttpRequest request)
    {
        var accept = request.GetTypedHeaders().Accept;
        var htmlQuality = accept.Where(a => a.MediaType == "text/html").Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        var jsonQuality = accept.Where(a => a.MediaType == "application/json" || a.MediaType == "*/*").Select(a => a.Quality ?? 1).DefaultIfEmpty(0).Max();
        return htmlQuality > 0 && htmlQuality >= jsonQuality;
    }

    private static async Task<IResult> FeedAsync(HttpContext http, PublicReads reads, CancellationToken ct) =>
        HttpCaching.Serve(http, await reads.FeedAsync($"{http.Request.Scheme}://{http.Request.Host}", ct));

    private static async Task<IResult> PartyCommitmentsAsync(HttpContext http, PublicReads reads, string? party, CancellationToken ct) =>
        HttpCaching.Serve(http, await reads.CommitmentsAsync(string.IsNullOrWhiteSpace(party) ? null : party.Trim().ToUpperInvariant(), ct));
}
