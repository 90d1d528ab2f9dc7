using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Catalogue;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>A remembered job title, with the occupation it points to (null when the catalogue does not hold it).</summary>
public sealed record TitleMemoryEntryDto(
    long Id,
    string Title,
    string Normalized,
    string OccupationUri,
    Guid? OccupationId,
    string? OccupationLabel,
    TitleSource Source,
    int Count,
    DateTime FirstSeenAt,
    DateTime LastSeenAt);

/// <summary>An admin reviews the title memory: filtered by text, occupation or source; the most given first.</summary>
public sealed record ListTitleMemoryQuery(string? Q, Guid? OccupationId, TitleSource? Source, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<TitleMemoryEntryDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.CurateCatalogue;
}

public sealed class ListTitleMemoryQueryValidator : PagedRequestValidator<ListTitleMemoryQuery>
{
    public ListTitleMemoryQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(TitleMemoryEntry.MaxTitleLength);
        RuleFor(q => q.Source).Must(s => s is null || Enum.IsDefined(s.Value));
    }
}

public sealed class ListTitleMemoryQueryHandler(ITalentMatchDbContext db, ICurrentUser user)
    : IRequestHandler<ListTitleMemoryQuery, PagedList<TitleMemoryEntryDto>>
{
    public async Task<PagedList<TitleMemoryEntryDto>> Handle(ListTitleMemoryQuery request, CancellationToken cancellationToken)
    {
        var entries = db.TitleMemory.AsNoTracking();
        var text = TitleMemoryEntry.Normalize(request.Q);
        if (text.Length > 0)
        {
            entries = entries.Where(e => e.Normalized.Contains(text));
        }

        if (request.OccupationId is { } occupationId)
        {
            var uri = await db.Occupations.Where(o => o.Id == occupationId).Select(o => o.EscoUri).FirstOrDefaultAsync(cancellationToken);
            entries = entries.Where(e => e.OccupationUri == uri);
        }

        if (request.Source is { } source)
        {
            entries = entries.Where(e => e.Source == source);
        }

        var page = await entries.OrderByDescending(e => e.Count).ThenBy(e => e.Normalized).ThenBy(e => e.Id)
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        var uris = page.Items.Select(e => e.OccupationUri).Distinct().ToList();
        var occupations = await db.Occupations.AsNoTracking().Include(o => o.Labels)
            .Where(o => o.EscoUri != null && uris.Contains(o.EscoUri))
            .ToDictionaryAsync(o => o.EscoUri!, cancellationToken);
        return page.Map(e =>
        {
            var occupation = occupations.GetValueOrDefault(e.OccupationUri);
            return new TitleMemoryEntryDto(
                e.Id, e.Title, e.Normalized, e.OccupationUri, occupation?.Id,
                occupation is null ? null : LabelChooser.Preferred(occupation.Labels, user.Language),
                e.Source, e.Count, e.FirstSeenAt, e.LastSeenAt);
        });
    }
}
