using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Auth;
using TalentMatch.Application.Features.Users;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/users</c>: accounts an admin creates, lists and gives an organisation.</summary>
internal static class UsersEndpoints
{
    public static void MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequirePolicy(Policies.ManageAccounts);

        group.MapPost("/", CreateUser)
            .WithName("CreateUser")
            .WithSummary("Create an account with a role (Admin)")
            .WithDescription("The role is one of Admin, Matchmaker, TalentScout, JobHunter, Employer (needs organisationId), Coach, JobSeeker.");

        group.MapGet("/", ListUsers)
            .WithName("ListUsers")
            .WithSummary("List accounts, newest first or by e-mail (Admin)")
            .WithDescription("q finds a part of the e-mail address; sort is newest (default) or email. Each account with its role and organisation; never a password hash or a token.");

        group.MapPut("/{id:guid}/organisation", AssignOrganisation)
            .WithName("AssignOrganisation")
            .WithSummary("Give an Employer account its organisation, or move it to another (Admin)")
            .WithDescription("Only an Employer account belongs to an organisation (409 for any other role). The account's sessions get the new organisation when they next sign in or refresh.");
    }

    private static async Task<Created<AccountDto>> CreateUser(CreateUserCommand command, IMediator mediator, CancellationToken ct)
    {
        var account = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/users/{account.Id}", account);
    }

    private static async Task<Ok<PagedList<AccountSummaryDto>>> ListUsers(IMediator mediator, CancellationToken ct, string? q, [QueryEnum(typeof(AccountOrder))] string? sort, [AsParameters] PageRequest paging) =>
        TypedResults.Ok(await mediator.Send(new ListUsersQuery(q, QueryValues.Enum<AccountOrder>(sort, nameof(sort)) ?? AccountOrder.Newest, paging.Page, paging.PageSize), ct));

    private static async Task<Ok<AccountDto>> AssignOrganisation(Guid id, AssignOrganisationCommand command, IMediator mediator, CancellationToken ct) =>
        TypedResults.Ok(await mediator.Send(command with { Id = id }, ct));
}
