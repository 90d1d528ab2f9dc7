namespace TalentMatch.Application.Abstractions;

/// <summary>An in-memory read model of database state that can be told to rebuild from scratch.</summary>
public interface IReadModelCache
{
    void Invalidate();
}
