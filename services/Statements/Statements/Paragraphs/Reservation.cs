namespace SummitCoordination.Statements.Paragraphs;

/// <summary>
/// A delegation's reservation on one paragraph (DOMAIN.md, Paragraphs): a position, seen as positions are (the
/// secretariat and the meeting's delegations, never an observer); its note is confidential to its state and the secretariat.
/// </summary>
public sealed class Reservation
{
    public Guid ParagraphId { get; private set; }
    public string Party { get; private set; } = "";
    public string? Note { get; private set; }
    public DateTime AtUtc { get; private set; }
    public string Actor { get; private set; } = "";

    private Reservation()
    {
    }

    public Reservation(Guid paragraphId, string party, string? note, DateTime atUtc, string actor)
    {
        ParagraphId = paragraphId;
        Party = party;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        AtUtc = atUtc;
        Actor = actor;
    }

    public void Restate(string? note, DateTime atUtc, string actor)
    {
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        AtUtc = atUtc;
        Actor = actor;
    }
}
