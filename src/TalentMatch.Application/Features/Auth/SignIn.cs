using System.Security.Claims;
using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Auth;

/// <summary>Checks credentials; the endpoint turns the principal into bearer tokens. Null: wrong credentials.</summary>
public sealed record SignInQuery(string? Email, string? Password) : IQuery<ClaimsPrincipal?>;

public sealed class SignInQueryValidator : AbstractValidator<SignInQuery>
{
    public SignInQueryValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(Validation.MaxEmailLength);
        RuleFor(c => c.Password).NotEmpty().MaximumLength(128);
    }
}

public sealed class SignInQueryHandler(IIdentityService identity) : IRequestHandler<SignInQuery, ClaimsPrincipal?>
{
    public Task<ClaimsPrincipal?> Handle(SignInQuery request, CancellationToken cancellationToken) =>
        identity.SignInAsync(request.Email!.Trim(), request.Password!);
}

/// <summary>Exchanges a refresh token for a fresh principal. Null: the token is invalid or expired.</summary>
public sealed record RefreshQuery(string? RefreshToken) : IQuery<ClaimsPrincipal?>;

public sealed class RefreshQueryValidator : AbstractValidator<RefreshQuery>
{
    public RefreshQueryValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(4096);
}

public sealed class RefreshQueryHandler(IIdentityService identity) : IRequestHandler<RefreshQuery, ClaimsPrincipal?>
{
    public Task<ClaimsPrincipal?> Handle(RefreshQuery request, CancellationToken cancellationToken) =>
        identity.RefreshAsync(request.RefreshToken!);
}
