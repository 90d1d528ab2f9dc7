using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Organisations;

/// <summary>An employer or organisation that offers jobs or asks for volunteers.</summary>
public class Organisation : AggregateRoot
{
    private Organisation()
    {
    }

    public Organisation(Guid createdByUserId, DateTime now) => Created(createdByUserId, now);

    public string Name { get; private set; } = "";

    /// <summary>The name folded for comparison: the same name at the same postcode is the same organisation.</summary>
    public string NormalizedName { get; private set; } = "";
    public OrganisationKind Kind { get; private set; }
    public string Postcode { get; private set; } = "";
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Website { get; private set; }
    public string? Description { get; private set; }

    public static string Normalize(string name) => TextNormalizer.Normalize(name);

    public void Update(OrganisationDetails details, DateTime now)
    {
        Name = details.Name.Trim();
        NormalizedName = Normalize(details.Name);
        Kind = details.Kind;
        Postcode = details.Postcode.Trim();
        Email = details.Email.TrimToNull();
        Phone = details.Phone.TrimToNull();
        Website = details.Website.TrimToNull();
        Description = details.Description.TrimToNull();
        Touch(now);
    }
}
