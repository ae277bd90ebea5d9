namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// The page a list was asked for in its query string (<c>page</c>, <c>pageSize</c>), once each list's default size is
/// applied: page numbers start at 1, and <see cref="Require"/> holds the size to the list's most.
/// </summary>
public readonly record struct Paging(int Number, int Size)
{
    /// <summary>This page, or a 400 under the list's own error code (<c>query.paging</c>, <c>public.paging</c>, …).</summary>
    public Paging Require(int maxSize, string code) => Number < 1 || Size < 1 || Size > maxSize
        ? throw new DomainException(DomainErrorKind.Invalid, code, $"page starts at 1; pageSize is 1 to {maxSize}.")
        : this;

    /// <summary>How many come before this page.</summary>
    public int Skip => (Number - 1) * Size;
}

public static class PagingExtensions
{
    public static IQueryable<T> Page<T>(this IQueryable<T> query, Paging paging) => query.Skip(paging.Skip).Take(paging.Size);

    public static IEnumerable<T> Page<T>(this IEnumerable<T> items, Paging paging) => items.Skip(paging.Skip).Take(paging.Size);
}
