using System.Security.Claims;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.Identity;

internal sealed class IdentityService(
    UserManager<ApplicationUser> users,
    Persistence.TalentMatchDbContext db,
    SignInManager<ApplicationUser> signIn,
    IOptionsMonitor<BearerTokenOptions> bearerOptions,
    TimeProvider clock) : IIdentityService
{
    public async Task<AccountCreated> CreateUserAsync(string email, string password, string role, Guid? organisationId, CancellationToken cancellationToken)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            throw new DomainRuleException(Messages.AccountExists, email);
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            OrganisationId = organisationId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            throw ToValidation(created, "password", email);
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            throw ToValidation(added, "role", email);
        }

        return new AccountCreated(user.Id, email, role, organisationId);
    }

    public async Task<ClaimsPrincipal?> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return null;
        }

        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        return result.Succeeded ? await signIn.CreateUserPrincipalAsync(user) : null;
    }

    public async Task<ClaimsPrincipal?> RefreshAsync(string refreshToken)
    {
        var ticket = bearerOptions.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(refreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires)
        {
            return null;
        }

        var user = await signIn.ValidateSecurityStampAsync(ticket.Principal);
        return user is null ? null : await signIn.CreateUserPrincipalAsync(user);
    }

    public async Task<PagedList<AccountSummary>> ListUsersAsync(string? email, AccountOrder order, int page, int pageSize, CancellationToken cancellationToken)
    {
        var accounts = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(email))
        {
            var normalized = users.NormalizeEmail(email.Trim());
            accounts = accounts.Where(u => u.NormalizedEmail!.Contains(normalized));
        }

        accounts = order == AccountOrder.Email
            ? accounts.OrderBy(u => u.NormalizedEmail).ThenBy(u => u.Id)
            : accounts.OrderByDescending(u => u.CreatedAt).ThenByDescending(u => u.Id);
        return await accounts
            .Select(u => new AccountSummary(
                u.Id,
                u.Email ?? "",
                db.UserRoles.Where(r => r.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).OrderBy(n => n).FirstOrDefault(),
                u.OrganisationId,
                u.CreatedAt))
            .ToPagedListAsync(page, pageSize, cancellationToken);
    }

    public async Task<UserContact?> SetOrganisationAsync(Guid userId, Guid organisationId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return null;
        }

        var roles = await users.GetRolesAsync(user);
        Roles.EnsureMayBelongToOrganisation(roles);
        user.OrganisationId = organisationId;
        var result = await users.UpdateAsync(user);
        if (result.Succeeded)
        {
            // A new stamp: a cookie or refresh token with the old organisation is not renewed as it was.
            result = await users.UpdateSecurityStampAsync(user);
        }

        EnsureSucceeded(result, "updated");
        return new UserContact(user.Id, user.Email ?? "", [.. roles]);
    }

    public async Task<bool> UserHasRoleAsync(Guid userId, string role)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        return user is not null && await users.IsInRoleAsync(user, role);
    }

    public async Task<UserContact?> FindUserAsync(Guid userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(userId.ToString());
        return user is null ? null : new UserContact(user.Id, user.Email ?? "", [.. await users.GetRolesAsync(user)]);
    }

    public async Task DeletePersonAccountAsync(Guid userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || !(await users.GetRolesAsync(user)).SequenceEqual([Roles.JobSeeker]))
        {
            return;
        }

        EnsureSucceeded(await users.DeleteAsync(user), "deleted");
    }

    /// <summary>A change to an account the caller could not have caused to fail: a server error naming Identity's codes.</summary>
    private static void EnsureSucceeded(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"The account could not be {what}: {string.Join(", ", result.Errors.Select(e => e.Code))}");
        }
    }

    private ValidationException ToValidation(IdentityResult result, string field, string email) =>
        new(result.Errors.Select(e => new ValidationFailure(
            e.Code.Contains("Password", StringComparison.Ordinal) ? "password" : e.Code.Contains("Email", StringComparison.Ordinal) || e.Code.Contains("UserName", StringComparison.Ordinal) ? "email" : field,
            Text(e, email))));

    /// <summary>Identity's own descriptions are English only: each error it can give is said in the request's language.</summary>
    private string Text(IdentityError error, string email) => error.Code switch
    {
        nameof(IdentityErrorDescriber.PasswordTooShort) => Messages.Format(Messages.PasswordTooShort, users.Options.Password.RequiredLength),
        nameof(IdentityErrorDescriber.PasswordRequiresDigit) => Messages.Get(Messages.PasswordRequiresDigit),
        nameof(IdentityErrorDescriber.PasswordRequiresLower) => Messages.Get(Messages.PasswordRequiresLower),
        nameof(IdentityErrorDescriber.PasswordRequiresUpper) => Messages.Get(Messages.PasswordRequiresUpper),
        nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => Messages.Get(Messages.PasswordRequiresNonAlphanumeric),
        nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => Messages.Format(Messages.PasswordRequiresUniqueChars, users.Options.Password.RequiredUniqueChars),
        nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => Messages.Get(Messages.EmailInvalid),
        nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) => Messages.Format(Messages.AccountExists, email),
        _ => Messages.Get(Messages.AccountNotAccepted),
    };
}

/// <summary>Adds the organisation of an employer to their token, so ownership checks need no lookup.</summary>
public sealed class TalentMatchClaimsFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole<Guid>>(users, roles, options)
{
    public const string OrganisationClaim = "org";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(OrganisationClaim, organisationId.ToString()));
        }

        return identity;
    }
}
