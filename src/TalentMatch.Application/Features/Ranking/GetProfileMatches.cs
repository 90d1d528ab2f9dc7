using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>
/// Ranked, explained open opportunities for a person: of the kind asked for, or, when no kind is
/// given, of every kind the person seeks.
/// </summary>
public sealed record ProfileMatchesQuery(
    Guid ProfileId,
    string? Kind = null,
    int Limit = MatchExplanation.DefaultLimit,
    double? MinScore = null,
    bool RequiredOnly = false,
    double? MaxDistanceKm = null,
    string? Detail = null) : IQuery<OpportunityMatchListDto>, IMatchQueryFilter, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class ProfileMatchesQueryValidator : AbstractValidator<ProfileMatchesQuery>
{
    public ProfileMatchesQueryValidator()
    {
        RuleFor(q => q.Kind).Must(k => k is null || ParseKind(k) is not null).WithMessageKey(Messages.MatchKindInvalid);
        this.MatchFilterRules();
    }

    /// <summary>"job" or "volunteering" in any case; names only, never the enum's numbers.</summary>
    public static OpportunityKind? ParseKind(string? text) =>
        text is not null && !text.Any(char.IsDigit) && Enum.TryParse<OpportunityKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : null;
}

public sealed class ProfileMatchesQueryHandler(IMatchEngine engine, ITalentMatchDbContext db, ICurrentUser user)
    : IRequestHandler<ProfileMatchesQuery, OpportunityMatchListDto>
{
    public async Task<OpportunityMatchListDto> Handle(ProfileMatchesQuery request, CancellationToken cancellationToken)
    {
        var profile = await engine.FindProfileAsync(request.ProfileId, cancellationToken)
            ?? throw new NotFoundException("Profile", request.ProfileId);
        var owner = ProfileAccess.IsThePerson(user, profile.OwnerUserId);
        if (!owner && !Policies.PeopleStaff.Allows(user))
        {
            throw new ForbiddenAccessException(Messages.ProfileMatchesForbidden);
        }

        IReadOnlyList<OpportunityKind> kinds = ProfileMatchesQueryValidator.ParseKind(request.Kind) is { } kind
            ? [kind]
            : TalentProfile.KindsSought(profile.SeeksJob, profile.SeeksVolunteering);
        var ranked = await engine.RankOpportunitiesAsync(profile.Candidate, kinds, request.ToFilter(), user.Language, cancellationToken);
        var labels = ranked.Labels;
        var organisationIds = ranked.Items.Select(i => i.Subject.OrganisationId).OfType<Guid>().Distinct().ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => organisationIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);

        var items = ranked.Items
            .Select(i => MatchExplanation.Opportunity(
                i.Result,
                labels,
                i.Subject.Title,
                i.Subject.OrganisationId is { } organisation ? organisations.GetValueOrDefault(organisation) : null,
                MatchExplanation.ParseDetail(request.Detail) ?? MatchDetail.Compact))
            .ToList();

        return new OpportunityMatchListDto(profile.Id, MatchingWeightsDto.From(ranked.Options), ranked.Total, items);
    }
}
