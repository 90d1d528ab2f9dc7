using System.Linq.Expressions;
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

    /// <summary>
    /// The organisations other than <paramref name="id"/> that are the same as one with these
    /// details: the same name (folded) at the same postcode.
    /// </summary>
    public static Expression<Func<Organisation, bool>> SameAs(Guid id, OrganisationDetails details)
    {
        var normalized = Normalize(details.Name);
        var postcode = details.Postcode.Trim();
        return o => o.Id != id && o.NormalizedName == normalized && o.Postcode == postcode;
    }

    /// <summary>One organisation per name and postcode: a second one is refused (409).</summary>
    /// <param name="details">The details an organisation is about to take.</param>
    /// <param name="anotherIsTheSame">Whether another organisation is <see cref="SameAs"/> these details.</param>
    public static void EnsureNoneOtherIsTheSame(OrganisationDetails details, bool anotherIsTheSame)
    {
        if (anotherIsTheSame)
        {
            throw new DomainRuleException(DomainMessages.OrganisationExists, details.Name.Trim(), details.Postcode.Trim());
        }
    }

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
