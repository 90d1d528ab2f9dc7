using MediatR;
using TalentMatch.Application.Abstractions;
using TalentMatch.Application.Common;

namespace TalentMatch.Application.Behaviours;

/// <summary>Wraps every command in one database transaction: it commits whole or not at all.</summary>
public sealed class TransactionBehaviour<TRequest, TResponse>(ITransactionRunner transactions)
    : IPipelineBehavior<TRequest, TResponse>
{
    public Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next) =>
        request is ICommand<TResponse>
            ? transactions.RunAsync(_ => next(), cancellationToken)
            : next();
}
