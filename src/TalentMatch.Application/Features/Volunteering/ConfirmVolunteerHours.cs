using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Coins;
using TalentMatch.Application.Features.Organisations;
using TalentMatch.Domain.Volunteering;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>
/// The requester confirms hours given: an employer of the requesting organisation, or for a
/// neighbour's request the neighbour who asked, or a matchmaker or admin on the neighbour's
/// behalf. Nobody confirms hours they logged themselves or that are their own.
/// </summary>
public sealed record ConfirmVolunteerHoursCommand(Guid VolunteerRequestId, Guid EntryId) : ICommand<VolunteerHoursDto>, IRequirePolicy
{
    public static Policy Policy => Policies.ConfirmVolunteerHours;
}

public sealed class ConfirmVolunteerHoursCommandHandler(ITalentMatchDbContext db, ICurrentUser user, TimeProvider clock, CoinLedger coins)
    : IRequestHandler<ConfirmVolunteerHoursCommand, VolunteerHoursDto>
{
    public async Task<VolunteerHoursDto> Handle(ConfirmVolunteerHoursCommand request, CancellationToken cancellationToken)
    {
        var userId = user.RequireUserId();
        var volunteerRequest = await db.LoadRequestAsync(request.VolunteerRequestId, cancellationToken);
        var hours = await db.VolunteerHours.FirstOrDefaultAsync(h => h.Id == request.EntryId && h.VolunteerRequestId == volunteerRequest.Id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.VolunteerHours, request.EntryId);

        var requester = volunteerRequest.OrganisationId is { } organisationId
            ? OrganisationAccess.IsEmployerOf(user, organisationId)
            : Policies.ConfirmNeighbourHours.Allows(user) || volunteerRequest.IsAskedBy(user.UserId);
        if (!requester)
        {
            throw new ForbiddenAccessException(volunteerRequest.OrganisationId is null
                ? Messages.NeighbourHoursConfirmedByStaff
                : Messages.OrganisationHoursConfirmedByEmployer);
        }

        var ownHours = hours.LoggedByUserId == userId ||
                       await db.Profiles.AnyAsync(p => p.Id == hours.ProfileId && p.OwnerUserId == userId, cancellationToken);
        if (ownHours)
        {
            throw new ForbiddenAccessException(Messages.OwnHoursNotConfirmed);
        }

        hours.Confirm(userId, clock.GetUtcNow().UtcDateTime);
        await coins.EarnForHoursAsync(hours, volunteerRequest, userId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return hours.ToDto();
    }
}
