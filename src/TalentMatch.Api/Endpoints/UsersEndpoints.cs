using MediatR;
using Microsoft.AspNetCore.Http.HttpResults;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Auth;
using TalentMatch.Application.Features.Users;
using TalentMatch.Domain.Common;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/users</c>: accounts an admin creates.</summary>
internal static class UsersEndpoints
{
    public static void MapUsersApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequirePolicy(Policies.ManageAccounts);

        group.MapPost("/", CreateUser)
            .WithName("CreateUser")
            .WithSummary("Create an account with a role (Admin)")
            .WithDescription("The role is one of Admin, Matchmaker, TalentScout, JobHunter, Employer (needs organisationId), Coach, JobSeeker.");
    }

    private static async Task<Created<AccountDto>> CreateUser(CreateUserCommand command, IMediator mediator, CancellationToken ct)
    {
        var account = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/users/{account.Id}", account);
    }
}
