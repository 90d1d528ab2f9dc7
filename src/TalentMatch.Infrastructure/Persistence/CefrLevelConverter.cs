using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>Stores a CEFR level as its rank (1 = A1 … 6 = C2), so "at least B1" is a comparison in SQL.</summary>
public sealed class CefrLevelConverter() : ValueConverter<CefrLevel, int>(level => level.Rank, rank => CefrLevel.FromRank(rank));
