using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Opportunities;

public sealed record OpportunityRequirementDto(Guid CompetenceId, string Label, int MinLevel, Importance Importance, double? Weight);

public sealed record OpportunityLanguageDto(string Code, string Name, string MinLevel, Importance Importance);

/// <summary>
/// What every opportunity DTO shows beyond its own fields: names, district and labelled lists, and
/// whether the caller sees who asked.
/// </summary>
public sealed record OpportunityView(
    string? OrganisationName,
    string District,
    IReadOnlyList<OpportunityRequirementDto> Requirements,
    IReadOnlyList<OpportunityLanguageDto> Languages,
    bool SeesRequesterNames);
