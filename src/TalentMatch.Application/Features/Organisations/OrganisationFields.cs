using FluentValidation;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Organisations;
using TalentMatch.Domain.Places;

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

public sealed record OrganisationDto(
    Guid Id,
    string Name,
    OrganisationKind Kind,
    string Postcode,
    string District,
    string? Email,
    string? Phone,
    string? Website,
    string? Description,
    DateTime CreatedAt,
    DateTime UpdatedAt);

public sealed record OrganisationSummaryDto(Guid Id, string Name, OrganisationKind Kind, string Postcode, string District);

/// <summary>Who may see and change an organisation, and how its fields are written and read.</summary>
public static class OrganisationRules
{
    /// <summary>Staff who work with people see organisations too: they ask for volunteers on their behalf.</summary>

    public static bool IsEmployerOf(ICurrentUser user, Guid? organisationId) =>
        user.IsInRole(Roles.Employer) && organisationId is not null && user.OrganisationId == organisationId;

    public static async Task<Organisation> LoadAsync(this ITalentMatchDbContext db, Guid id, CancellationToken cancellationToken) =>
        await db.Organisations.FirstOrDefaultAsync(o => o.Id == id, cancellationToken)
        ?? throw new NotFoundException(EntityNames.Organisation, id);

    public static void EnsureCanRead(ICurrentUser user, Organisation organisation)
    {
        if (!Policies.SeeEveryOrganisation.Allows(user) && !IsEmployerOf(user, organisation.Id))
        {
            throw new ForbiddenAccessException(Messages.EmployerSeesOwnOrganisation);
        }
    }

    public static void EnsureCanChange(ICurrentUser user, Organisation organisation)
    {
        if (!Policies.OpportunityStaff.Allows(user) && !IsEmployerOf(user, organisation.Id))
        {
            throw new ForbiddenAccessException(Messages.OrganisationChangeForbidden);
        }
    }

    /// <summary>Writes the fields; the same name at the same postcode is the same organisation (409).</summary>
    public static async Task ApplyAsync(this ITalentMatchDbContext db, Organisation organisation, IOrganisationFields fields, DateTime now, CancellationToken cancellationToken)
    {
        var normalized = TextNormalizer.Normalize(fields.Name);
        var postcode = fields.Postcode!.Trim();
        if (await db.Organisations.AnyAsync(o => o.Id != organisation.Id && o.NormalizedName == normalized && o.Postcode == postcode, cancellationToken))
        {
            throw new DomainRuleException(Messages.OrganisationExists, fields.Name!.Trim(), postcode);
        }

        organisation.Rename(fields.Name!);
        organisation.Kind = fields.Kind!.Value;
        organisation.Postcode = postcode;
        organisation.Email = fields.Email.TrimToNull();
        organisation.Phone = fields.Phone.TrimToNull();
        organisation.Website = fields.Website.TrimToNull();
        organisation.Description = fields.Description.TrimToNull();
        organisation.Touch(now);
    }

    public static Versioned<OrganisationDto> ToVersionedDto(this Organisation o, PostcodeDirectory places) => new(
        new OrganisationDto(o.Id, o.Name, o.Kind, o.Postcode, places.DistrictOf(o.Postcode), o.Email, o.Phone, o.Website, o.Description, o.CreatedAt, o.UpdatedAt),
        ETags.Format(o.ConcurrencyStamp));

}
