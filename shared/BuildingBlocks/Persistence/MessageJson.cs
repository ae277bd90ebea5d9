namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>How outbox payloads are written and read back.</summary>
public static class MessageJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>A message as a stored row keeps it (the outbox, a parked message): its type's full name and its JSON.</summary>
    public static (string Type, string Payload) Write(object message) =>
        (message.GetType().FullName!, JsonSerializer.Serialize(message, message.GetType(), Options));

    /// <summary>An error kept with a row, cut to its column's length.</summary>
    public static string Cut(string error, int length) => error.Length > length ? error[..length] : error;
}
