using FluentValidation;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Aftercare;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;

namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>
/// Who sees which matches and who may move them. Those in <see cref="Policies.SeeEveryMatch"/>
/// see every match; a coach the matches of the people they coach; a person their own; an
/// employer their organisation's matches once past the shortlist (the shortlist is the
/// matchmaker's working list).
/// </summary>
public sealed class MatchAccess(ITalentMatchDbContext db, ICurrentUser user)
{
    private enum Viewer
    {
        Staff,
        Coach,
        Person,
        Employer,
        Nobody,
    }

    public Guid CallerId => user.RequireUserId();

    /// <summary>Whether the caller has any matches to list at all.</summary>
    public bool MayList => Who != Viewer.Nobody;

    /// <summary>An employer sees no reasons (they may be personal) and not who moved a match.</summary>
    public bool SeesAsEmployer => Who == Viewer.Employer;

    /// <summary>
    /// Which of the person's contact fields the caller sees on a match: all for those who may read
    /// profiles (<see cref="Policies.WorkWithProfiles"/>); for anyone else (an employer, a job
    /// hunter) what the person disclosed, while that consent stands.
    /// </summary>
    public DisclosedFields ShownOf(Match match) =>
        Policies.WorkWithProfiles.Allows(user) ? DisclosedFields.All
        : match.DisclosesToEmployer ? match.DisclosedFields
        : DisclosedFields.None;

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

    /// <summary>
    /// The person answers a proposal; those who propose matches make every other move, and the
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
    /// person: those who propose matches, or their coach, then record it, saying how (the reason).
    /// </summary>
    /// <summary>
    /// Whether the caller records the answers of this person, who has no account yet: those who
    /// propose matches, or the person's coach.
    /// </summary>
    public bool MayAnswerOnBehalf(MatchPerson person) =>
        person.OwnerUserId is null && (Policies.ProposeMatches.Allows(user) || AftercareAccess.IsCoach(user, person.CoachUserId));

    public void EnsureSpeaksForPerson(MatchPerson person, string? reason)
    {
        if (person.OwnerUserId is not null)
        {
            if (ProfileAccess.IsThePerson(user, person.OwnerUserId))
            {
                return;
            }

            throw new ForbiddenAccessException(Messages.OnlyPersonAnswers);
        }

        if (!MayAnswerOnBehalf(person))
        {
            throw new ForbiddenAccessException(Messages.AnswerForPersonWithoutAccount);
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new ValidationException([new ValidationFailure("reason", Messages.Get(Messages.AnswerNeedsReason))]);
        }
    }
}
