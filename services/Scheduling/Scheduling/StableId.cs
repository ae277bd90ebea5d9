namespace SummitCoordination.Scheduling;

/// <summary>Ids of seeded things derive from their names, so every instance of the service seeds the same ids.</summary>
public static class StableId
{
    public static Guid For(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("summit-coordination:" + name));
        return new Guid(hash.AsSpan(0, 16));
    }
}
