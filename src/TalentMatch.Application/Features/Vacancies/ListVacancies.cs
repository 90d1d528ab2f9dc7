using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>Lists vacancies: job seekers see open ones, employers their own organisation's, staff all.</summary>
public sealed record ListVacanciesQuery(
    string? Status,
    Guid? OrganisationId,
    Guid? OccupationId,
    string? Q,
    string? Postcode,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<VacancySummaryDto>>, IOpportunityListQuery, IRequirePolicy
{
    public static Policy Policy => Policies.SignedIn;
}

public sealed class ListVacanciesQueryValidator : OpportunityListQueryValidator<ListVacanciesQuery>;

public sealed class ListVacanciesQueryHandler(ITalentMatchDbContext db, OpportunityAccess access, OpportunityReader reader)
    : IRequestHandler<ListVacanciesQuery, PagedList<VacancySummaryDto>>
{
    public async Task<PagedList<VacancySummaryDto>> Handle(ListVacanciesQuery request, CancellationToken cancellationToken)
    {
        var vacancies = db.Vacancies.AsNoTracking();
        if (request.OccupationId is { } occupationId)
        {
            vacancies = vacancies.Where(v => v.OccupationId == occupationId);
        }

        var page = await access.Visible(vacancies).Filtered(request)
            .Select(v => new { v.Id, v.OrganisationId, v.Title, v.Postcode, v.HoursPerWeek, v.Contract, v.Openings, v.Status, Requirements = v.Requirements.Count, v.UpdatedAt })
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        var names = await reader.OrganisationNamesAsync(page.Items.Select(v => v.OrganisationId), cancellationToken);
        return page.Map(v => new VacancySummaryDto(
            v.Id, OpportunityKind.Job, v.OrganisationId!.Value, names.GetValueOrDefault(v.OrganisationId.Value, ""), v.Title, reader.DistrictOf(v.Postcode),
            v.HoursPerWeek, v.Contract, v.Openings, v.Status, v.Requirements, v.UpdatedAt));
    }
}
