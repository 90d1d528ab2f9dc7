using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>What matchmaking needs of a profile: who the person is and who speaks for them.</summary>
public sealed record MatchPerson(Guid ProfileId, string DisplayName, string? Email, string? Phone, string Postcode, Guid? OwnerUserId, Guid? CoachUserId);

/// <summary>
/// Who sees which matches and what of the person on them, who may move a match, and reading
/// matches back as DTOs. Admins, matchmakers and job hunters see every match; a coach the matches
/// of the people they coach; a person their own; an employer their organisation's matches once
/// past the shortlist (the shortlist is the matchmaker's working list).
/// </summary>
public sealed class MatchAccess(ITalentMatchDbContext db, ICurrentUser user, PostcodeDirectory places, TimeProvider clock)
{
    /// <summary>Staff who create matches and move them on (everything but the person's answer).</summary>

    /// <summary>The contact fields a person can disclose, one by one.</summary>
    public static IReadOnlyList<DisclosedFields> ContactFields { get; } =
        [DisclosedFields.Name, DisclosedFields.Email, DisclosedFields.Phone, DisclosedFields.Postcode];


    private enum Viewer
    {
        Staff,
        Coach,
        Person,
        Employer,
        Nobody,
    }

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Guid CallerId => user.RequireUserId();

    /// <summary>Whether the caller has any matches to list at all.</summary>
    public bool MayList => Who != Viewer.Nobody;

    private Viewer Who =>
        Policies.SeeEveryMatch.Allows(user) ? Viewer.Staff
        : user.IsInRole(Roles.Coach) ? Viewer.Coach
        : user.IsInRole(Roles.JobSeeker) ? Viewer.Person
        : user.IsInRole(Roles.Employer) ? Viewer.Employer
        : Viewer.Nobody;

    /// <summary>The matches the caller may see.</summary>
    public IQueryable<Match> Visible(IQueryable<Match> matches)
    {
        var me = user.UserId;
        var organisation = user.OrganisationId;
        return Who switch
        {
            Viewer.Staff => matches,
            Viewer.Coach => matches.Where(m => db.Profiles.Any(p => p.Id == m.ProfileId && p.CoachUserId == me)),
            Viewer.Person => matches.Where(m => db.Profiles.Any(p => p.Id == m.ProfileId && p.OwnerUserId == me)),
            Viewer.Employer => matches.Where(m =>
                m.State != MatchState.Shortlisted &&
                organisation != null &&
                db.Opportunities.Any(o => o.Id == m.OpportunityId && o.OrganisationId == organisation)),
            _ => matches.Where(m => false),
        };
    }

    /// <summary>A match the caller may see, with its history; 404 for one they may not, so ids do not leak.</summary>
    public async Task<Match> LoadVisibleAsync(Guid id, CancellationToken cancellationToken) =>
        await Visible(db.Matches.AsNoTracking().Include(m => m.History)).FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException(EntityNames.Match, id);

    /// <summary>A match to change, tracked, with its history. Whether the caller may make the change is checked per change (403).</summary>
    public async Task<Match> LoadForChangeAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Matches.Include(m => m.History).FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? throw new NotFoundException(EntityNames.Match, id);

    public async Task<MatchPerson> PersonAsync(Guid profileId, CancellationToken cancellationToken) =>
        (await PeopleAsync([profileId], cancellationToken))[profileId];

    /// <summary>
    /// The person answers a proposal; Admin and Matchmaker make every other move, and the
    /// organisation behind a volunteer request confirms the work was done.
    /// </summary>
    public async Task EnsureMayMoveAsync(Match match, MatchPerson person, MatchState to, string? reason, CancellationToken cancellationToken)
    {
        if (Match.IsPersonsAnswer(to))
        {
            EnsureSpeaksForPerson(person, reason);
            return;
        }

        if (Policies.ProposeMatches.Allows(user))
        {
            return;
        }

        if (to == MatchState.Done && user.IsInRole(Roles.Employer))
        {
            var organisationId = await db.Opportunities.Where(o => o.Id == match.OpportunityId).Select(o => o.OrganisationId).FirstOrDefaultAsync(cancellationToken);
            if (OrganisationAccess.IsEmployerOf(user, organisationId))
            {
                return;
            }
        }

        throw new ForbiddenAccessException(Messages.PersonAnswersStaffMoves);
    }

    /// <summary>
    /// The person speaks for themself. Someone without an account yet may answer by phone or in
    /// person: an admin, a matchmaker or their coach then records it, saying how (the reason).
    /// </summary>
    public void EnsureSpeaksForPerson(MatchPerson person, string? reason)
    {
        if (person.OwnerUserId is { } owner)
        {
            if (user.IsInRole(Roles.JobSeeker) && owner == user.UserId)
            {
                return;
            }

            throw new ForbiddenAccessException(Messages.OnlyPersonAnswers);
        }

        var onBehalf = Policies.ProposeMatches.Allows(user) || (user.IsInRole(Roles.Coach) && person.CoachUserId is { } coach && coach == user.UserId);
        if (!onBehalf)
        {
            throw new ForbiddenAccessException(Messages.AnswerForPersonWithoutAccount);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationException([new ValidationFailure("reason", Messages.Get(Messages.AnswerNeedsReason))]);
        }
    }

    /// <summary>Adds a notification to the outbox, in the same transaction as the change; none without a recipient.</summary>
    public void Notify(Guid? recipientUserId, NotificationType type, Match match)
    {
        if (recipientUserId is { } recipient)
        {
            db.Notifications.Add(new Notification(recipient, type, match.Id, Now));
        }
    }

    public async Task<Versioned<MatchDto>> VersionedAsync(Match match, CancellationToken cancellationToken) =>
        new((await ToDtosAsync([match], cancellationToken))[0], ETags.Format(match.ConcurrencyStamp));

    /// <summary>The matches as the caller may see them: the people and titles in one query each.</summary>
    public async Task<IReadOnlyList<MatchDto>> ToDtosAsync(IReadOnlyList<Match> matches, CancellationToken cancellationToken)
    {
        var people = await PeopleAsync(matches.Select(m => m.ProfileId).Distinct().ToList(), cancellationToken);
        var opportunityIds = matches.Select(m => m.OpportunityId).Distinct().ToList();
        var titles = await db.Opportunities.AsNoTracking()
            .Where(o => opportunityIds.Contains(o.Id))
            .ToDictionaryAsync(o => o.Id, o => o.Title, cancellationToken);
        var employer = Who == Viewer.Employer;
        return matches.Select(m => ToDto(m, people[m.ProfileId], titles.GetValueOrDefault(m.OpportunityId, ""), employer)).ToList();
    }

    private async Task<Dictionary<Guid, MatchPerson>> PeopleAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Profiles.AsNoTracking()
            .Where(p => ids.Contains(p.Id))
            .Select(p => new MatchPerson(p.Id, p.DisplayName, p.Email, p.Phone, p.Postcode, p.OwnerUserId, p.CoachUserId))
            .ToDictionaryAsync(p => p.ProfileId, cancellationToken);

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
        new MatchConsentDto(m.ConsentGivenAt, m.ConsentWithdrawnAt, [.. ContactFields.Where(f => m.DisclosedFields.HasFlag(f))], m.DisclosesToEmployer),
        m is { StillWorking: { } stillWorking, OutcomeRecordedAt: { } recordedAt } ? new MatchOutcomeDto(stillWorking, employer ? null : m.OutcomeReason, recordedAt) : null,
        m.History
            .OrderBy(t => t.At).ThenBy(t => t.Id)
            .Select(t => new MatchTransitionDto(t.From, t.To, t.At, employer ? null : t.ByUserId, employer ? null : t.Reason, t.ConsentWithdrawn))
            .ToList(),
        m.CreatedAt,
        m.UpdatedAt);

    private MatchPersonDto PersonDto(Match match, MatchPerson person)
    {
        // Who a person is shows to those who may read their profile (the one rule, WorkWithProfiles);
        // anyone else who sees the match (an employer, a job hunter) sees what the person disclosed.
        var shown = Policies.WorkWithProfiles.Allows(user) ? DisclosedFields.All
            : match.DisclosesToEmployer ? match.DisclosedFields
            : DisclosedFields.None;
        return new MatchPersonDto(
            person.ProfileId,
            shown.HasFlag(DisclosedFields.Name) ? person.DisplayName : null,
            shown.HasFlag(DisclosedFields.Email) ? person.Email : null,
            shown.HasFlag(DisclosedFields.Phone) ? person.Phone : null,
            shown.HasFlag(DisclosedFields.Postcode) ? person.Postcode : null,
            places.DistrictOf(person.Postcode));
    }
}
