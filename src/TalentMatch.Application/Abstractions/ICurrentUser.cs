namespace TalentMatch.Application.Abstractions;

/// <summary>The caller of the current request.</summary>
public interface ICurrentUser
{
    /// <summary>The user's id, or null when nobody is signed in (start-up, CLI).</summary>
    Guid? UserId { get; }

    /// <summary>The organisation an Employer belongs to.</summary>
    Guid? OrganisationId { get; }

    bool IsInRole(string role);

    /// <summary>The preferred language of the request (nl, en or fr).</summary>
    string Language { get; }
}
