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

/// <summary>From a request's fields to a volunteer request's own terms.</summary>
public static class VolunteerRequestFieldValues
{
    public static VolunteerTerms ToTerms(this IVolunteerRequestFields fields) =>
        new(fields.RequesterName, fields.StartsAt, fields.EndsAt, fields.Recurring, fields.HoursEstimate, fields.VolunteersNeeded, fields.Neighbourhood);
}
