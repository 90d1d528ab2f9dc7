using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Volunteering;

/// <summary>The fields of a volunteer request, shared by create and update.</summary>
public interface IVolunteerRequestFields : IOpportunityFields
{
    string? RequesterName { get; }
    DateTime? StartsAt { get; }
    DateTime? EndsAt { get; }
    Recurrence? Recurring { get; }
    double HoursEstimate { get; }
    int VolunteersNeeded { get; }

    /// <summary>Help for the neighbourhood: confirmed hours earn community coins.</summary>
    bool Neighbourhood { get; }
}

public abstract class VolunteerRequestFieldsValidator<T> : OpportunityFieldsValidator<T>
    where T : IVolunteerRequestFields
{
    protected VolunteerRequestFieldsValidator()
    {
        RuleFor(v => v.RequesterName)
            .Must((v, name) => v.OrganisationId is null != string.IsNullOrWhiteSpace(name))
            .WithMessageKey(Messages.RequesterOrOrganisation)
            .Text(Validation.MaxNameLength);
        RuleFor(v => v.OrganisationId).NotEqual(Guid.Empty);
        RuleFor(v => v.EndsAt).GreaterThan(v => v.StartsAt).When(v => v.StartsAt is not null && v.EndsAt is not null);
        RuleFor(v => v.Recurring).Must(r => r is null || Enum.IsDefined(r.Value));
        RuleFor(v => v.HoursEstimate).InclusiveBetween(0.5, 40);
        RuleFor(v => v.VolunteersNeeded).InclusiveBetween(1, 100);
    }
}

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
    DateTime UpdatedAt);

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

/// <summary>
/// Besides opportunity staff, coaches and talent scouts ask for volunteers on a neighbour's or an
/// organisation's behalf; an employer asks for their own organisation.
/// </summary>
public static class VolunteerRequestRules
{
    public static void ApplyVolunteerRequest(this OpportunityMapping mapping, VolunteerRequest request, IVolunteerRequestFields fields)
    {
        mapping.Apply(request, fields);
        request.RequesterName = fields.RequesterName.TrimToNull();
        request.StartsAt = fields.StartsAt?.ToUniversalTime();
        request.EndsAt = fields.EndsAt?.ToUniversalTime();
        request.Recurring = fields.Recurring;
        request.HoursEstimate = fields.HoursEstimate;
        request.VolunteersNeeded = fields.VolunteersNeeded;
        request.Neighbourhood = fields.Neighbourhood;
    }

    /// <summary>A neighbour's name is personal data: job seekers see the district, not who asks.</summary>
    public static async Task<Versioned<VolunteerRequestDto>> ToVersionedDtoAsync(this OpportunityMapping mapping, VolunteerRequest v, CancellationToken cancellationToken)
    {
        var view = await mapping.ViewAsync(v, cancellationToken);
        var dto = new VolunteerRequestDto(
            v.Id, v.Kind, v.OrganisationId, view.OrganisationName, mapping.IsJobSeeker ? null : v.RequesterName, v.Title, v.Description, v.Postcode, view.District,
            v.StartsAt, v.EndsAt, v.Recurring, v.HoursEstimate, v.VolunteersNeeded, v.Neighbourhood, v.Status, v.MultilingualValued, v.Interests, view.Requirements, view.Languages, v.CreatedAt, v.UpdatedAt);
        return new Versioned<VolunteerRequestDto>(dto, ETags.Format(v.ConcurrencyStamp));
    }
}
