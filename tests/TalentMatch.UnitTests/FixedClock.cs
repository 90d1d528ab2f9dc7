namespace TalentMatch.UnitTests;

/// <summary>A clock that always says the same moment, so date rules are tested without waiting or racing midnight.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
