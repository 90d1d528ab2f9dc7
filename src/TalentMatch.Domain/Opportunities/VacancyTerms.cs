using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Opportunities;

/// <summary>What a vacancy adds: the occupation, the hours, the contract and how many people it seeks.</summary>
public sealed record VacancyTerms(Guid? OccupationId, double HoursPerWeek, ContractType Contract, int Openings);
