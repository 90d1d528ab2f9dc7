using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Profiles;

/// <summary>Who the person is and what they look for: the profile's own fields.</summary>
public sealed record ProfileDetails(
    string DisplayName,
    string Postcode,
    string? Email,
    string? Phone,
    bool SeeksJob,
    bool SeeksVolunteering,
    int HoursPerWeek,
    int MaxTravelKm,
    ProfileVisibility Visibility,
    IReadOnlyList<string> Interests);
