using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>Reads matches back as the caller may see them: the people and titles in one query each.</summary>
public sealed class MatchReader(ITalentMatchDbContext db, MatchAccess access, MatchStore store, PostcodeDirectory places)
{
    /// <summary>The match with its ETag.</summary>
    public async Task<Versioned<MatchDto>> ReadVersionedAsync(Match match, CancellationToken cancellationToken) =>
        new((await ReadAsync([match], cancellationToken))[0], ETags.Format(match.ConcurrencyStamp));

    public async Task<IReadOnlyList<MatchDto>> ReadAsync(IReadOnlyList<Match> matches, CancellationToken cancellationToken)
    {
        var people = await store.PeopleAsync(matches.Select(m => m.ProfileId).Distinct().ToList(), cancellationToken);
        var opportunityIds = matches.Select(m => m.OpportunityId).Distinct().ToList();
        var titles = await db.Opportunities.AsNoTracking()
            .Where(o => opportunityIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Title, cancellationToken);
        var employer = access.SeesAsEmployer;
        return matches.Select(m => ToDto(m, people[m.ProfileId], titles.GetValueOrDefault(m.OpportunityId, ""), employer)).ToList();
    }

    /// <summary>An employer sees no reasons (they may be personal) and not who moved the match.</summary>
    private MatchDto ToDto(Match m, MatchPerson person, string title, bool employer) => new(
        m.Id,
        m.Kind,
        m.OpportunityId,
        title,
        m.OrganisationId,
        PersonDto(m, person),
        m.MatchmakerUserId,
        m.State,
        m.StateChangedAt,
        m.AllowedTransitions,
        m.Score,
        m.MeetsAllRequired,
        m.UsesCompetencesLearnedElsewhere,
        JsonSerializer.Deserialize<JsonElement>(m.ExplanationJson),
        m.ProposedAt,
        m.AnsweredAt,
        m.PlacedAt,
        m.StartDate,
        m.Contract,
        m.ClosedAt,
        employer ? null : m.Reason,
        new MatchConsentDto(m.ConsentGivenAt, m.ConsentWithdrawnAt, [.. Match.ContactFields.Where(f => m.DisclosedFields.HasFlag(f))], m.DisclosesToEmployer),
        m is { StillWorking: { } stillWorking, OutcomeRecordedAt: { } recordedAt } ? new MatchOutcomeDto(stillWorking, employer ? null : m.OutcomeReason, recordedAt) : null,
        m.History
            .OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new MatchTransitionDto(t.From, t.To, t.At, employer ? null : t.ByUserId, employer ? null : t.Reason, t.ConsentWithdrawn))
            .ToList(),
        m.CreatedAt,
        m.UpdatedAt,
        access.MayAnswerOnBehalf(person));

    private MatchPersonDto PersonDto(Match match, MatchPerson person)
    {
        var shown = access.ShownOf(match);
        return new MatchPersonDto(
            person.ProfileId,
            shown.HasFlag(DisclosedFields.Name) ? person.DisplayName : null,
            shown.HasFlag(DisclosedFields.Email) ? person.Email : null,
            shown.HasFlag(DisclosedFields.Phone) ? person.Phone : null,
            shown.HasFlag(DisclosedFields.Postcode) ? person.Postcode : null,
            places.DistrictOf(person.Postcode));
    }
}
