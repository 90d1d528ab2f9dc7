using MediatR;

namespace TalentMatch.Application.Common;

/// <summary>A request that changes state: it runs in one transaction.</summary>
public interface ICommand<out TResponse> : IRequest<TResponse>;

/// <summary>A request that only reads.</summary>
public interface IQuery<out TResponse> : IRequest<TResponse>;
