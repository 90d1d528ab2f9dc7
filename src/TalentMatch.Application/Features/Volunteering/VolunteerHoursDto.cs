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
    DateTime? ConfirmedAt)
{
    public static VolunteerHoursDto From(VolunteerHours h) =>
        new(h.Id, h.VolunteerRequestId, h.ProfileId, h.Date, h.Hours, h.IsConfirmed, h.LoggedByUserId, h.LoggedAt, h.ConfirmedByUserId, h.ConfirmedAt);
}
