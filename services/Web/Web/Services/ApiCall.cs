namespace SummitCoordination.Web.Services;

/// <summary>
/// The one way a page runs a call to a service (issue 20, point 8): a refusal (the service's problem details, an
/// <see cref="ApiException"/>) is handed to the page's display of it instead of thrown; what the call does when it goes
/// through is written in the call itself. A page shows the refusal with <c>RefusalAlert</c> (in words) or
/// <see cref="FormErrors"/> (next to the fields it concerns).
/// </summary>
public static class ApiCall
{
    /// <summary>Runs <paramref name="call"/>; a refusal goes to <paramref name="refused"/>. True when the call went through.</summary>
    public static async Task<bool> RunAsync(Func<Task> call, Action<ApiProblem> refused)
    {
        try
        {
            await call();
            return true;
        }
        catch (ApiException e)
        {
            refused(e.Problem);
            return false;
        }
    }

    /// <summary>Runs <paramref name="call"/>; a refusal goes to <paramref name="refused"/>, which may itself tell others (a component's callback).</summary>
    public static async Task<bool> RunAsync(Func<Task> call, Func<ApiProblem, Task> refused)
    {
        try
        {
            await call();
            return true;
        }
        catch (ApiException e)
        {
            await refused(e.Problem);
            return false;
        }
    }

    /// <summary>
    /// A change sent from a part of a page that shows refusals in words at the page's head: what the page said is
    /// cleared, the change sent, and the page told to read again (<paramref name="changed"/>) or told the refusal
    /// (<paramref name="said"/>).
    /// </summary>
    public static async Task<bool> ChangeAsync(Func<Task> change, EventCallback changed, EventCallback<string?> said)
    {
        await said.InvokeAsync(null);
        return await RunAsync(async () =>
        {
            await change();
            await changed.InvokeAsync();
        }, p => said.InvokeAsync(p.Message));
    }

    /// <summary>
    /// The call's answer, or <paramref name="fallback"/> when the service refuses it: for what a page can show without
    /// (a service that has not yet heard of a meeting scheduled a moment ago).
    /// </summary>
    public static async Task<T> OrAsync<T>(Func<Task<T>> call, T fallback)
    {
        try
        {
            return await call();
        }
        catch (ApiException)
        {
            return fallback;
        }
    }
}
