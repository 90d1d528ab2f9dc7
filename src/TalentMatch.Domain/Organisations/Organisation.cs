using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Organisations;

/// <summary>An employer or organisation that offers jobs or asks for volunteers.</summary>
public class Organisation : AggregateRoot
{
    private Organisation()
    {
    }

    public Organisation(Guid createdByUserId, DateTime now) => Created(createdByUserId, now);

    public string Name { get; set; } = "";
    public string NormalizedName { get; private set; } = "";
    public OrganisationKind Kind { get; set; }
    public string Postcode { get; set; } = "";
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public string? Website { get; set; }
    public string? Description { get; set; }

    public void Rename(string name)
    {
        Name = name.Trim();
        NormalizedName = TextNormalizer.Normalize(name);
    }
}
