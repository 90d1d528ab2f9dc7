using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;
using TalentMatch.Domain.Coins;

namespace TalentMatch.Application.Features.Coins;

/// <summary>A write that carries an <c>Idempotency-Key</c>: a retry with the same key gets the first answer.</summary>
public interface IIdempotentCommand<out TResponse> : ICommand<TResponse>
{
    string? IdempotencyKey { get; }
}

public static class IdempotencyRules
{
    /// <summary>Every idempotent write needs its key (header <c>Idempotency-Key</c>, 1 to 100 characters).</summary>
    public static IRuleBuilderOptions<T, string?> IdempotencyKey<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessageKey(Messages.IdempotencyKeyRequired).MaximumLength(ProcessedRequest.MaxKeyLength);
}

/// <summary>
/// Runs inside the command's transaction: a key seen before (for this caller) answers what was
/// answered then, without doing the write again; a new key does the write and keeps the answer in
/// the same transaction, so the write and its answer are saved together. Only answers are kept: a
/// refused request wrote nothing, and a retry is judged afresh. A key reused for another request
/// is refused (409).
/// </summary>
public sealed class IdempotencyBehaviour<TRequest, TResponse>(ITalentMatchDbContext db, ICurrentUser user, TimeProvider clock)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IIdempotentCommand<TResponse> { IdempotencyKey: { } key })
        {
            return await next();
        }

        var userId = user.RequireUserId();
        var operation = typeof(TRequest).Name;
        // A record prints every property, route values too.
        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(request.ToString() ?? "")));
        var earlier = await db.ProcessedRequests.AsNoTracking().FirstOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);
        if (earlier is not null)
        {
            if (earlier.Operation != operation || earlier.Fingerprint != fingerprint)
            {
                throw new Domain.Common.DomainRuleException(Messages.IdempotencyKeyReused);
            }

            return JsonSerializer.Deserialize<TResponse>(earlier.ResponseJson, Json)!;
        }

        var response = await next();
        db.ProcessedRequests.Add(new ProcessedRequest(userId, key, operation, fingerprint, JsonSerializer.Serialize(response, Json), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return response;
    }
}
