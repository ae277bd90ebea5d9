using System.Globalization;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// Instants in requests (DOMAIN.md: times are instants): ISO 8601 with an explicit offset (<c>Z</c> or <c>+05:00</c>),
/// between <see cref="Earliest"/> and <see cref="Latest"/>. Anything else is refused with the field named.
/// </summary>
public static class Instants
{
    public static readonly DateTimeOffset Earliest = new(1990, 1, 1, 0, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Latest = new(2100, 12, 31, 23, 59, 59, TimeSpan.Zero);

    public const string Rule = "An instant in ISO 8601 with an offset (e.g. 2026-03-02T10:00:00+05:00 or ...Z), between 1990-01-01 and 2100-12-31.";

    public static DateTimeOffset Parse(string? text)
    {
        if (text is null || !HasOffset(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            throw new JsonException(Rule);
        }

        return value < Earliest || value > Latest ? throw new JsonException(Rule) : value;
    }

    private static bool HasOffset(string text)
    {
        var t = text.IndexOf('T');
        if (t < 0)
        {
            return false;
        }

        var time = text[(t + 1)..];
        return time.EndsWith('Z') || time.EndsWith('z') || time.Contains('+') || time.Contains('-');
    }
}

public sealed class InstantOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Instants.Parse(reader.GetString()) : throw new JsonException(Instants.Rule);

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>A <see cref="DateTime"/> in a request is an instant too: it must carry an offset, and is kept in UTC.</summary>
public sealed class InstantUtcConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Instants.Parse(reader.GetString()).UtcDateTime : throw new JsonException(Instants.Rule);

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
