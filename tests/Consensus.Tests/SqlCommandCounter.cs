using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SummitCoordination.Consensus.Tests;

/// <summary>
/// Every SQL command Consensus's DbContext runs inside an HTTP request, by request (<c>PUT /api/...</c>): what a request
/// costs in round trips, without the outbox dispatcher's or the consumers' own commands, which run outside any request.
/// </summary>
public sealed class SqlCommandCounter(IHttpContextAccessor requests) : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byRequest = new();

    public IReadOnlyList<string> Of(string method, string path) =>
        _byRequest.TryGetValue($"{method} {path}", out var commands) ? [.. commands] : [];

    public void Clear() => _byRequest.Clear();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        Count(command, result);

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(command, result));

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result) =>
        Count(command, result);

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<object> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(command, result));

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result) =>
        Count(command, result);

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default) => ValueTask.FromResult(Count(command, result));

    private T Count<T>(DbCommand command, T result)
    {
        if (requests.HttpContext?.Request is { } request)
        {
            _byRequest.GetOrAdd($"{request.Method} {request.Path}", _ => new()).Enqueue(command.CommandText);
        }

        return result;
    }
}
