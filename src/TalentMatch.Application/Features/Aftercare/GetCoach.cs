using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Profiles;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>Who a person's coach is: the person sees it, staff also see the history.</summary>
public sealed record GetCoachQuery(Guid ProfileId) : IQuery<ProfileCoachDto>, IRequirePolicy
{
    public static Policy Policy => Policies.WorkWithProfiles;
}

public sealed class GetCoachQueryHandler(ITalentMatchDbContext db, ICurrentUser user, IIdentityService identity)
    : IRequestHandler<GetCoachQuery, ProfileCoachDto>
{
    public async Task<ProfileCoachDto> Handle(GetCoachQuery request, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.AsNoTracking()
            .Where(p => p.Id == request.ProfileId)
            .Select(p => new { p.OwnerUserId, p.CoachUserId })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException(EntityNames.Profile, request.ProfileId);

        var staff = Policies.PeopleStaff.Allows(user);
        var owner = ProfileAccess.IsThePerson(user, profile.OwnerUserId);
        if (!staff && !owner)
        {
            throw new ForbiddenAccessException(Messages.CoachVisibleTo);
        }

        return await db.ReadCoachAsync(identity, request.ProfileId, profile.CoachUserId, withHistory: staff, cancellationToken);
    }
}

internal static class CoachReading
{
    /// <summary>The coach with their e-mail address and, for staff, the history oldest first.</summary>
    public static async Task<ProfileCoachDto> ReadCoachAsync(
        this ITalentMatchDbContext db,
        IIdentityService identity,
        Guid profileId,
        Guid? coachUserId,
        bool withHistory,
        CancellationToken cancellationToken)
    {
        var history = withHistory
            ? await db.CoachAssignments.AsNoTracking()
                .Where(a => a.ProfileId == profileId)
                .OrderBy(a => a.AssignedAt).ThenBy(a => a.Id)
                .ToListAsync(cancellationToken)
            : [];

        var emails = new Dictionary<Guid, string>();
        foreach (var id in history.SelectMany(a => new[] { a.CoachUserId, a.AssignedByUserId }).Append(coachUserId).OfType<Guid>().Distinct())
        {
            if (await identity.FindUserAsync(id, cancellationToken) is { } account)
            {
                emails[id] = account.Email;
            }
        }

        string? EmailOf(Guid? id) => id is { } key ? emails.GetValueOrDefault(key) : null;

        var coach = coachUserId is { } current ? new CoachDto(current, EmailOf(current) ?? "") : null;
        return new ProfileCoachDto(
            profileId,
            coach,
            withHistory
                ? history.Select(a => new CoachAssignmentDto(a.CoachUserId, EmailOf(a.CoachUserId), a.AssignedAt, a.AssignedByUserId, EmailOf(a.AssignedByUserId), a.Reason)).ToList()
                : null);
    }
}
