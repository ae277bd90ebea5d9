namespace SummitCoordination.Contracts;

/// <summary>What one entry of a statement's paragraph history records (<c>GET /api/statements/{id}/paragraphs/history</c>).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParagraphEventKind>))]
public enum ParagraphEventKind
{
    /// <summary>The paragraph's text was changed, inserted or moved (a new version).</summary>
    Revised,
    Inserted,
    Removed,
    Agreed,
    AgreedAdReferendum,
    AdReferendumConfirmed,
    AdReferendumLapsed,
    Bracketed,
    OptionsTabled,
    OptionSupported,
    OptionChosen,
    ReservationEntered,
    ReservationWithdrawn,
}
