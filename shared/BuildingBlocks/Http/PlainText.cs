using System.Globalization;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>
/// What a name or a text may hold: no control characters but tab, line feed and carriage return (NUL among them), and
/// no bidirectional controls (U+202A–U+202E, U+2066–U+2069), which make a text read differently from what it says
/// ("right-to-left override"). Checked once for every string of every JSON body (<see cref="UsePlainTextBodies"/>), so
/// no field of any service, validated or not, stores them.
/// </summary>
public static class PlainText
{
    public const string Rule = "Text may not contain control characters (other than tab, line feed and carriage return) or bidirectional controls (U+202A–U+202E, U+2066–U+2069).";

    public static bool IsRefused(char c) =>
        (char.IsControl(c) && c is not '\t' and not '\n' and not '\r') || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';

    /// <summary>Why the value is refused (naming the first refused character), or null when it is plain text.</summary>
    public static string? Problem(string? value)
    {
        if (value is null)
        {
            return null;
        }

        foreach (var c in value)
        {
            if (IsRefused(c))
            {
                return $"Contains U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}. {Rule}";
            }
        }

        return null;
    }

    /// <summary>
    /// The first string in a JSON document that is not plain text, with its field named as in the JSON
    /// (<c>delegations[0].headName</c>; <c>body</c> for a bare string), or null. A document that is not JSON is left to
    /// the deserializer to refuse.
    /// </summary>
    public static (string Field, string Message)? FirstRefusal(ReadOnlySpan<byte> json)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not JsonTokenType.PropertyName and not JsonTokenType.EndObject and not JsonTokenType.EndArray
                    && frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1].Index++;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1].Property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                        frames.Add(new Frame(false));
                        break;
                    case JsonTokenType.StartArray:
                        frames.Add(new Frame(true));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        break;
                    case JsonTokenType.String when Problem(reader.GetString()) is { } problem:
                        return (Path(frames), problem);
                }
            }
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }

        return null;
    }

    private static string Path(List<Frame> frames)
    {
        var path = new StringBuilder();
        foreach (var frame in frames)
        {
            if (frame.IsArray)
            {
                path.Append('[').Append(frame.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
            }
            else
            {
                path.Append(path.Length == 0 ? "" : ".").Append(frame.Property);
            }
        }

        return path.Length == 0 ? "body" : path.ToString();
    }

    /// <summary>
    /// Refuses, before the endpoint reads it, a JSON body with a string that is not plain text: 400 problem details
    /// naming the field, like any other invalid field.
    /// </summary>
    public static IApplicationBuilder UsePlainTextBodies(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        if (context.GetEndpoint() is not null && request.HasJsonContentType() && (request.ContentLength ?? 1) > 0
            && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            request.EnableBuffering();
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, context.RequestAborted);
            request.Body.Position = 0;
            if (FirstRefusal(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is { } refusal)
            {
                throw DomainException.InvalidField(refusal.Field, refusal.Message);
            }
        }

        await next(context);
    });

    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;

        public int Index { get; set; } = -1;

        public string? Property { get; set; }
    }
}
