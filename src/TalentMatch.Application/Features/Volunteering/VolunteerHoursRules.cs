using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Volunteering;

namespace TalentMatch.Application.Features.Volunteering;

public sealed record VolunteerHoursDto(
    Guid Id,
    Guid VolunteerRequestId,
    Guid ProfileId,
    DateOnly Date,
    double Hours,
    bool Confirmed,
    Guid LoggedByUserId,
    DateTime LoggedAt,
    Guid? ConfirmedByUserId,
    DateTime? ConfirmedAt);

/// <summary>Who logs, reads and confirms volunteer hours.</summary>
public static class VolunteerHoursRules
{
    public static async Task<VolunteerRequest> LoadRequestAsync(this ITalentMatchDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.VolunteerRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new NotFoundException(EntityNames.VolunteerRequest, id);

    public static VolunteerHoursDto ToDto(this VolunteerHours h) =>
        new(h.Id, h.VolunteerRequestId, h.ProfileId, h.Date, h.Hours, h.IsConfirmed, h.LoggedByUserId, h.LoggedAt, h.ConfirmedByUserId, h.ConfirmedAt);
}
