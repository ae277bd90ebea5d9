using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>What the services' mappings share, said once.</summary>
public static class EntityMapping
{
    /// <summary>
    /// The head of a mapping for a thing whose <c>Guid Id</c> the domain makes (an id of its own, or the id of the thing it
    /// copies from another service), never the database: its table and that key.
    /// </summary>
    public static EntityTypeBuilder<T> ToTableWithId<T>(this EntityTypeBuilder<T> entity, string table)
        where T : class
    {
        entity.ToTable(table);
        entity.HasKey("Id");
        entity.Property<Guid>("Id").ValueGeneratedNever();
        return entity;
    }
}
