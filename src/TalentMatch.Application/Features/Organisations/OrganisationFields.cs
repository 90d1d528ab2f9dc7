using FluentValidation;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Organisations;

namespace TalentMatch.Application.Features.Organisations;

/// <summary>The fields of an organisation, shared by create and update.</summary>
public interface IOrganisationFields
{
    string? Name { get; }
    OrganisationKind? Kind { get; }
    string? Postcode { get; }
    string? Email { get; }
    string? Phone { get; }
    string? Website { get; }
    string? Description { get; }
}

public abstract class OrganisationFieldsValidator<T> : AbstractValidator<T>
    where T : IOrganisationFields
{
    public const int MaxWebsiteLength = 300;
    public const int MaxDescriptionLength = 2000;

    protected OrganisationFieldsValidator()
    {
        RuleFor(o => o.Name).RequiredText(Validation.MaxTitleLength);
        RuleFor(o => o.Kind).DefinedEnum();
        RuleFor(o => o.Postcode).BelgianPostcode();
        RuleFor(o => o.Email).OptionalEmail();
        RuleFor(o => o.Phone).OptionalPhone();
        RuleFor(o => o.Website).MaximumLength(MaxWebsiteLength)
            .Must(w => string.IsNullOrWhiteSpace(w) || (Uri.TryCreate(w.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
            .WithMessageKey(Messages.WebsiteInvalid);
        RuleFor(o => o.Description).Text(MaxDescriptionLength, multiline: true);
    }
}

/// <summary>From a request's fields to what the organisation says about itself.</summary>
public static class OrganisationFieldValues
{
    public static OrganisationDetails ToDetails(this IOrganisationFields fields) =>
        new(fields.Name!, fields.Kind!.Value, fields.Postcode!, fields.Email, fields.Phone, fields.Website, fields.Description);
}
