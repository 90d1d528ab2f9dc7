using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>Staff list profiles: by name, postcode, what people seek, a competence they have, or their coach.</summary>
public sealed record ListProfilesQuery(
    string? Q,
    string? Postcode,
    OpportunityKind? Seeks,
    Guid? CompetenceId,
    Guid? CoachId,
    int Page = 1,
    int PageSize = Paging.DefaultPageSize) : IQuery<PagedList<ProfileSummaryDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.PeopleStaff;
}

public sealed class ListProfilesQueryValidator : PagedRequestValidator<ListProfilesQuery>
{
    public ListProfilesQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(100);
        RuleFor(q => q.Postcode).BelgianPostcode().When(q => q.Postcode is not null);
        RuleFor(q => q.Seeks).Must(s => s is null || Enum.IsDefined(s.Value));
    }
}

public sealed class ListProfilesQueryHandler(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places)
    : IRequestHandler<ListProfilesQuery, PagedList<ProfileSummaryDto>>
{
    public async Task<PagedList<ProfileSummaryDto>> Handle(ListProfilesQuery request, CancellationToken cancellationToken)
    {
        if (!Policies.PeopleStaff.Allows(user))
        {
            throw new ForbiddenAccessException(Messages.ProfilesListForbidden);
        }

        var profiles = db.Profiles.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.Q))
        {
            var q = request.Q.Trim().ToLower();
            profiles = profiles.Where(p => p.DisplayName.ToLower().Contains(q));
        }

        if (request.Postcode is { } postcode)
        {
            profiles = profiles.Where(p => p.Postcode == postcode);
        }

        profiles = request.Seeks switch
        {
            OpportunityKind.Job => profiles.Where(p => p.SeeksJob),
            OpportunityKind.Volunteering => profiles.Where(p => p.SeeksVolunteering),
            _ => profiles,
        };

        if (request.CompetenceId is { } competenceId)
        {
            profiles = profiles.Where(p => p.Competences.Any(c => c.CompetenceId == competenceId));
        }

        if (request.CoachId is { } coachId)
        {
            profiles = profiles.Where(p => p.CoachUserId == coachId);
        }

        var page = await profiles
            .OrderBy(p => p.DisplayName).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.DisplayName,
                p.Postcode,
                p.SeeksJob,
                p.SeeksVolunteering,
                Competences = p.Competences.Count,
                Languages = p.Languages.Select(l => l.Code).ToList(),
                p.Visibility,
                Claimed = p.OwnerUserId != null,
                p.UpdatedAt,
            })
            .ToPagedListAsync(request.Page, request.PageSize, cancellationToken);

        return page.Map(p => new ProfileSummaryDto(
            p.Id,
            p.DisplayName,
            places.DistrictOf(p.Postcode),
            TalentProfile.KindsSought(p.SeeksJob, p.SeeksVolunteering),
            p.Competences,
            p.Languages,
            p.Visibility,
            p.Claimed,
            p.UpdatedAt));
    }
}
