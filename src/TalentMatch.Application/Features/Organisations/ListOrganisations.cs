using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Organisations;

/// <summary>Staff list all organisations by name; an employer sees only their own.</summary>
public sealed record ListOrganisationsQuery(string? Q, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<OrganisationSummaryDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.SeeOrganisations;
}

public sealed class ListOrganisationsQueryValidator : PagedRequestValidator<ListOrganisationsQuery>
{
    public ListOrganisationsQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(100);
    }
}

public sealed class ListOrganisationsQueryHandler(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places)
    : IRequestHandler<ListOrganisationsQuery, PagedList<OrganisationSummaryDto>>
{
    public async Task<PagedList<OrganisationSummaryDto>> Handle(ListOrganisationsQuery request, CancellationToken cancellationToken)
    {
        var organisations = db.Organisations.AsNoTracking();
        if (!Policies.SeeEveryOrganisation.Allows(user))
        {
            var own = user.IsInRole(Roles.Employer) ? user.OrganisationId : null;
            organisations = organisations.Where(o => o.Id == own);
        }

        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = TextNormalizer.Normalize(request.Q);
            organisations = organisations.Where(o => o.NormalizedName.Contains(q));
        }

        var page = await organisations
            .OrderBy(o => o.NormalizedName).ThenBy(o => o.Id)
            .Select(o => new { o.Id, o.Name, o.Kind, o.Postcode })
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);
        return page.Map(o => new OrganisationSummaryDto(o.Id, o.Name, o.Kind, o.Postcode, places.DistrictOf(o.Postcode)));
    }
}
