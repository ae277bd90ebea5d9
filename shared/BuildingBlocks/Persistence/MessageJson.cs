namespace SummitCoordination.BuildingBlocks.Persistence;

/// <summary>How outbox payloads are written and read back.</summary>
public static class MessageJson
{
    private static readonly System.Reflection.Assembly ContractsAssembly = typeof(MeetingScheduled).Assembly;

    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>A message as a stored row keeps it (the outbox, a parked message): its type's full name and its JSON.</summary>
    public static (string Type, string Payload) Write(object message) =>
        (message.GetType().FullName!, JsonSerializer.Serialize(message, message.GetType(), Options));

    /// <summary>
    /// A stored message read back: its type (a contract, found by the full name <see cref="Write"/> kept) and the message.
    /// <paramref name="row"/> names the row for the error when no contract has that name.
    /// </summary>
    public static (Type Type, object Message) Read(string type, string payload, string row)
    {
        var contract = ContractsAssembly.GetType(type) ?? throw new InvalidOperationException($"{row} names unknown message type {type}.");
        return (contract, JsonSerializer.Deserialize(payload, contract, Options)!);
    }

    /// <summary>An error kept with a row, cut to its column's length.</summary>
    public static string Cut(string error, int length) => error.Length > length ? error[..length] : error;
}
