using Microsoft.AspNetCore.Http.HttpResults;

namespace SummitCoordination.BuildingBlocks.Messaging;

/// <summary>For the secretariat's operators: the messages a service parked or could not apply, and re-driving one.</summary>
public static class MessageOperationsEndpoints
{
    public static IEndpointRouteBuilder MapMessageOperations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/operations/{service}/messages").WithTags("Operations").RequireAuthorization(Policies.Secretariat);
        group.MapGet("/", async Task<Ok<IReadOnlyList<ParkedMessageResponse>>> (string service, IServiceProvider services, CancellationToken ct) =>
                TypedResults.Ok(await Operations(services, service).ListAsync(ct)))
            .WithSummary("The messages this service parked (sent again automatically, with growing delays) or could not apply (failed).");
        group.MapPost("/{id:guid}/redrive", async Task<Ok<ParkedMessageResponse>> (string service, Guid id, IServiceProvider services, CancellationToken ct) =>
                TypedResults.Ok(await Operations(services, service).RedriveAsync(id, ct)))
            .WithSummary("Sends a parked or failed message to its consumer again now.");
        return app;
    }

    private static IMessageOperations Operations(IServiceProvider services, string service) =>
        services.GetKeyedService<IMessageOperations>(service.ToLowerInvariant())
        ?? throw new DomainException(DomainErrorKind.NotFound, "service.not-found", $"No service '{service}' runs in this host.");
}
