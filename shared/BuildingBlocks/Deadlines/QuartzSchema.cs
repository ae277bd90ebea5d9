namespace SummitCoordination.BuildingBlocks.Deadlines;

/// <summary>
/// The DDL of Quartz's job store, copied from the Quartz package into <c>Deadlines/Schema</c> (one file per version and
/// dialect, embedded in this assembly), so that a migration that has run reads the same statements for ever, whatever
/// Quartz is installed later. A copy is never edited: a Quartz whose schema differs gets a copy of its own and a
/// migration that brings the store from the old copy to the new one (a test compares the installed Quartz with its copy).
/// </summary>
public static class QuartzSchema
{
    public const string TablePrefix = "QRTZ_";

    /// <summary>The statements that create the job store for <paramref name="provider"/>, as Quartz <paramref name="quartzVersion"/> wrote them.</summary>
    public static IReadOnlyList<string> Statements(DatabaseProvider provider, string quartzVersion)
    {
        var dialect = provider switch
        {
            DatabaseProvider.Sqlite => "sqlite",
            DatabaseProvider.SqlServer => "sqlserver",
            DatabaseProvider.PostgreSql => "postgres",
            _ => throw new ArgumentOutOfRangeException(nameof(provider)),
        };
        var ddl = Copy(quartzVersion, dialect)
            ?? throw new InvalidOperationException($"Deadlines/Schema holds no copy of Quartz {quartzVersion}'s {dialect} DDL.");

        // The script separates statements with a line '--;;' and names tables '{0}' (prefix) and '{1}' (prefix without schema).
        return ddl
            .Split("\n--;;", StringSplitOptions.TrimEntries)
            .Select(s => s.Replace("{0}", TablePrefix).Replace("{1}", TablePrefix))
            .Where(s => s.Split('\n').Any(line => line.Trim().Length > 0 && !line.TrimStart().StartsWith("--", StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>The copied DDL of one Quartz version for one dialect (sqlite, sqlserver, postgres), or null when there is no copy.</summary>
    public static string? Copy(string quartzVersion, string dialect)
    {
        using var stream = typeof(QuartzSchema).Assembly.GetManifestResourceStream($"QuartzSchema/quartz-{quartzVersion}-{dialect}.sql");
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }
}
