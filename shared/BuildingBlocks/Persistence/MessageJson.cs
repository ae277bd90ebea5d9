using System.Text.Json;
using System.Text.Json.Serialization;

namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>How outbox payloads are written and read back.</summary>
public static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
