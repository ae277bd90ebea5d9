using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>A small value kept as one JSON text column, the same on SQLite and SQL Server (null stays a null column).</summary>
public static class JsonColumn
{
    public static PropertyBuilder<T> HasJsonConversion<T>(this PropertyBuilder<T> property) where T : class?
    {
        property.HasConversion(
            v => JsonSerializer.Serialize(v, MessageJson.Options),
            v => JsonSerializer.Deserialize<T>(v, MessageJson.Options)!,
            new ValueComparer<T>(
                (a, b) => JsonSerializer.Serialize(a, MessageJson.Options) == JsonSerializer.Serialize(b, MessageJson.Options),
                v => JsonSerializer.Serialize(v, MessageJson.Options).GetHashCode(),
                v => JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(v, MessageJson.Options), MessageJson.Options)!));
        return property;
    }
}
