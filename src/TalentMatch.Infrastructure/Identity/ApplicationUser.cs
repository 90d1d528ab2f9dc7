using Microsoft.AspNetCore.Identity;

namespace TalentMatch.Infrastructure.Identity;

/// <summary>An account. Staff accounts of an employer carry their organisation.</summary>
public class ApplicationUser : IdentityUser<Guid>
{
    public ApplicationUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString();
    }

    public Guid? OrganisationId { get; set; }
    public DateTime CreatedAt { get; set; }
}
