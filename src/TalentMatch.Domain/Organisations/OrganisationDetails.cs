using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Organisations;

/// <summary>What an organisation says about itself.</summary>
public sealed record OrganisationDetails(
    string Name,
    OrganisationKind Kind,
    string Postcode,
    string? Email = null,
    string? Phone = null,
    string? Website = null,
    string? Description = null);
