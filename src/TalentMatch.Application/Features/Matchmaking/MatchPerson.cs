namespace TalentMatch.Application.Features.Matchmaking;

/// <summary>What matchmaking needs of a profile: who the person is and who speaks for them.</summary>
public sealed record MatchPerson(Guid ProfileId, string DisplayName, string? Email, string? Phone, string Postcode, Guid? OwnerUserId, Guid? CoachUserId);
