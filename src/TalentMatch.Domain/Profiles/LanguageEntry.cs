using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Profiles;

/// <summary>A language as it is given for a profile: its ISO 639-1 code, the CEFR level, and whether it is native.</summary>
public sealed record LanguageEntry(string Code, CefrLevel Level, bool IsNative = false);
