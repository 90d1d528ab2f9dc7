using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Notifications;
using TalentMatch.Domain.Aftercare;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Matchmaking;
using TalentMatch.Domain.Notifications;

namespace TalentMatch.Application.Features.Aftercare;

/// <summary>One person, one coach: a matchmaker gives a person a coach, another coach, or none (null).</summary>
public sealed record AssignCoachCommand(Guid? CoachUserId, string? Reason) : ICommand<ProfileCoachDto>, IRequirePolicy
{
    public static Policy Policy => Policies.ManageAftercare;

    [JsonIgnore]
    public Guid ProfileId { get; init; }
}

public sealed class AssignCoachCommandValidator : AbstractValidator<AssignCoachCommand>
{
    public AssignCoachCommandValidator()
    {
        RuleFor(c => c.CoachUserId).NotEqual(Guid.Empty);
        RuleFor(c => c.Reason).Text(Match.MaxReasonLength, multiline: true);
    }
}

public sealed class AssignCoachCommandHandler(ITalentMatchDbContext db, ICurrentUser user, IIdentityService identity, Notifier notifier, TimeProvider clock)
    : IRequestHandler<AssignCoachCommand, ProfileCoachDto>
{
    public async Task<ProfileCoachDto> Handle(AssignCoachCommand request, CancellationToken cancellationToken)
    {
        var profile = await db.Profiles.FirstOrDefaultAsync(p => p.Id == request.ProfileId, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Profile, request.ProfileId);

        if (request.CoachUserId is { } coachId && !await identity.UserHasRoleAsync(coachId, Roles.Coach))
        {
            throw new InvalidReferenceException("coachUserId", EntityNames.Coach, coachId);
        }

        // Assigning the coach the person already has changes nothing and writes no history.
        var now = clock.GetUtcNow().UtcDateTime;
        if (profile.AssignCoach(request.CoachUserId, now))
        {
            db.CoachAssignments.Add(new CoachAssignment(profile.Id, request.CoachUserId, user.RequireUserId(), now, request.Reason.TrimToNull()));
            notifier.Notify(request.CoachUserId, NotificationType.CoachAssigned, profile.Id, now);

            await db.SaveChangesAsync(cancellationToken);
        }

        return await db.ReadCoachAsync(identity, profile.Id, profile.CoachUserId, withHistory: true, cancellationToken);
    }
}
