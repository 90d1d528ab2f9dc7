using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;

namespace TalentMatch.Application.Common;

/// <summary>One page of a list: `{ items, page, pageSize, total }`.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total)
{
    /// <summary>Whether a page follows this one (not sent: a client works it out from the numbers).</summary>
    [JsonIgnore]
    public bool HasNext => (long)Page * PageSize < Total;
}

public static class Paging
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(Offset(page, pageSize)).Take(pageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, page, pageSize, total);
    }

    /// <summary>How many items come before the page; a page far past the end gives an empty page, never page 1 again (no overflow).</summary>
    public static int Offset(int page, int pageSize) => (int)Math.Min(((long)page - 1) * pageSize, int.MaxValue);

    public static PagedList<TOut> Map<TIn, TOut>(this PagedList<TIn> list, Func<TIn, TOut> map) =>
        new(list.Items.Select(map).ToList(), list.Page, list.PageSize, list.Total);
}

/// <summary>A list request: page from 1, page size 1..200.</summary>
public interface IPagedRequest
{
    int Page { get; }
    int PageSize { get; }
}
