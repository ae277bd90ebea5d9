namespace SummitCoordination.BuildingBlocks.Handlers;

/// <summary>
/// One act of the service: a request (what the caller asks, already bound and validated) and its handler (loads, asks
/// the aggregate, saves). An endpoint binds, calls <see cref="HandleAsync"/> and maps the result; nothing else. The
/// plain shape of CleanArchitecture's request handlers, without a mediator library.
/// </summary>
public interface IHandler<in TRequest, TResult>
{
    Task<TResult> HandleAsync(TRequest request, CancellationToken cancellationToken);
}
