using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Application.Features.Opportunities;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Vacancies;

/// <summary>
/// Starts a draft vacancy from an ESCO occupation that an employer can work with. The most specific
/// essential competences (at most Vacancies:MaxRequiredFromOccupation, 8 by default) become required
/// at level 2, the other essential ones preferred at level 2, and the optional ones preferred at
/// level 1. Dutch is required at Vacancies:DefaultDutchLevel (B1 by default) unless the request
/// gives languages; an empty list asks none. The employer then trims and opens it.
/// </summary>
public sealed record CreateVacancyFromOccupationCommand(
    Guid? OrganisationId,
    Guid? OccupationId,
    string? Title,
    string? Description,
    string? Postcode,
    double? HoursPerWeek,
    ContractType? Contract,
    int? Openings,
    List<OpportunityLanguageInput>? Languages = null) : ICommand<Versioned<VacancyDto>>, IRequirePolicy
{
    public static Policy Policy => Policies.WriteVacancies;
}

public sealed class CreateVacancyFromOccupationCommandValidator : AbstractValidator<CreateVacancyFromOccupationCommand>
{
    public CreateVacancyFromOccupationCommandValidator()
    {
        RuleFor(c => c.OrganisationId).NotEmpty();
        RuleFor(c => c.OccupationId).NotEmpty();
        RuleFor(c => c.Title).RequiredText(Validation.MaxTitleLength).When(c => c.Title is not null);
        RuleFor(c => c.Description).Text(Validation.MaxDescriptionLength, multiline: true);
        RuleFor(c => c.Postcode).BelgianPostcode().When(c => c.Postcode is not null);
        RuleFor(c => c.HoursPerWeek).InclusiveBetween(1, 60).When(c => c.HoursPerWeek is not null);
        RuleFor(c => c.Contract).Must(c => c is null || Enum.IsDefined(c.Value));
        RuleFor(c => c.Openings).InclusiveBetween(1, 1000).When(c => c.Openings is not null);
        this.LanguageRules(c => c.Languages);
    }
}

/// <summary>
/// An essential competence of an occupation, with what says how specific it is: its reuse level,
/// and in how many occupations of the catalogue it is essential.
/// </summary>
public sealed record EssentialCompetence(Guid CompetenceId, ReuseLevel? ReuseLevel, int EssentialIn);

public sealed class CreateVacancyFromOccupationCommandHandler(
    ITalentMatchDbContext db,
    ICurrentUser user,
    OpportunityAccess access,
    OpportunityReader reader,
    TimeProvider clock,
    IOptions<VacancyOptions> options,
    MatchingOptions scoring,
    ITitleMemory titles)
    : IRequestHandler<CreateVacancyFromOccupationCommand, Versioned<VacancyDto>>
{
    public const int EssentialLevel = 2;
    public const int OptionalLevel = 1;
    public const string Dutch = "nl";

    /// <summary>A full-time week in Belgium.</summary>
    public const double DefaultHoursPerWeek = 38;

    public async Task<Versioned<VacancyDto>> Handle(CreateVacancyFromOccupationCommand request, CancellationToken cancellationToken)
    {
        access.EnsureCanWrite(request.OrganisationId, Policies.VacancyStaff);
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == request.OrganisationId, cancellationToken)
            ?? throw new InvalidReferenceException("organisationId", EntityNames.Organisation, request.OrganisationId!.Value);
        var occupation = await db.Occupations.AsNoTracking()
            .Include(o => o.Labels).Include(o => o.Competences)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == request.OccupationId, cancellationToken)
            ?? throw new InvalidReferenceException("occupationId", EntityNames.Occupation, request.OccupationId!.Value);

        // Essential before optional, so a competence listed both ways counts as essential, and a
        // cap on the number of requirements drops the optional and the least specific first.
        var essential = await MostSpecificEssentialAsync(occupation, cancellationToken);
        var optional = occupation.Competences
            .Where(c => c.Relation == OccupationCompetenceRelation.Optional)
            .Select(c => c.CompetenceId)
            .Except(essential);
        var required = options.Value.MaxRequiredFromOccupation;
        var requirements = essential
            .Select((id, rank) => new OpportunityRequirementInput(id, EssentialLevel, rank < required ? Importance.Required : Importance.Preferred, null))
            .Concat(optional.Select(id => new OpportunityRequirementInput(id, OptionalLevel, Importance.Preferred, null)))
            .Take(Opportunity.MaxRequirements)
            .ToList();
        var languages = request.Languages ?? [new OpportunityLanguageInput(Dutch, options.Value.DefaultDutchLevel, Importance.Required)];
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
            languages,
            request.Openings ?? 1,
            OpportunityStatus.Draft,
            false,
            []);

        var now = clock.GetUtcNow().UtcDateTime;
        var vacancy = CreateVacancyCommandHandler.Describe(new Vacancy(organisation.Id, access.CallerId, now), fields, now);
        db.Vacancies.Add(vacancy);
        await titles.RememberAsync(request.Title, occupation.Id, TitleSource.Vacancy, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.ReadAsync(vacancy, VacancyDto.From, cancellationToken);
    }

    /// <summary>
    /// Most specific first, since a specific competence says the most about fitness for this job, by
    /// the score's own reading of specific (<see cref="ScoreModel.Specificity"/>: weight by reuse level
    /// times rarity among occupations), so a draft requires what its score weighs most. Ties go to the
    /// rarer (essential in fewer occupations), then by id, so a draft is the same every time.
    /// </summary>
    /// <param name="essential">The occupation's essential competences.</param>
    /// <param name="occupationCount">How many occupations the catalogue has (for rarity).</param>
    /// <param name="options">The scoring weights the deployment uses.</param>
    public static IReadOnlyList<Guid> MostSpecificFirst(IEnumerable<EssentialCompetence> essential, int occupationCount, MatchingOptions options) =>
        essential
            .OrderByDescending(e => ScoreModel.Specificity(e.ReuseLevel, e.EssentialIn, occupationCount, options))
            .ThenBy(e => e.EssentialIn)
            .ThenBy(e => e.CompetenceId)
            .Select(e => e.CompetenceId)
            .ToList();

    private async Task<IReadOnlyList<Guid>> MostSpecificEssentialAsync(Occupation occupation, CancellationToken cancellationToken)
    {
        var ids = occupation.Competences
            .Where(c => c.Relation == OccupationCompetenceRelation.Essential)
            .Select(c => c.CompetenceId)
            .Distinct()
            .ToList();
        var levels = await db.Competences.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => c.ReuseLevel, cancellationToken);
        var essentialIn = await db.OccupationCompetences.AsNoTracking()
            .Where(oc => oc.Relation == OccupationCompetenceRelation.Essential && ids.Contains(oc.CompetenceId))
            .GroupBy(oc => oc.CompetenceId)
            .Select(g => new { CompetenceId = g.Key, Occupations = g.Count() })
            .ToDictionaryAsync(g => g.CompetenceId, g => g.Occupations, cancellationToken);
        var occupationCount = await db.Occupations.CountAsync(cancellationToken);
        return MostSpecificFirst(ids.Select(id => new EssentialCompetence(id, levels.GetValueOrDefault(id), essentialIn.GetValueOrDefault(id))), occupationCount, scoring);
    }
}
