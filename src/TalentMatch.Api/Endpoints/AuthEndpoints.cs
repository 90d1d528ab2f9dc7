using MediatR;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using TalentMatch.Api.Web;
using TalentMatch.Application.Common;
using TalentMatch.Application.Features.Auth;
using TalentMatch.Application.Features.Users;

namespace TalentMatch.Api.Endpoints;

/// <summary><c>/api/v1/auth</c>: register, sign in, refresh.</summary>
internal static class AuthEndpoints
{
    public static void MapAuthApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/auth").WithTags("Auth").AllowAnonymous().RequireRateLimiting(WebSetup.AuthRateLimit);

        group.MapPost("/register", Register)
            .WithName("Register")
            .WithSummary("Create a job seeker account")
            .WithDescription("Anyone may register; the account gets the JobSeeker role and may then create one talent profile.");

        group.MapPost("/login", Login)
            .WithName("Login")
            .WithSummary("Sign in and receive bearer tokens")
            .WithDescription("Answers 401 when the e-mail and password do not match an account.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        group.MapPost("/refresh", Refresh)
            .WithName("Refresh")
            .WithSummary("Exchange a refresh token for new tokens")
            .WithDescription("Answers 401 when the refresh token is unknown, expired, or its account is gone.")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    private static async Task<Created<AccountDto>> Register(RegisterJobSeekerCommand command, IMediator mediator, CancellationToken ct)
    {
        var account = await mediator.Send(command, ct);
        return TypedResults.Created($"/api/v1/users/{account.Id}", account);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Login(SignInQuery query, IMediator mediator, CancellationToken ct)
    {
        var principal = await mediator.Send(query, ct);
        return principal is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: Messages.Get(Messages.TitleSignInFailed),
                detail: Messages.Get(Messages.SignInFailed))
            : TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<Results<SignInHttpResult, ProblemHttpResult>> Refresh(RefreshQuery query, IMediator mediator, CancellationToken ct)
    {
        var principal = await mediator.Send(query, ct);
        return principal is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: Messages.Get(Messages.TitleRefreshFailed),
                detail: Messages.Get(Messages.RefreshFailed))
            : TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
