namespace SummitCoordination.Contracts;

/// <summary>Who acted, where no person did.</summary>
public static class Actors
{
    /// <summary>The service itself: a deadline that fell, a meeting that convened or closed, an item placed on the next meeting.</summary>
    public const string System = "system";
}
