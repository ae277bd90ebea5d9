using Microsoft.AspNetCore.Mvc;

namespace SummitCoordination.BuildingBlocks.Http;

/// <summary>A request the framework could not read (bad JSON, a value of the wrong type, an unknown field, a bad query value) as 400 with the field named.</summary>
public static partial class RequestErrors
{
    public static ProblemDetails From(BadHttpRequestException bad)
    {
        if (bad.StatusCode != StatusCodes.Status400BadRequest)
        {
            return new ProblemDetails { Status = bad.StatusCode, Detail = bad.Message };
        }

        var (field, message) = bad.InnerException switch
        {
            JsonException json => FromJson(json),
            _ => FromBinding(bad.Message),
        };
        var problem = new ValidationProblemDetails(new Dictionary<string, string[]> { [field] = [message] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "The request has invalid fields.",
            Detail = $"{field}: {message}",
        };
        problem.Extensions["code"] = "request.invalid";
        return problem;
    }

    private static (string Field, string Message) FromJson(JsonException json)
    {
        var path = Field(json.Path);
        var unmapped = Unmapped().Match(json.Message);
        if (unmapped.Success)
        {
            var name = unmapped.Groups[1].Value;
            var field = path == "body" ? name : path.EndsWith(name, StringComparison.Ordinal) ? path : $"{path}.{name}";
            return (field, "Unknown field: this operation does not take it.");
        }

        // Our own converters say what they want; the serializer's messages name .NET types, which a client cannot use.
        var message = json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal)
            || json.Message.Contains("is invalid after", StringComparison.Ordinal)
            || json.Message.Contains("LineNumber", StringComparison.Ordinal)
            ? path == "body" ? "The body is not valid JSON." : "Not a valid value for this field."
            : json.Message;
        return (path, message);
    }

    private static string Field(string? jsonPath)
    {
        if (string.IsNullOrEmpty(jsonPath) || jsonPath == "$")
        {
            return "body";
        }

        return jsonPath.StartsWith("$.", StringComparison.Ordinal) ? jsonPath[2..] : jsonPath.TrimStart('$');
    }

    private static (string Field, string Message) FromBinding(string message)
    {
        var parameter = Parameter().Match(message);
        if (parameter.Success)
        {
            return (parameter.Groups[1].Value, $"Not a valid value: '{parameter.Groups[2].Value}'.");
        }

        var required = Required().Match(message);
        return required.Success ? (required.Groups[1].Value, "Required.") : ("body", "The request could not be read.");
    }

    [GeneratedRegex("The JSON property '([^']+)' could not be mapped")]
    private static partial Regex Unmapped();

    [GeneratedRegex("""Failed to bind parameter "\S+ (\w+)" from "([^"]*)"\.""")]
    private static partial Regex Parameter();

    [GeneratedRegex("""Required parameter "\S+ (\w+)" was not provided""")]
    private static partial Regex Required();
}
