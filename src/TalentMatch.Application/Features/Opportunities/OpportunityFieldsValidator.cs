using System.Linq.Expressions;
using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Opportunities;
using TalentMatch.Domain.Profiles;

namespace TalentMatch.Application.Features.Opportunities;

public abstract class OpportunityFieldsValidator<T> : AbstractValidator<T>
    where T : IOpportunityFields
{
    public const int MaxInterests = 20;
    public const double MinWeight = 0.1;
    public const double MaxWeight = 10;

    protected OpportunityFieldsValidator()
    {
        RuleFor(o => o.Title).RequiredText(Validation.MaxTitleLength);
        RuleFor(o => o.Description).Text(Validation.MaxDescriptionLength, multiline: true);
        RuleFor(o => o.Postcode).BelgianPostcode();
        RuleFor(o => o.Status).Must(s => s is null || Enum.IsDefined(s.Value));

        RuleFor(o => o.Requirements).Must(r => r is null || r.Count <= Opportunity.MaxRequirements)
            .WithMessageKey(Messages.AtMostRequirements, Opportunity.MaxRequirements)
            .UniqueBy(r => r.CompetenceId);
        RuleForEach(o => o.Requirements).Present().ChildRules(r =>
        {
            r.RuleFor(x => x.CompetenceId).NotEmpty();
            r.RuleFor(x => x.MinLevel).InclusiveBetween(ProfileCompetence.MinLevel, ProfileCompetence.MaxLevel);
            r.RuleFor(x => x.Importance).DefinedEnum();
            r.RuleFor(x => x.Weight).InclusiveBetween(MinWeight, MaxWeight).When(x => x.Weight is not null);
        });

        this.LanguageRules(o => o.Languages);

        RuleFor(o => o.Interests).Must(i => i is null || i.Count <= MaxInterests)
            .WithMessageKey(Messages.AtMostInterests, MaxInterests);
        RuleForEach(o => o.Interests).NotEmpty().Text(60);
    }
}

public static class OpportunityLanguageValidation
{
    /// <summary>The languages an opportunity asks for: a few, each once, each a known code at a CEFR level.</summary>
    public static void LanguageRules<T>(this AbstractValidator<T> validator, Expression<Func<T, IEnumerable<OpportunityLanguageInput>?>> languages)
    {
        validator.RuleFor(languages).Must(l => l is null || l.Count() <= Opportunity.MaxLanguages)
            .WithMessageKey(Messages.AtMostLanguages, Opportunity.MaxLanguages)
            .UniqueBy(l => l.Code?.Trim().ToLowerInvariant());
        validator.RuleForEach(languages).Present().ChildRules(l =>
        {
            l.RuleFor(x => x.Code).LanguageCode();
            l.RuleFor(x => x.MinLevel).CefrLevelText();
            l.RuleFor(x => x.Importance).DefinedEnum();
        });
    }
}
