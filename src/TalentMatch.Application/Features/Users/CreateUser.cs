using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Auth;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Users;

/// <summary>An admin creates a staff account (or a job seeker account on someone's behalf).</summary>
public sealed record CreateUserCommand(string? Email, string? Password, string? Role, Guid? OrganisationId) : ICommand<AccountDto>, IRequirePolicy
{
    public static Policy Policy => Policies.ManageAccounts;
}

public sealed class CreateUserCommandValidator : AbstractValidator<CreateUserCommand>
{
    public CreateUserCommandValidator()
    {
        RuleFor(c => c.Email).NotEmpty().EmailAddress().MaximumLength(Validation.MaxEmailLength);
        RuleFor(c => c.Password).NotEmpty().MinimumLength(10).MaximumLength(128);
        RuleFor(c => c.Role).NotEmpty().Must(r => Roles.All.Contains(r)).WithMessageKey(Messages.RoleUnknown, string.Join(", ", Roles.All));
        RuleFor(c => c.OrganisationId).NotNull().When(c => c.Role == Roles.Employer)
            .WithMessageKey(Messages.EmployerNeedsOrganisation);
        RuleFor(c => c.OrganisationId).Null().When(c => c.Role != Roles.Employer)
            .WithMessageKey(DomainMessages.OnlyEmployerHasOrganisation);
    }
}

public sealed class CreateUserCommandHandler(IIdentityService identity, ITalentMatchDbContext db) : IRequestHandler<CreateUserCommand, AccountDto>
{
    public async Task<AccountDto> Handle(CreateUserCommand request, CancellationToken cancellationToken)
    {
        if (request.OrganisationId is { } organisationId && !await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            throw new InvalidReferenceException("organisationId", EntityNames.Organisation, organisationId);
        }

        var account = await identity.CreateUserAsync(request.Email!.Trim(), request.Password!, request.Role!, request.OrganisationId, cancellationToken);
        return new AccountDto(account.UserId, account.Email, account.Role, account.OrganisationId);
    }
}
