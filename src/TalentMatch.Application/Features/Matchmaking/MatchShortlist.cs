using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Ranking;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>
/// Puts a person on the list of a vacancy or volunteer request: the profile and the opportunity
/// must exist, the profile must not be private, the opportunity must be open and no match between
/// them may still be open. The score and its explanation are computed now and kept as they are.
/// Who may start a match is the caller's concern (a matchmaker shortlists; a volunteer offers help).
/// </summary>
public sealed class MatchShortlist(ITalentMatchDbContext db, IMatchEngine engine, MatchAccess access, MatchStore store, ICurrentUser user, PostcodeDirectory places)
{
    /// <summary>The explanation is stored as the API writes a ranked match item.</summary>
    private static readonly JsonSerializerOptions ExplanationJson = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private static readonly CompetenceSource[] LearnedElsewhere = [CompetenceSource.Work, CompetenceSource.Volunteering, CompetenceSource.Life];

    /// <summary>The new match, added to the context (not yet saved). <paramref name="field"/> names the opportunity in a 400.</summary>
    public async Task<Match> AddAsync(Guid profileId, OpportunityKind kind, Guid opportunityId, string field, CancellationToken cancellationToken)
    {
        var profile = await engine.FindProfileAsync(profileId, cancellationToken)
            ?? throw new InvalidReferenceException("profileId", EntityNames.Profile, profileId);
        var opportunity = await engine.FindOpportunityAsync(opportunityId, cancellationToken);
        if (opportunity is null || opportunity.Kind != kind)
        {
            throw new InvalidReferenceException(field, EntityNames.Of(kind), opportunityId);
        }

        if (profile.Visibility == ProfileVisibility.Private)
        {
            throw new DomainRuleException(Messages.ProfilePrivate);
        }

        if (await db.Profiles.AnyAsync(p => p.Id == profile.Id && p.DeactivatedAt != null, cancellationToken))
        {
            throw new DomainRuleException(Messages.ProfileDeactivated);
        }

        if (opportunity.Status != OpportunityStatus.Open)
        {
            throw new DomainRuleException(Messages.OpportunityNotOpen);
        }

        var earlier = await db.Matches.AsNoTracking()
            .Where(m => m.ProfileId == profile.Id && m.OpportunityId == opportunity.Id)
            .ToListAsync(cancellationToken);
        if (earlier.FirstOrDefault(m => m.IsOpen) is { } open)
        {
            throw new DomainRuleException(Messages.OpenMatchExists, new Dictionary<string, object?> { ["existingMatchId"] = open.Id });
        }

        var result = await engine.ScoreAsync(opportunity.Spec, profile.Candidate, cancellationToken);
        var labels = await engine.LabelsAsync([result], user.Language, cancellationToken);

        // The snapshot names no one: whoever may read the match may read its explanation.
        var explanation = MatchExplanation.Candidate(result, labels, new MatchCandidateDto(null, places.DistrictOf(profile.Postcode)), MatchDetail.Full);
        var match = new Match(
            profile.Id,
            kind,
            opportunity.Id,
            opportunity.OrganisationId,
            result.Score,
            result.MeetsAllRequired,
            result.Matched.Any(m => LearnedElsewhere.Contains(m.ProfileSource)),
            JsonSerializer.Serialize(explanation, ExplanationJson),
            access.CallerId,
            store.Now);
        db.Matches.Add(match);
        return match;
    }
}
