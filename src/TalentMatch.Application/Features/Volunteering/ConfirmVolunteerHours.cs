using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Coins;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Opportunities;
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

public sealed class ConfirmVolunteerHoursCommandHandler(ITalentMatchDbContext db, VolunteerHoursAccess access, OpportunityStore opportunities, CoinLedger coins)
    : IRequestHandler<ConfirmVolunteerHoursCommand, VolunteerHoursDto>
{
    public async Task<VolunteerHoursDto> Handle(ConfirmVolunteerHoursCommand request, CancellationToken cancellationToken)
    {
        var volunteerRequest = await opportunities.LoadAsync<VolunteerRequest>(request.VolunteerRequestId, track: false, cancellationToken);
        var hours = await db.VolunteerHours.FirstOrDefaultAsync(h => h.Id == request.EntryId && h.VolunteerRequestId == volunteerRequest.Id, cancellationToken)
            ?? throw new NotFoundException(EntityNames.VolunteerHours, request.EntryId);

        await access.EnsureMayConfirmAsync(volunteerRequest, hours, cancellationToken);
        hours.Confirm(access.CallerId, opportunities.Now);
        await coins.EarnForHoursAsync(hours, volunteerRequest, access.CallerId, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return VolunteerHoursDto.From(hours);
    }
}
