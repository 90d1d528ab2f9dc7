using TalentMatch.Application.Features.Catalogue;
using TalentMatch.Web.Localization;

namespace TalentMatch.Web.Infrastructure;

/// <summary>Languages as the app shows them: named in the reader's language where the app knows a name.</summary>
public static class LanguageChoices
{
    public static string Name(string code, string fallback) =>
        Texts.Has("Lang." + code) ? Texts.T("Lang." + code) : fallback;

    /// <summary>The catalogue's languages to choose from: the reader's own first, then by name.</summary>
    public static List<LanguageDto> Ordered(IEnumerable<LanguageDto> languages) =>
        [.. languages.OrderBy(l => l.Code == Texts.Language ? 0 : 1).ThenBy(l => Name(l.Code, l.Name))];
}
