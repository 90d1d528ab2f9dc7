using System.Security.Claims;

namespace TalentMatch.Application.Abstractions;

/// <summary>The outcome of creating an account.</summary>
public sealed record AccountCreated(Guid UserId, string Email, string Role, Guid? OrganisationId);

/// <summary>An account's contact address and roles, for showing a coach to a person or sending a notification.</summary>
public sealed record UserContact(Guid UserId, string Email, IReadOnlyList<string> Roles);

/// <summary>An account as an admin lists it: never a password hash or a token.</summary>
public sealed record AccountSummary(Guid UserId, string Email, string? Role, Guid? OrganisationId, DateTime CreatedAt);

/// <summary>How an admin orders the accounts list.</summary>
public enum AccountOrder
{
    Newest,
    Email,
}

/// <summary>Accounts and sign-in, kept behind an interface so handlers stay free of ASP.NET Identity.</summary>
public interface IIdentityService
{
    /// <summary>Creates an account; throws a validation or conflict error when it cannot.</summary>
    Task<AccountCreated> CreateUserAsync(string email, string password, string role, Guid? organisationId, CancellationToken cancellationToken);

    /// <summary>The principal to sign in with, or null when the credentials are wrong or the account is locked.</summary>
    Task<ClaimsPrincipal?> SignInAsync(string email, string password);

    /// <summary>A fresh principal for a valid refresh token, or null.</summary>
    Task<ClaimsPrincipal?> RefreshAsync(string refreshToken);

    /// <summary>One page of accounts whose e-mail address contains <paramref name="email"/> (any when null).</summary>
    Task<Common.PagedList<AccountSummary>> ListUsersAsync(string? email, AccountOrder order, int page, int pageSize, CancellationToken cancellationToken);

    /// <summary>
    /// Sets the organisation of an account and returns the account, or null when there is no such
    /// account; its sessions and tokens get the new organisation when they next refresh. The domain's
    /// rule refuses any account but an Employer's (<see cref="Domain.Common.Roles.EnsureMayBelongToOrganisation"/>).
    /// </summary>
    Task<UserContact?> SetOrganisationAsync(Guid userId, Guid organisationId, CancellationToken cancellationToken);

    Task<bool> UserHasRoleAsync(Guid userId, string role);

    /// <summary>The account's e-mail address and roles, or null when there is no such account.</summary>
    Task<UserContact?> FindUserAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes a person's account (one whose only role is JobSeeker) with its roles, logins and
    /// tokens, when the person is erased. A staff account, or none, is left alone.
    /// </summary>
    Task DeletePersonAccountAsync(Guid userId, CancellationToken cancellationToken);
}
