using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Profiles;

/// <summary>The shape of a profile's fields, for create and update alike.</summary>
public abstract class ProfileFieldsValidator<T> : AbstractValidator<T>
    where T : IProfileFields
{
    protected ProfileFieldsValidator()
    {
        RuleFor(p => p.DisplayName).RequiredText(Validation.MaxNameLength);
        RuleFor(p => p.Postcode).BelgianPostcode();
        RuleFor(p => p.Email).OptionalEmail();
        RuleFor(p => p.Phone).OptionalPhone();
        RuleFor(p => p.Seeks).NotEmpty().Must(s => s is null || s.Distinct().Count() == s.Count).WithMessageKey(Messages.Duplicates);
        RuleForEach(p => p.Seeks).IsInEnum();
        RuleFor(p => p.HoursPerWeek).InclusiveBetween(1, 60);
        RuleFor(p => p.MaxTravelKm).InclusiveBetween(0, 200);
        RuleFor(p => p.Visibility).Must(v => v is null || Enum.IsDefined(v.Value));

        RuleFor(p => p.Competences).Must(c => c is null || c.Count <= TalentProfile.MaxCompetences)
            .WithMessageKey(Messages.AtMostCompetences, TalentProfile.MaxCompetences)
            .UniqueBy(c => c.CompetenceId);
        RuleForEach(p => p.Competences).Present().ChildRules(c =>
        {
            c.RuleFor(x => x.CompetenceId).NotEmpty();
            c.RuleFor(x => x.Level).InclusiveBetween(ProfileCompetence.MinLevel, ProfileCompetence.MaxLevel);
            c.RuleFor(x => x.Source).DefinedEnum();
            c.RuleFor(x => x.Evidence).Must(e => e is null || Enum.IsDefined(e.Value));
            c.RuleFor(x => x.Note).Text(ProfileCompetenceInput.MaxNoteLength, multiline: true);
        });

        RuleFor(p => p.Languages).Must(l => l is null || l.Count <= TalentProfile.MaxLanguages)
            .WithMessageKey(Messages.AtMostLanguages, TalentProfile.MaxLanguages)
            .UniqueBy(l => l.Code?.Trim().ToLowerInvariant());
        RuleForEach(p => p.Languages).Present().ChildRules(l =>
        {
            l.RuleFor(x => x.Code).LanguageCode();
            l.RuleFor(x => x.Level).CefrLevelText();
        });

        RuleFor(p => p.Experiences).Must(e => e is null || e.Count <= TalentProfile.MaxExperiences)
            .WithMessageKey(Messages.AtMostExperiences, TalentProfile.MaxExperiences);
        RuleForEach(p => p.Experiences).Present().ChildRules(e =>
        {
            e.RuleFor(x => x.OccupationId).NotEmpty();
            e.RuleFor(x => x.Years).InclusiveBetween(0, 60);
            e.RuleFor(x => x.Context).DefinedEnum();
            e.RuleFor(x => x.Title).Text(Domain.Catalogue.TitleMemoryEntry.MaxTitleLength);
        });

        RuleFor(p => p.Interests).Must(i => i is null || i.Count <= TalentProfile.MaxInterests)
            .WithMessageKey(Messages.AtMostInterests, TalentProfile.MaxInterests);
        RuleForEach(p => p.Interests).NotEmpty().Text(60);
    }
}
