namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// Entity tags (RFC 9110, 8.8.3) from an aggregate's <c>Version</c>: a write answers the new state with its tag, so the
/// caller needs no read-back; a read answers 304 to a caller that already holds that version (<c>If-None-Match</c>);
/// a write may name the version it was made against (<c>If-Match</c>) and is refused with 412 once the thing moved on.
/// The tag is strong (<c>"12"</c>): one version of an aggregate is one state. What a caller is shown of that state
/// depends on who asks (a note only to its author), so the tag is compared by each caller against its own copies.
/// </summary>
public static class EntityTags
{
    /// <summary>
    /// The strong tag of an aggregate's version (<c>"12"</c>); a reply that also carries fields of another aggregate (a
    /// meeting shows its body's name) names that one's version too (<c>"12.3"</c>), so either change gives a new tag.
    /// </summary>
    public static EntityTagHeaderValue For(long version, params long[] others) => new($"\"{string.Join('.', [version, .. others])}\"");

    /// <summary>
    /// Tags the reply of the endpoint with the version it shows (a reply that is <see cref="IVersioned"/>), and answers
    /// 304 Not Modified, without a body, to a GET whose <c>If-None-Match</c> names it. The handler has run by then, so who
    /// may not see the thing still gets the handler's 404.
    /// </summary>
    public static TBuilder WithEntityTag<TBuilder>(this TBuilder endpoint)
        where TBuilder : IEndpointConventionBuilder =>
        endpoint.AddEndpointFilter(async (context, next) =>
        {
            var result = await next(context);
            if (result is not IValueHttpResult { Value: IVersioned versioned })
            {
                return result;
            }

            var http = context.HttpContext;
            var tag = versioned.ETag;
            http.Response.GetTypedHeaders().ETag = tag;
            return (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && NoneMatchFails(http.Request, tag)
                ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
                : result;
        });

    /// <summary>
    /// Refuses a write whose <c>If-Match</c> names none of the current version (strong comparison; <c>*</c> matches any
    /// current state): 412 problem details with the current tag, and nothing is changed. Without the header, passes.
    /// </summary>
    public static void RequireIfMatch(IList<EntityTagHeaderValue>? ifMatch, long version, string what)
    {
        if (ifMatch is not { Count: > 0 })
        {
            return;
        }

        var current = For(version);
        if (ifMatch.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: true)))
        {
            return;
        }

        throw new DomainException(DomainErrorKind.PreconditionFailed, "precondition.version-changed",
            $"The {what} is now at version {version}, not the one named in If-Match; read it again.",
            new Dictionary<string, object?> { ["etag"] = current.ToString() });
    }

    // If-None-Match uses the weak comparison (RFC 9110, 13.1.2).
    private static bool NoneMatchFails(HttpRequest request, EntityTagHeaderValue current) =>
        request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } held
        && held.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
}
