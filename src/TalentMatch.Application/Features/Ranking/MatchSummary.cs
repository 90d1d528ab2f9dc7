using System.Globalization;
using System.Text;
using TalentMatch.Domain.Languages;
using TalentMatch.Matching;

namespace TalentMatch.Application.Features.Ranking;

/// <summary>
/// The one-sentence summary of a scored pair, in the caller's language (nl, en, fr, and the app's
/// ar and tr; Dutch for anything else): how many required competences the person covers and how many of those were
/// learned outside school, the required languages, and the distance. For example: "Heeft 5 van de
/// 8 gevraagde competenties (3 buiten school geleerd), spreekt Nederlands B1 zoals gevraagd, woont op 4 km."
/// </summary>
public static class MatchSummary
{
    private sealed record Phrases(
        CultureInfo Culture,
        string Covered,
        string CoveredPreferred,
        string NothingAsked,
        string LearnedElsewhere,
        string ThroughExperience,
        string SpeaksAsAsked,
        string SpeaksBelow,
        string DoesNotSpeak,
        string AlsoSpeaks,
        string And,
        string LivesAt,
        string Comma = ", ");

    private static readonly Phrases Dutch = new(
        CultureInfo.GetCultureInfo("nl"),
        "heeft {0} van de {1} gevraagde competenties",
        "heeft {0} van de {1} gewenste competenties",
        "er worden geen competenties gevraagd",
        "{0} buiten school geleerd",
        "{0} via {1} jaar ervaring als {2}",
        "spreekt {0} zoals gevraagd",
        "spreekt {0} nog niet op niveau {1}",
        "spreekt geen {0}",
        "spreekt ook {0}",
        " en ",
        "woont op {0} km");

    private static readonly Phrases English = new(
        CultureInfo.GetCultureInfo("en"),
        "has {0} of the {1} required competences",
        "has {0} of the {1} preferred competences",
        "no competences are asked",
        "{0} learned outside school",
        "{0} through {1} years of experience as {2}",
        "speaks {0} as asked",
        "speaks {0} below level {1}",
        "does not speak {0}",
        "also speaks {0}",
        " and ",
        "lives {0} km away");

    private static readonly Phrases French = new(
        CultureInfo.GetCultureInfo("fr"),
        "possède {0} des {1} compétences demandées",
        "possède {0} des {1} compétences souhaitées",
        "aucune compétence n'est demandée",
        "{0} acquises hors de l'école",
        "{0} grâce à {1} ans d'expérience comme {2}",
        "parle {0} comme demandé",
        "parle {0} sous le niveau {1}",
        "ne parle pas {0}",
        "parle aussi {0}",
        " et ",
        "habite à {0} km");

    private static readonly Phrases Arabic = new(
        CultureInfo.GetCultureInfo("ar"),
        "لديه {0} من {1} كفاءات مطلوبة",
        "لديه {0} من {1} كفاءات مرغوبة",
        "لا تُطلب أي كفاءات",
        "{0} تعلّمها خارج المدرسة",
        "{0} عبر {1} سنوات من الخبرة في عمل {2}",
        "يتحدث {0} كما هو مطلوب",
        "يتحدث {0} دون المستوى {1}",
        "لا يتحدث {0}",
        "يتحدث أيضًا {0}",
        " و",
        "يسكن على بعد {0} كم",
        "، ");

    private static readonly Phrases Turkish = new(
        CultureInfo.GetCultureInfo("tr"),
        "istenen {1} yetkinlikten {0} tanesine sahip",
        "tercih edilen {1} yetkinlikten {0} tanesine sahip",
        "yetkinlik istenmiyor",
        "{0} tanesi okul dışında öğrenildi",
        "{0} tanesi {2} olarak {1} yıllık deneyimle",
        "istendiği gibi {0} konuşuyor",
        "{0} dilini henüz {1} seviyesinde konuşmuyor",
        "{0} konuşmuyor",
        "ayrıca {0} konuşuyor",
        " ve ",
        "{0} km uzakta oturuyor");

    /// <summary>
    /// Names of the languages most spoken in Antwerp, in Arabic and Turkish (the ISO list names
    /// languages in nl, en and fr only); other languages keep their Dutch name.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, string>> AppLanguageNames = new()
    {
        ["ar"] = new()
        {
            ["nl"] = "الهولندية",
            ["fr"] = "الفرنسية",
            ["en"] = "الإنجليزية",
            ["de"] = "الألمانية",
            ["ar"] = "العربية",
            ["tr"] = "التركية",
            ["es"] = "الإسبانية",
            ["it"] = "الإيطالية",
            ["pl"] = "البولندية",
            ["ro"] = "الرومانية",
            ["ru"] = "الروسية",
            ["uk"] = "الأوكرانية",
        },
        ["tr"] = new()
        {
            ["nl"] = "Felemenkçe",
            ["fr"] = "Fransızca",
            ["en"] = "İngilizce",
            ["de"] = "Almanca",
            ["ar"] = "Arapça",
            ["tr"] = "Türkçe",
            ["es"] = "İspanyolca",
            ["it"] = "İtalyanca",
            ["pl"] = "Lehçe",
            ["ro"] = "Rumence",
            ["ru"] = "Rusça",
            ["uk"] = "Ukraynaca",
        },
    };

    /// <summary>
    /// The sentence in <paramref name="labels"/>' language, naming the occupation experience was
    /// credited through. The catalogue has no Arabic or Turkish labels, so for a request in ar or tr
    /// the labels come in Dutch while the sentence itself is said in the request's language.
    /// </summary>
    public static string Sentence(MatchResult result, MatchLabels labels)
    {
        var language = labels.Language == "nl" && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName is "ar" or "tr"
            ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName
            : labels.Language;
        var phrases = language switch
        {
            "en" => English,
            "fr" => French,
            "ar" => Arabic,
            "tr" => Turkish,
            _ => Dutch,
        };
        var culture = phrases.Culture;

        // Written part by part into one reused builder: a ranked list says twenty of these.
        var sentence = Builder.Value!.Clear();
        var counts = result.Counts;
        var matched = result.Matched;
        if (counts.Competences > 0)
        {
            sentence.AppendFormat(culture, phrases.Covered, counts.Covered, counts.Competences);
            var experience = MostCovering(matched) is var (occupationId, years, covering) && labels.Occupations.TryGetValue(occupationId, out var occupation)
                ? (Covering: covering, Years: years, Occupation: occupation)
                : default((int Covering, double Years, string Occupation)?);
            if (counts.LearnedElsewhere > 0 || experience is not null)
            {
                sentence.Append(" (");
                if (counts.LearnedElsewhere > 0)
                {
                    sentence.AppendFormat(culture, phrases.LearnedElsewhere, counts.LearnedElsewhere);
                }

                // The experience that covers the most required competences, named.
                if (experience is { } e)
                {
                    sentence.Append(counts.LearnedElsewhere > 0 ? "; " : "").AppendFormat(culture, phrases.ThroughExperience, e.Covering, e.Years, e.Occupation);
                }

                sentence.Append(')');
            }
        }
        else
        {
            var preferred = matched.Count + result.Missing.Count;
            if (preferred > 0)
            {
                sentence.AppendFormat(culture, phrases.CoveredPreferred, matched.Count, preferred);
            }
            else
            {
                sentence.Append(phrases.NothingAsked);
            }
        }

        // Required languages: those met in one part, then each one not met; then the extra ones (each in order).
        var languages = result.Languages;
        if (Named(languages, language, phrases.And, static l => l.Required && l.Met, withLevel: true) is { } met)
        {
            sentence.Append(phrases.Comma).AppendFormat(culture, phrases.SpeaksAsAsked, met);
        }

        foreach (var gap in languages)
        {
            if (gap.Required && !gap.Met)
            {
                sentence.Append(phrases.Comma);
                if (gap.ProfileLevel is null)
                {
                    sentence.AppendFormat(culture, phrases.DoesNotSpeak, Name(gap.Code, language));
                }
                else
                {
                    sentence.AppendFormat(culture, phrases.SpeaksBelow, Name(gap.Code, language), gap.MinLevel!);
                }
            }
        }

        if (Named(languages, language, phrases.And, static l => l.Extra, withLevel: false) is { } extras)
        {
            sentence.Append(phrases.Comma).AppendFormat(culture, phrases.AlsoSpeaks, extras);
        }

        if (result.DistanceKm is { } km)
        {
            sentence.Append(phrases.Comma).AppendFormat(culture, phrases.LivesAt, Math.Round(km));
        }

        sentence[0] = char.ToUpper(sentence[0], culture);
        return sentence.Append('.').ToString();
    }

    /// <summary>One builder per thread for <see cref="Sentence"/>.</summary>
    private static readonly ThreadLocal<StringBuilder> Builder = new(() => new StringBuilder(256));

    /// <summary>The languages that <paramref name="include"/> selects, named in order and joined ("Nederlands B1 en Frans A2"); null when none.</summary>
    private static string? Named(IReadOnlyList<LanguageFit> languages, string language, string and, Func<LanguageFit, bool> include, bool withLevel)
    {
        string? named = null;
        for (var i = 0; i < languages.Count; i++)
        {
            var l = languages[i];
            if (include(l))
            {
                var name = withLevel ? $"{Name(l.Code, language)} {l.MinLevel}" : Name(l.Code, language);
                named = named is null ? name : string.Concat(named, and, name);
            }
        }

        return named;
    }

    /// <summary>A language's name in <paramref name="language"/>.</summary>
    private static string Name(string code, string language) =>
        AppLanguageNames.TryGetValue(language, out var names) && names.TryGetValue(code, out var name)
            ? name
            : IsoLanguages.Find(code)?.NameIn(language) ?? code;

    /// <summary>
    /// The experience (occupation and years) that covers the most required competences, with how
    /// many; on a tie the smaller occupation id, then the one named first. Null when experience covers none.
    /// </summary>
    private static (Guid OccupationId, double Years, int Count)? MostCovering(IReadOnlyList<MatchedCompetence> matched)
    {
        (Guid OccupationId, double Years, int Count)? best = null;
        for (var i = 0; i < matched.Count; i++)
        {
            if (!matched[i].Required || matched[i].Experience is not { } experience || SameBefore(matched, i, experience))
            {
                continue;
            }

            var count = 0;
            for (var j = i; j < matched.Count; j++)
            {
                count += matched[j].Required && matched[j].Experience is { } other && Same(other, experience) ? 1 : 0;
            }

            if (best is not { } b || count > b.Count || (count == b.Count && experience.OccupationId.CompareTo(b.OccupationId) < 0))
            {
                best = (experience.OccupationId, experience.Years, count);
            }
        }

        return best;

        static bool Same(ExperienceCredit a, ExperienceCredit b) => a.OccupationId == b.OccupationId && a.Years.Equals(b.Years);

        // Whether a required competence before index i was covered by the same experience (its group is counted there).
        static bool SameBefore(IReadOnlyList<MatchedCompetence> matched, int i, ExperienceCredit experience)
        {
            for (var j = 0; j < i; j++)
            {
                if (matched[j].Required && matched[j].Experience is { } other && Same(other, experience))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
