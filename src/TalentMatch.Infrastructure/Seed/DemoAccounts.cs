using System.Security.Claims;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace TalentMatch.Infrastructure.Seed;

/// <summary>The demo seeders send commands as a demo account would, so the demo follows every rule the product has.</summary>
internal static class DemoAccounts
{
    /// <summary>Sends commands as a demo account: in a scope of their own, the current user is that account.</summary>
    public static async Task<T> AsAsync<T>(this IServiceScopeFactory scopes, ClaimsPrincipal principal, Func<IMediator, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        var previous = accessor.HttpContext;
        accessor.HttpContext = new DefaultHttpContext { User = principal, RequestServices = scope.ServiceProvider };
        try
        {
            return await work(scope.ServiceProvider.GetRequiredService<IMediator>());
        }
        finally
        {
            accessor.HttpContext = previous;
        }
    }
}
