using Microsoft.AspNetCore.Components.Server.Circuits;

namespace SummitCoordination.Web.Services;

/// <summary>
/// The services of the interactive circuit now handling an event. <c>IHttpContextAccessor</c> is no use inside a circuit
/// (there is no request), so a handler created by <c>IHttpClientFactory</c> (in its own scope) finds the circuit's signed-in
/// person through this (the pattern of the ASP.NET Core docs, "Access server-side Blazor services from a different DI scope").
/// </summary>
public sealed class CircuitServicesAccessor
{
    private static readonly AsyncLocal<IServiceProvider?> Current = new();

    public IServiceProvider? Services
    {
        get => Current.Value;
        set => Current.Value = value;
    }
}

/// <summary>Sets <see cref="CircuitServicesAccessor.Services"/> for the duration of each inbound circuit activity.</summary>
public sealed class CircuitServicesActivityHandler(IServiceProvider services, CircuitServicesAccessor accessor) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(Func<CircuitInboundActivityContext, Task> next) =>
        async context =>
        {
            accessor.Services = services;
            try
            {
                await next(context);
            }
            finally
            {
                accessor.Services = null;
            }
        };
}
