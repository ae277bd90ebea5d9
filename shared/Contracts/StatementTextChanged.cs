namespace SummitCoordination.Contracts;

/// <summary>
/// A statement's text in one of the languages beyond its versions' English and Russian was put (issue 24): the public
/// pages of a published statement (<paramref name="Slug"/>) show it from now on.
/// </summary>
public sealed record StatementTextChanged(Guid StatementId, string? Slug, string Language, DateTime ChangedUtc);
