using System.Linq.Expressions;
using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Opportunities;

public sealed record OpportunityRequirementInput(Guid CompetenceId, int MinLevel, Importance? Importance, double? Weight);

public sealed record OpportunityLanguageInput(string? Code, string? MinLevel, Importance? Importance);

/// <summary>The fields vacancies and volunteer requests share, for create and update alike.</summary>
public interface IOpportunityFields
{
    Guid? OrganisationId { get; }
    string? Title { get; }
    string? Description { get; }
    string? Postcode { get; }
    List<OpportunityRequirementInput>? Requirements { get; }
    List<OpportunityLanguageInput>? Languages { get; }
    List<string>? Interests { get; }
    bool MultilingualValued { get; }
    OpportunityStatus? Status { get; }
}

/// <summary>A body that names an ESCO occupation, which must exist.</summary>
public interface IOccupationReference
{
    Guid? OccupationId { get; }
}

/// <summary>From a request's fields to what the opportunity says about itself.</summary>
public static class OpportunityFieldValues
{
    public static OpportunityDetails ToDetails(this IOpportunityFields fields) => new(
        fields.OrganisationId,
        fields.Title!,
        fields.Description,
        fields.Postcode!,
        fields.MultilingualValued,
        fields.Interests ?? [],
        (fields.Requirements ?? []).Select(r => new OpportunityRequirement(r.CompetenceId, r.MinLevel, r.Importance!.Value, r.Weight)).ToList(),
        (fields.Languages ?? []).Select(l => new OpportunityLanguage(l.Code!.Trim().ToLowerInvariant(), CefrLevel.Parse(l.MinLevel!), l.Importance!.Value)).ToList(),
        fields.Status ?? OpportunityStatus.Draft);
}
