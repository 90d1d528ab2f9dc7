using TalentMatch.Domain.Common;

namespace TalentMatch.Domain.Profiles;

/// <summary>A language a person speaks, with a CEFR level. Only its profile changes it (<see cref="TalentProfile.SetLanguages"/>).</summary>
public class ProfileLanguage
{
    private ProfileLanguage()
    {
    }

    internal ProfileLanguage(Guid profileId, string code)
    {
        ProfileId = profileId;
        Code = code;
    }

    public Guid ProfileId { get; private set; }
    public string Code { get; private set; } = "";
    public CefrLevel Level { get; private set; }
    public bool IsNative { get; private set; }

    internal void Describe(CefrLevel level, bool isNative)
    {
        Level = level;
        IsNative = isNative;
    }
}
