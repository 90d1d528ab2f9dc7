using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Auth;
using TalentMatch.Domain.Common;

namespace TalentMatch.Application.Features.Users;

/// <summary>An admin gives an Employer account its organisation, or moves it to another one.</summary>
public sealed record AssignOrganisationCommand(Guid? OrganisationId) : ICommand<AccountDto>, IRequirePolicy
{
    /// <summary>The account (from the route).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid Id { get; init; }

    public static Policy Policy => Policies.ManageAccounts;
}

public sealed class AssignOrganisationCommandValidator : AbstractValidator<AssignOrganisationCommand>
{
    public AssignOrganisationCommandValidator() =>
        RuleFor(c => c.OrganisationId).NotNull().WithMessageKey(Messages.EmployerNeedsOrganisation);
}

public sealed class AssignOrganisationCommandHandler(IIdentityService identity, ITalentMatchDbContext db)
    : IRequestHandler<AssignOrganisationCommand, AccountDto>
{
    public async Task<AccountDto> Handle(AssignOrganisationCommand request, CancellationToken cancellationToken)
    {
        var organisationId = request.OrganisationId!.Value;
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId, cancellationToken))
        {
            throw new InvalidReferenceException("organisationId", EntityNames.Organisation, organisationId);
        }

        var account = await identity.SetOrganisationAsync(request.Id, organisationId, cancellationToken)
            ?? throw new NotFoundException(EntityNames.Account, request.Id);
        return new AccountDto(account.UserId, account.Email, Roles.Employer, organisationId);
    }
}
