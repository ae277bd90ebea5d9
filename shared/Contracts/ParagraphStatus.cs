namespace SummitCoordination.Contracts;

/// <summary>A paragraph's standing in the negotiation (DOMAIN.md, Paragraphs). A paragraph nobody bracketed stands agreed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParagraphStatus>))]
public enum ParagraphStatus
{
    Agreed,

    /// <summary>Agreed subject to confirmation by one state's capital by a date.</summary>
    AgreedAdReferendum,

    /// <summary>In square brackets: the whole paragraph or a span of it, possibly with options.</summary>
    Bracketed,
}
