using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>What a volunteer request adds: who asks, when, how long and how many helpers.</summary>
public sealed record VolunteerTerms(
    string? RequesterName,
    DateTime? StartsAt,
    DateTime? EndsAt,
    Recurrence? Recurring,
    double HoursEstimate,
    int VolunteersNeeded,
    bool Neighbourhood);
