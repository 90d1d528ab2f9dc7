using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Catalogue;

/// <summary>Searches the competence catalogue in any language, case- and accent-insensitive.</summary>
public sealed record ListCompetencesQuery(string? Q, CompetenceType? Type, bool IncludeGroups = false, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<CompetenceDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class ListCompetencesQueryValidator : PagedRequestValidator<ListCompetencesQuery>
{
    public ListCompetencesQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Type).Must(t => t is null || Enum.IsDefined(t.Value));
    }
}

public sealed class ListCompetencesQueryHandler(ITalentMatchDbContext db, ICurrentUser user)
    : IRequestHandler<ListCompetencesQuery, PagedList<CompetenceDto>>
{
    public async Task<PagedList<CompetenceDto>> Handle(ListCompetencesQuery request, CancellationToken cancellationToken)
    {
        var competences = db.Competences.AsNoTracking();
        if (!request.IncludeGroups)
        {
            competences = competences.Where(c => !c.IsGroup);
        }

        if (request.Type is { } type)
        {
            competences = competences.Where(c => c.Type == type);
        }

        var tokens = TextNormalizer.Normalize(request.Q).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        IQueryable<Guid> ordered;
        if (tokens.Length == 0)
        {
            ordered = competences
                .Select(c => new { c.Id, Label = db.CompetenceLabels.Where(l => l.CompetenceId == c.Id && l.IsPreferred && l.Language == "en").Select(l => l.Normalized).FirstOrDefault() })
                .OrderBy(c => c.Label).ThenBy(c => c.Id)
                .Select(c => c.Id);
        }
        else
        {
            var phrase = string.Join(' ', tokens);
            var labels = db.CompetenceLabels.AsQueryable();
            foreach (var token in tokens)
            {
                labels = labels.Where(l => l.Normalized.Contains(token));
            }

            // Best first: exact label, then a label starting with the query, then preferred labels, shortest first.
            ordered = labels
                .Where(l => competences.Any(c => c.Id == l.CompetenceId))
                .GroupBy(l => l.CompetenceId)
                .Select(g => new
                {
                    Id = g.Key,
                    Rank = g.Min(l => l.Normalized == phrase ? 0 : l.Normalized.StartsWith(phrase) ? 1 : l.IsPreferred ? 2 : 3),
                    Length = g.Min(l => l.Normalized.Length),
                })
                .OrderBy(x => x.Rank).ThenBy(x => x.Length).ThenBy(x => x.Id)
                .Select(x => x.Id);
        }

        var page = await ordered.ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        var loaded = await db.Competences.AsNoTracking()
            .Include(c => c.Labels).Include(c => c.Broader).Include(c => c.Related)
            .AsSplitQuery()
            .Where(c => page.Items.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, cancellationToken);
        return page.Map(id => loaded[id].ToDto(user.Language));
    }
}
