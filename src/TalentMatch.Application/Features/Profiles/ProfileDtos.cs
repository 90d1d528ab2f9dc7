using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Profiles;

public sealed record ProfileCompetenceDto(
    Guid CompetenceId,
    string Label,
    int Level,
    CompetenceSource Source,
    Evidence Evidence,
    string? Note,
    Guid? ConfirmedByUserId,
    DateTime? ConfirmedAt);

public sealed record ProfileLanguageDto(string Code, string Name, string Level, bool Native);

public sealed record ProfileExperienceDto(Guid Id, Guid OccupationId, string Label, double Years, ExperienceContext Context);

public sealed record ProfileDto(
    Guid Id,
    string DisplayName,
    string Postcode,
    string District,
    string? Email,
    string? Phone,
    IReadOnlyList<OpportunityKind> Seeks,
    int HoursPerWeek,
    int MaxTravelKm,
    IReadOnlyList<ProfileCompetenceDto> Competences,
    IReadOnlyList<ProfileLanguageDto> Languages,
    IReadOnlyList<ProfileExperienceDto> Experiences,
    IReadOnlyList<string> Interests,
    ProfileVisibility Visibility,
    bool Claimed,
    Guid? CoachUserId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? DeactivatedAt);

/// <summary>A created profile; a claim code is returned once when staff created it for someone.</summary>
public sealed record CreatedProfileDto(ProfileDto Profile, string? ClaimCode, DateTime? ClaimCodeExpiresAt);

public sealed record ProfileSummaryDto(
    Guid Id,
    string DisplayName,
    string District,
    IReadOnlyList<OpportunityKind> Seeks,
    int CompetenceCount,
    IReadOnlyList<string> Languages,
    ProfileVisibility Visibility,
    bool Claimed,
    DateTime UpdatedAt);

public sealed record SuggestedCompetenceDto(Guid CompetenceId, string Label, bool Essential, IReadOnlyList<Guid> FromOccupationIds, double Strength);

public sealed record ClaimCodeDto(string Code, DateTime ExpiresAt);
