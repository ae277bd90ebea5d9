using SummitCoordination.BuildingBlocks.Persistence;

namespace SummitCoordination.BuildingBlocks.Deadlines;

/// <summary>
/// The DDL of Quartz's job store, read from the Quartz package itself so that it always matches the Quartz
/// version in use (each statement creates only what is missing). Each service's migration runs it for its provider.
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "QRTZ_";

    public static IReadOnlyList<string> Statements(DatabaseProvider provider)
    {
        var resource = provider switch
        {
            DatabaseProvider.Sqlite => "Quartz.Impl.AdoJobStore.Schema.create_sqlite.sql",
            DatabaseProvider.SqlServer => "Quartz.Impl.AdoJobStore.Schema.create_sqlServer.sql",
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        using var stream = typeof(Quartz.IJob).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The Quartz assembly does not embed {resource}.");
        using var reader = new StreamReader(stream);

        // The script separates statements with a line '--;;' and names tables '{0}' (prefix) and '{1}' (prefix without schema).
        return reader.ReadToEnd()
            .Split("\n--;;", StringSplitOptions.TrimEntries)
            .Select(s => s.Replace("{0}", TablePrefix).Replace("{1}", TablePrefix))
            .Where(s => s.Split('\n').Any(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("--", StringComparison.Ordinal)))
            .ToList();
    }
}
