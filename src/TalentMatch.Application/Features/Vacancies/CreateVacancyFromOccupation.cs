using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>
/// Starts a draft vacancy from an ESCO occupation: its essential competences become required
/// (level 2), its optional ones preferred (level 1). The employer then trims and opens it.
/// </summary>
public sealed record CreateVacancyFromOccupationCommand(
    Guid? OrganisationId,
    Guid? OccupationId,
    string? Title,
    string? Description,
    string? Postcode,
    double? HoursPerWeek,
    ContractType? Contract,
    int? Openings) : ICommand<Versioned<VacancyDto>>;

public sealed class CreateVacancyFromOccupationCommandValidator : AbstractValidator<CreateVacancyFromOccupationCommand>
{
    public CreateVacancyFromOccupationCommandValidator()
    {
        RuleFor(c => c.OrganisationId).NotEmpty();
        RuleFor(c => c.OccupationId).NotEmpty();
        RuleFor(c => c.Title).RequiredText(Validation.MaxTitleLength).When(c => c.Title is not null);
        RuleFor(c => c.Description).MaximumLength(Validation.MaxDescriptionLength);
        RuleFor(c => c.Postcode).BelgianPostcode().When(c => c.Postcode is not null);
        RuleFor(c => c.HoursPerWeek).InclusiveBetween(1, 60).When(c => c.HoursPerWeek is not null);
        RuleFor(c => c.Contract).Must(c => c is null || Enum.IsDefined(c.Value));
        RuleFor(c => c.Openings).InclusiveBetween(1, 1000).When(c => c.Openings is not null);
    }
}

public sealed class CreateVacancyFromOccupationCommandHandler(ITalentMatchDbContext db, ICurrentUser user, OpportunityMapping mapping)
    : IRequestHandler<CreateVacancyFromOccupationCommand, Versioned<VacancyDto>>
{
    public const int EssentialLevel = 2;
    public const int OptionalLevel = 1;

    /// <summary>A full-time week in Belgium.</summary>
    public const double DefaultHoursPerWeek = 38;

    public async Task<Versioned<VacancyDto>> Handle(CreateVacancyFromOccupationCommand request, CancellationToken cancellationToken)
    {
        mapping.EnsureCanWrite(request.OrganisationId, VacancyRules.Writers);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken)
            ?? throw new InvalidReferenceException("organisationId", $"Organisation '{request.OrganisationId}' does not exist.");
        var occupation = await db.Occupations.AsNoTracking()
            .Include(o => o.Labels).Include(o => o.Competences)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == request.OccupationId, cancellationToken)
            ?? throw new InvalidReferenceException("occupationId", $"Occupation '{request.OccupationId}' does not exist.");

        // Essential first, so a competence listed both ways stays required, and the cap keeps the essentials.
        var requirements = occupation.Competences
            .OrderBy(c => c.Relation == OccupationCompetenceRelation.Essential ? 0 : 1)
            .DistinctBy(c => c.CompetenceId)
            .Take(Opportunity.MaxRequirements)
            .Select(c => c.Relation == OccupationCompetenceRelation.Essential
                ? new OpportunityRequirementInput(c.CompetenceId, EssentialLevel, Importance.Required, null)
                : new OpportunityRequirementInput(c.CompetenceId, OptionalLevel, Importance.Preferred, null))
            .ToList();
        var title = request.Title?.Trim() ?? LabelChooser.Preferred(occupation.Labels, user.Language);
        var fields = new CreateVacancyCommand(
            organisation.Id,
            title[..Math.Min(title.Length, Validation.MaxTitleLength)],
            request.Description,
            occupation.Id,
            request.Postcode ?? organisation.Postcode,
            request.HoursPerWeek ?? DefaultHoursPerWeek,
            request.Contract ?? ContractType.Permanent,
            requirements,
            [],
            request.Openings ?? 1,
            OpportunityStatus.Draft,
            false,
            []);

        var vacancy = new Vacancy(organisation.Id, mapping.CallerId, mapping.Now);
        mapping.ApplyVacancy(vacancy, fields);
        db.Vacancies.Add(vacancy);
        await db.SaveChangesAsync(cancellationToken);
        return await mapping.ToVersionedDtoAsync(vacancy, cancellationToken);
    }
}
