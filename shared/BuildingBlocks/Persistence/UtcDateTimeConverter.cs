using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>Every instant is stored as UTC; SQLite gives back an unspecified kind, so say it again on read.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
