using System.Reflection;
using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Behaviours;

/// <summary>
/// Refuses a request whose policy (<see cref="IRequirePolicy"/>) does not list the caller's role,
/// before it is validated or handled.
/// </summary>
public sealed class AuthorizationBehaviour<TRequest, TResponse>(ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly Policy? RequestPolicy = typeof(IRequirePolicy).IsAssignableFrom(typeof(TRequest))
        ? (Policy?)typeof(TRequest).GetProperty(nameof(IRequirePolicy.Policy), BindingFlags.Public | BindingFlags.Static)?.GetValue(null)
        : null;

    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (RequestPolicy is { } policy && !policy.Allows(user))
        {
            throw new ForbiddenAccessException();
        }

        return next();
    }
}
