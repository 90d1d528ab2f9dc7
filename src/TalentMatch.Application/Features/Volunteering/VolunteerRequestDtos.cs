using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

public sealed record VolunteerRequestDto(
    Guid Id,
    OpportunityKind Kind,
    Guid? OrganisationId,
    string? OrganisationName,
    string? RequesterName,
    string Title,
    string Description,
    string Postcode,
    string District,
    DateTime? StartsAt,
    DateTime? EndsAt,
    Recurrence? Recurring,
    double HoursEstimate,
    int VolunteersNeeded,
    bool Neighbourhood,
    OpportunityStatus Status,
    bool MultilingualValued,
    IReadOnlyList<string> Interests,
    IReadOnlyList<OpportunityRequirementDto> Requirements,
    IReadOnlyList<OpportunityLanguageDto> Languages,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    /// <summary>A neighbour's name is personal data: job seekers see the district, not who asks.</summary>
    public static VolunteerRequestDto From(VolunteerRequest v, OpportunityView view) => new(
        v.Id, v.Kind, v.OrganisationId, view.OrganisationName, view.SeesRequesterNames ? v.RequesterName : null, v.Title, v.Description, v.Postcode, view.District,
        v.StartsAt, v.EndsAt, v.Recurring, v.HoursEstimate, v.VolunteersNeeded, v.Neighbourhood, v.Status, v.MultilingualValued, v.Interests, view.Requirements, view.Languages, v.CreatedAt, v.UpdatedAt);
}

public sealed record VolunteerRequestSummaryDto(
    Guid Id,
    OpportunityKind Kind,
    Guid? OrganisationId,
    string? OrganisationName,
    string Title,
    string District,
    DateTime? StartsAt,
    Recurrence? Recurring,
    double HoursEstimate,
    int VolunteersNeeded,
    OpportunityStatus Status,
    int RequirementCount,
    DateTime UpdatedAt);
