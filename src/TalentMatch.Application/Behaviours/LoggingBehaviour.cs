using System.Diagnostics;
using MediatR;
using Microsoft.Extensions.Logging;
using TalentMatch.Application.Abstractions;

namespace TalentMatch.Application.Behaviours;

/// <summary>Logs each request's name, caller and duration; warns when a request is slow.</summary>
public sealed class LoggingBehaviour<TRequest, TResponse>(ILogger<LoggingBehaviour<TRequest, TResponse>> logger, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly TimeSpan SlowThreshold = TimeSpan.FromMilliseconds(500);

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var name = typeof(TRequest).Name;
        var started = Stopwatch.GetTimestamp();
        try
        {
            return await next();
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed > SlowThreshold)
            {
                logger.LogWarning("{Request} by {UserId} took {ElapsedMs:0.0} ms", name, user.UserId, elapsed.TotalMilliseconds);
            }
            else if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("{Request} by {UserId} took {ElapsedMs:0.0} ms", name, user.UserId, elapsed.TotalMilliseconds);
            }
        }
    }
}
