namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// A reply that shows one version of a thing: its entity tag, from the version of the aggregate it shows (and of any
/// other whose fields it carries), made by <see cref="EntityTags.For"/>. Implemented explicitly, so it is not serialized.
/// </summary>
public interface IVersioned
{
    EntityTagHeaderValue ETag { get; }
}
