using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Volunteering;

/// <summary>
/// Hours a volunteer gave on a volunteer request on one day. The requester (or staff on a
/// neighbour's behalf) confirms them; confirmed hours are the ground for community credits.
/// </summary>
public class VolunteerHours
{
    public const double MaxHoursPerDay = 24;

    private VolunteerHours()
    {
    }

    public VolunteerHours(Guid volunteerRequestId, Guid profileId, DateOnly date, double hours, Guid loggedByUserId, DateTime loggedAt)
    {
        if (hours is <= 0 or > MaxHoursPerDay)
        {
            throw new DomainRuleException(DomainMessages.VolunteerHoursPerDay, MaxHoursPerDay);
        }

        VolunteerRequestId = volunteerRequestId;
        ProfileId = profileId;
        Date = date;
        Hours = hours;
        LoggedByUserId = loggedByUserId;
        LoggedAt = loggedAt;
    }

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public Guid VolunteerRequestId { get; private set; }
    public Guid ProfileId { get; private set; }
    public DateOnly Date { get; private set; }
    public double Hours { get; private set; }
    public Guid LoggedByUserId { get; private set; }
    public DateTime LoggedAt { get; private set; }
    public Guid? ConfirmedByUserId { get; private set; }
    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>A random stamp that changes with every write, so hours are never confirmed twice at once.</summary>
    public string ConcurrencyStamp { get; private set; } = Guid.NewGuid().ToString("N");

    public bool IsConfirmed => ConfirmedAt is not null;

    public void Confirm(Guid byUserId, DateTime now)
    {
        if (IsConfirmed)
        {
            throw new DomainRuleException(DomainMessages.HoursAlreadyConfirmed);
        }

        ConfirmedByUserId = byUserId;
        ConfirmedAt = now;
        ConcurrencyStamp = Guid.NewGuid().ToString("N");
    }
}
