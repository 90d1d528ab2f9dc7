using System.Globalization;

namespace TalentMatch.Web.Localization;

/// <summary>
/// Every text of the app in its five languages: Dutch (plain, level B1), English, French, Arabic
/// and Turkish. A page asks for a key; the request's culture picks the language.
/// </summary>
public static partial class Texts
{
    private static readonly Dictionary<string, string[]> All = Build();

    /// <summary>The language of the request: nl, en, fr, ar or tr.</summary>
    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName switch
    {
        "en" => "en",
        "fr" => "fr",
        "ar" => "ar",
        "tr" => "tr",
        _ => "nl",
    };

    /// <summary>Every key, for the test that each has all five languages.</summary>
    public static IReadOnlyDictionary<string, string[]> Entries => All;

    public static bool Has(string key) => All.ContainsKey(key);

    /// <summary>The text in the request's language.</summary>
    public static string T(string key) => In(Language, key);

    private static int Index(string language) => language switch
    {
        "en" => 1,
        "fr" => 2,
        "ar" => 3,
        "tr" => 4,
        _ => 0,
    };

    private static Dictionary<string, string[]> Build()
    {
        var all = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in new[] { Common(), Pages(), Builder(), Values(), Cards(), Helping(), CoinsTexts(), Staff(), Rights(), Hunter(), Reports(), Admin() })
        {
            foreach (var (key, texts) in part)
            {
                all.Add(key, texts);
            }
        }

        return all;
    }
}
