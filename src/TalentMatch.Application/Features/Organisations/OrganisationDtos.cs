using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Organisations;
using TalentMatch.Domain.Places;

namespace TalentMatch.Application.Features.Organisations;

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
    DateTime UpdatedAt)
{
    public static Versioned<OrganisationDto> Versioned(Organisation o, PostcodeDirectory places) => new(
        new OrganisationDto(o.Id, o.Name, o.Kind, o.Postcode, places.DistrictOf(o.Postcode), o.Email, o.Phone, o.Website, o.Description, o.CreatedAt, o.UpdatedAt),
        ETags.Format(o.ConcurrencyStamp));
}

public sealed record OrganisationSummaryDto(Guid Id, string Name, OrganisationKind Kind, string Postcode, string District);
