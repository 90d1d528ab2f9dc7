using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Volunteering;
using TalentMatch.Infrastructure.Persistence;

namespace TalentMatch.FunctionalTests.Infrastructure;

/// <summary>
/// Matches, check-ins, escalations and notifications written straight through the domain and the
/// factory's DbContext. The match lifecycle and aftercare endpoints belong to other slices, so
/// these tests set up the state those endpoints leave behind, then check this slice over HTTP.
/// </summary>
public static class MatchmakingTestData
{
    /// <summary>The staff member stamped on transitions and check-ins.</summary>
    public static readonly Guid Staff = Guid.Parse("0190a000-0000-7000-8000-000000000001");

    /// <summary>The forward steps of each kind after shortlisting.</summary>
    public static IReadOnlyList<MatchState> ForwardSteps(OpportunityKind kind) => kind == OpportunityKind.Job
        ? [MatchState.Proposed, MatchState.Accepted, MatchState.Introduced, MatchState.Placed]
        : [MatchState.Offered, MatchState.Accepted, MatchState.Done];

    /// <summary>
    /// A match shortlisted at <paramref name="shortlistedAt"/>, then moved through <paramref name="steps"/>.
    /// A placement starts on <paramref name="startDate"/> (default: the day it is placed), permanent.
    /// </summary>
    public static async Task<Guid> AddMatchAsync(
        Guid profileId,
        Guid opportunityId,
        DateTime shortlistedAt,
        IEnumerable<(MatchState To, DateTime At)> steps,
        bool usesCompetencesLearnedElsewhere = false,
        DateOnly? startDate = null,
        TalentMatchFactory? factory = null)
    {
        return await WithDbAsync(factory, async db =>
        {
            var opportunity = await db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == opportunityId);
            var match = new Match(profileId, opportunity.Kind, opportunityId, opportunity.OrganisationId, 80, true, usesCompetencesLearnedElsewhere, "{}", Staff, shortlistedAt);
            foreach (var (to, at) in steps)
            {
                var placing = to == MatchState.Placed;
                match.TransitionTo(to, Staff, at, startDate: placing ? startDate ?? DateOnly.FromDateTime(at) : null, contract: placing ? ContractType.Permanent : null);
            }

            db.Matches.Add(match);
            await db.SaveChangesAsync();
            return match.Id;
        });
    }

    /// <summary>A match moved forward one day at a time until it is in <paramref name="state"/> (a forward step of its kind).</summary>
    public static async Task<Guid> AddMatchInStateAsync(Guid profileId, Guid opportunityId, MatchState state, TalentMatchFactory? factory = null)
    {
        var opportunity = await WithDbAsync(factory, db => db.Opportunities.AsNoTracking().SingleAsync(o => o.Id == opportunityId));
        var forward = ForwardSteps(opportunity.Kind);
        var start = DateTime.UtcNow.AddDays(-30);
        var steps = forward.Take(forward.ToList().IndexOf(state) + 1).Select((to, i) => (to, start.AddDays(i + 1)));
        return await AddMatchAsync(profileId, opportunityId, start, steps, factory: factory);
    }

    /// <summary>A completed check-in of a placement at <paramref name="offset"/> (e.g. "3m"), saying whether the person still works.</summary>
    public static Task<Guid> AddCheckInAsync(Guid matchId, string offset, bool? stillWorking) =>
        WithDbAsync(null, async db =>
        {
            var match = await db.Matches.SingleAsync(m => m.Id == matchId);
            var checkIn = new CheckIn(match.Id, match.ProfileId, AftercareOffset.Parse(offset), match.StartDate!.Value);
            checkIn.Record(checkIn.DueOn.ToDateTime(TimeOnly.Parse("10:00")), 4, null, RiskLevel.None, null, stillWorking, Staff);
            db.CheckIns.Add(checkIn);
            await db.SaveChangesAsync();
            return checkIn.Id;
        });

    /// <summary>An escalation raised at a check-in of the match.</summary>
    public static Task<Guid> AddEscalationAsync(Guid matchId, Guid checkInId) =>
        WithDbAsync(null, async db =>
        {
            var match = await db.Matches.SingleAsync(m => m.Id == matchId);
            var escalation = new Escalation(match.Id, checkInId, match.ProfileId, match.MatchmakerUserId, DateTime.UtcNow);
            db.Escalations.Add(escalation);
            await db.SaveChangesAsync();
            return escalation.Id;
        });

    public static Task RecordOutcomeAsync(Guid matchId, bool stillWorking) =>
        WithDbAsync(null, async db =>
        {
            var match = await db.Matches.SingleAsync(m => m.Id == matchId);
            match.RecordOutcome(stillWorking, stillWorking ? null : "Left for another job.", Staff, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    public static Task<Guid> AddNotificationAsync(Guid recipientUserId, NotificationType type, Guid subjectId, DateTime createdAt, TalentMatchFactory? factory = null) =>
        WithDbAsync(factory, async db =>
        {
            var notification = new Notification(recipientUserId, type, subjectId, createdAt);
            db.Notifications.Add(notification);
            await db.SaveChangesAsync();
            return notification.Id;
        });

    /// <summary>Unconfirmed hours of the person on the request, yesterday, logged by <see cref="Staff"/>.</summary>
    public static Task<Guid> AddVolunteerHoursAsync(Guid volunteerRequestId, Guid profileId, double hours = 2) =>
        WithDbAsync(null, async db =>
        {
            var entry = new VolunteerHours(volunteerRequestId, profileId, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), hours, Staff, DateTime.UtcNow);
            db.VolunteerHours.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

    /// <summary>A draft vacancy of the organisation (enough for a match to point at).</summary>
    public static Task<Guid> AddVacancyAsync(Guid organisationId, string title = "Magazijnmedewerker") =>
        WithDbAsync(null, async db =>
        {
            var vacancy = new Vacancy(organisationId, Staff, DateTime.UtcNow);
            vacancy.Describe(
                new OpportunityDetails(organisationId, title, null, "2030", false, [], [], [], OpportunityStatus.Draft),
                new VacancyTerms(null, 38, ContractType.Permanent, 1),
                DateTime.UtcNow);
            db.Vacancies.Add(vacancy);
            await db.SaveChangesAsync();
            return vacancy.Id;
        });

    public static async Task<T> WithDbAsync<T>(TalentMatchFactory? factory, Func<TalentMatchDbContext, Task<T>> work)
    {
        await using var scope = (factory ?? Testing.Factory).Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<TalentMatchDbContext>());
    }
}
