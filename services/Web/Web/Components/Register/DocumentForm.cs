namespace SummitCoordination.Web.Components.Register;

/// <summary>
/// What the secretariat writes of a document on the register's pages (registering it, editing it): titles, date,
/// distribution with its recipients, derestriction date. A level that does not take a field sends none of it (no
/// recipients unless Restricted, no derestriction date on a General document), so what the page hides is not sent.
/// </summary>
public sealed class DocumentForm
{
    public static readonly IReadOnlyList<string> Levels = ["General", "Limited", "Restricted"];

    /// <summary>The service's fields (as its refusals name them) → the fields of the form.</summary>
    public static readonly IReadOnlyDictionary<string, string> Fields = new Dictionary<string, string>
    {
        ["title"] = "title", ["titleRu"] = "titleRu", ["documentDate"] = "documentDate", ["level"] = "level", ["recipients"] = "recipients",
        ["derestrictOn"] = "derestrictOn", ["meetingId"] = "meeting", ["kind"] = "kind", ["series"] = "series", ["itemTitle"] = "item",
    };

    public string Title { get; set; } = "";

    public string TitleRu { get; set; } = "";

    public DateOnly DocumentDate { get; set; }

    public string Level { get; set; } = "Limited";

    public HashSet<string> Recipients { get; } = new(StringComparer.Ordinal);

    public DateOnly? DerestrictOn { get; set; }

    public bool Restricted => Level == "Restricted";

    public bool CanDerestrict => Level != "General";

    public string? TitleRuOrNull => string.IsNullOrWhiteSpace(TitleRu) ? null : TitleRu.Trim();

    public IReadOnlyList<string>? RecipientsOrNull => Restricted ? Recipients.Order(StringComparer.Ordinal).ToList() : null;

    public DateOnly? DerestrictOnOrNull => CanDerestrict ? DerestrictOn : null;

    public static DocumentForm Of(RegisterDocument d)
    {
        var form = new DocumentForm { Title = d.Title, TitleRu = d.TitleRu ?? "", DocumentDate = d.DocumentDate, Level = d.Level, DerestrictOn = d.DerestrictOn };
        form.Recipients.UnionWith(d.Recipients);
        return form;
    }

    /// <summary>The edit of <paramref name="d"/>: what the form says, the rest (kind, item) as it is.</summary>
    public DocumentEdit Edit(RegisterDocument d) =>
        new(d.Kind, Title.Trim(), TitleRuOrNull, Level, RecipientsOrNull, DocumentDate, DerestrictOnOrNull, d.ItemId, d.ItemTitle);

    /// <summary>A title is required: the page says so before sending.</summary>
    public bool Complete(FormErrors errors)
    {
        errors.Clear();
        if (string.IsNullOrWhiteSpace(Title))
        {
            errors.Require("title", "Problem.Field.title");
        }

        return !errors.Any;
    }
}
