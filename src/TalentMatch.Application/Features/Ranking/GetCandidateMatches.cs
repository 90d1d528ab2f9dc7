using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>
/// Ranked, explained candidates for a vacancy or volunteer request: Matchable profiles that seek
/// that kind of work. Any status is allowed, so staff can check a draft before opening it.
/// </summary>
public sealed record CandidateMatchesQuery(
    OpportunityKind Kind,
    Guid OpportunityId,
    int Limit = MatchExplanation.DefaultLimit,
    double? MinScore = null,
    bool RequiredOnly = false,
    double? MaxDistanceKm = null,
    string? Detail = null) : IQuery<CandidateMatchListDto>, IMatchQueryFilter, IRequirePolicy
{
    public static Policy Policy => Policies.SeeCandidates;
}

public sealed class CandidateMatchesQueryValidator : AbstractValidator<CandidateMatchesQuery>
{
    public CandidateMatchesQueryValidator()
    {
        RuleFor(q => q.Kind).IsInEnum();
        this.MatchFilterRules();
    }
}

public sealed class CandidateMatchesQueryHandler(IMatchEngine engine, ICurrentUser user, PostcodeDirectory places)
    : IRequestHandler<CandidateMatchesQuery, CandidateMatchListDto>
{

    public async Task<CandidateMatchListDto> Handle(CandidateMatchesQuery request, CancellationToken cancellationToken)
    {
        var opportunity = await engine.FindOpportunityAsync(request.OpportunityId, cancellationToken);
        if (opportunity is null || opportunity.Kind != request.Kind)
        {
            throw new NotFoundException(request.Kind == OpportunityKind.Job ? "Vacancy" : "Volunteer request", request.OpportunityId);
        }

        var staff = Policies.Staff.Allows(user);
        if (!staff && !(user.IsInRole(Roles.Employer) && user.OrganisationId is { } organisation && opportunity.OrganisationId == organisation))
        {
            throw new ForbiddenAccessException(Messages.CandidateMatchesForbidden);
        }

        var ranked = await engine.RankCandidatesAsync(opportunity.Spec, request.ToFilter(), user.Language, cancellationToken);
        // An employer (and any staff role that does not work with people) sees the district only.
        var identified = Policies.WorkWithProfiles.Allows(user);
        var items = ranked.Items
            .Select(i => MatchExplanation.Candidate(i.Result, ranked.Labels, new MatchCandidateDto(identified ? i.Subject.DisplayName : null, places.DistrictOf(i.Subject.Postcode)), MatchExplanation.ParseDetail(request.Detail) ?? MatchDetail.Compact))
            .ToList();

        return new CandidateMatchListDto(opportunity.Id, opportunity.Kind, MatchingWeightsDto.From(ranked.Options), ranked.Total, items);
    }
}
