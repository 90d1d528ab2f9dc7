using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace TalentMatch.FunctionalTests.Infrastructure;

/// <summary>
/// Every SQL command EF Core sends during a request that carries the <see cref="Header"/>, by
/// the header's value: a test counts a request's database round trips without timing anything.
/// </summary>
public sealed class SqlCommandLog(IHttpContextAccessor http) : DbCommandInterceptor
{
    public const string Header = "X-Test-Request";

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> _byRequest = new();

    /// <summary>The commands sent while serving the request tagged <paramref name="tag"/>, in order.</summary>
    public IReadOnlyList<string> For(string tag) => _byRequest.TryGetValue(tag, out var commands) ? [.. commands] : [];

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Record(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(command);
        return ValueTask.FromResult(result);
    }

    private void Record(DbCommand command)
    {
        if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } tag)
        {
            _byRequest.GetOrAdd(tag, _ => new ConcurrentQueue<string>()).Enqueue(command.CommandText);
        }
    }
}
