namespace TalentMatch.Application.Abstractions;

/// <summary>Runs a command inside one database transaction.</summary>
public interface ITransactionRunner
{
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);
}
