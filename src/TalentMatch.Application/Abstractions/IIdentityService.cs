using System.Security.Claims;

namespace TalentMatch.Application.Abstractions;

/// <summary>The outcome of creating an account.</summary>
public sealed record AccountCreated(Guid UserId, string Email, string Role, Guid? OrganisationId);

/// <summary>Accounts and sign-in, kept behind an interface so handlers stay free of ASP.NET Identity.</summary>
public interface IIdentityService
{
    /// <summary>Creates an account; throws a validation or conflict error when it cannot.</summary>
    Task<AccountCreated> CreateUserAsync(string email, string password, string role, Guid? organisationId, CancellationToken cancellationToken);

    /// <summary>The principal to sign in with, or null when the credentials are wrong or the account is locked.</summary>
    Task<ClaimsPrincipal?> SignInAsync(string email, string password);

    /// <summary>A fresh principal for a valid refresh token, or null.</summary>
    Task<ClaimsPrincipal?> RefreshAsync(string refreshToken);

    Task<bool> UserHasRoleAsync(Guid userId, string role);
}
