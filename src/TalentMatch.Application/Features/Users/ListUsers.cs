using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Features.Users;

/// <summary>An account in the admin's list: e-mail, role and organisation, never a password hash or a token.</summary>
public sealed record AccountSummaryDto(Guid Id, string Email, string? Role, Guid? OrganisationId, string? OrganisationName, DateTime CreatedAt);

/// <summary>An admin lists the accounts, newest first or by e-mail; <c>q</c> finds a part of the e-mail address.</summary>
public sealed record ListUsersQuery(string? Q, AccountOrder Sort = AccountOrder.Newest, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<AccountSummaryDto>>, IPagedRequest, IRequirePolicy
{
    public static Policy Policy => Policies.ManageAccounts;
}

public sealed class ListUsersQueryValidator : PagedRequestValidator<ListUsersQuery>
{
    public ListUsersQueryValidator()
    {
        RuleFor(q => q.Q).MaximumLength(Validation.MaxEmailLength);
        RuleFor(q => q.Sort).IsInEnum();
    }
}

public sealed class ListUsersQueryHandler(IIdentityService identity, ITalentMatchDbContext db)
    : IRequestHandler<ListUsersQuery, PagedList<AccountSummaryDto>>
{
    public async Task<PagedList<AccountSummaryDto>> Handle(ListUsersQuery request, CancellationToken cancellationToken)
    {
        var page = await identity.ListUsersAsync(request.Q, request.Sort, request.Page, request.PageSize, cancellationToken);
        var organisationIds = page.Items.Select(a => a.OrganisationId).OfType<Guid>().Distinct().ToList();
        var names = organisationIds.Count == 0
            ? []
            : await db.Organisations.AsNoTracking().Where(o => organisationIds.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        return page.Map(a => new AccountSummaryDto(
            a.UserId, a.Email, a.Role, a.OrganisationId, a.OrganisationId is { } id ? names.GetValueOrDefault(id) : null, a.CreatedAt));
    }
}
