using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Matchmaking;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>
/// A volunteer offers to help on a neighbour's open request (one without an organisation) with
/// their own profile. The offer is their yes: the match is made and accepted at once, showing the
/// neighbour their name, so they can log hours that the neighbour confirms. For an organisation's
/// request the matchmaker proposes volunteers; nobody offers help on their own request.
/// </summary>
public sealed record OfferHelpCommand(Guid VolunteerRequestId) : ICommand<Versioned<MatchDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.OfferHelp;
}

public sealed class OfferHelpCommandHandler(ICurrentUser user, ProfileStore profiles, OpportunityStore opportunities, MatchShortlist shortlist, MatchReader reader, ITalentMatchDbContext db)
    : IRequestHandler<OfferHelpCommand, Versioned<MatchDto>>
{
    public async Task<Versioned<MatchDto>> Handle(OfferHelpCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var profileId = await profiles.OwnProfileIdAsync(userId, cancellationToken)
            ?? throw new NotFoundException(EntityNames.OwnProfile, userId);

        // A draft or closed request of someone else is not there for this person (404).
        var volunteerRequest = await opportunities.LoadReadableAsync<VolunteerRequest>(request.VolunteerRequestId, cancellationToken);
        volunteerRequest.EnsureHelpCanBeOfferedBy(userId);

        var match = await shortlist.AddAsync(profileId, OpportunityKind.Volunteering, volunteerRequest.Id, "volunteerRequestId", cancellationToken);
        var now = opportunities.Now;
        match.TransitionTo(MatchState.Offered, userId, now, "The volunteer offered to help.");
        match.TransitionTo(MatchState.Accepted, userId, now, disclose: DisclosedFields.Name);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadVersionedAsync(match, cancellationToken);
    }
}
