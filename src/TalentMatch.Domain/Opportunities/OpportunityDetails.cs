using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>What every opportunity says about itself, as the person writing it gave it.</summary>
public sealed record OpportunityDetails(
    Guid? OrganisationId,
    string Title,
    string? Description,
    string Postcode,
    bool MultilingualValued,
    IReadOnlyCollection<string> Interests,
    IReadOnlyCollection<OpportunityRequirement> Requirements,
    IReadOnlyCollection<OpportunityLanguage> Languages,
    OpportunityStatus Status);
