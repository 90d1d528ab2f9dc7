using FluentValidation;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Auth;

/// <summary>A job seeker creates their own account.</summary>
public sealed record RegisterJobSeekerCommand(string? Email, string? Password) : ICommand<AccountDto>;

public sealed record AccountDto(Guid Id, string Email, string Role, Guid? OrganisationId);

public sealed class RegisterJobSeekerCommandValidator : AbstractValidator<RegisterJobSeekerCommand>
{
    public RegisterJobSeekerCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(Validation.MaxEmailLength);
        RuleFor(c => c.Password).NotEmpty().MinimumLength(10).MaximumLength(128);
    }
}

public sealed class RegisterJobSeekerCommandHandler(IIdentityService identity) : IRequestHandler<RegisterJobSeekerCommand, AccountDto>
{
    public async Task<AccountDto> Handle(RegisterJobSeekerCommand request, CancellationToken cancellationToken)
    {
        var account = await identity.CreateUserAsync(request.Email!.Trim(), request.Password!, Roles.JobSeeker, null, cancellationToken);
        return new AccountDto(account.UserId, account.Email, account.Role, account.OrganisationId);
    }
}
