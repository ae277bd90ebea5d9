namespace SummitCoordination.Statements.Paragraphs;

/// <summary>One entry of a statement's paragraph history: which paragraph (by id, and its number then, "OP4 (was OP3)"), what, who and when.</summary>
public sealed class ParagraphEvent
{
    public Guid Id { get; private set; }
    public Guid ParagraphId { get; private set; }
    public string Number { get; private set; } = "";
    public int Version { get; private set; }
    public ParagraphEventKind Kind { get; private set; }
    public string? Party { get; private set; }
    public string? Detail { get; private set; }
    public string Actor { get; private set; } = "";
    public DateTime AtUtc { get; private set; }

    private ParagraphEvent()
    {
    }

    public ParagraphEvent(Paragraph paragraph, int version, ParagraphEventKind kind, string? party, string? detail, string actor, DateTime atUtc)
    {
        Id = Guid.NewGuid();
        ParagraphId = paragraph.Id;
        Number = paragraph.Label;
        Version = version;
        Kind = kind;
        Party = party;
        Detail = detail is { Length: > 2000 } ? detail[..2000] : detail;
        Actor = actor;
        AtUtc = atUtc;
    }
}
