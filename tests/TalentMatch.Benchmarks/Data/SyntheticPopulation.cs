using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Data;

/// <summary>
/// People and opportunities generated from real ESCO occupations, deterministic for a seed.
/// A person starts from an occupation's skill set and gets noise: dropped skills, extra skills,
/// narrower/broader substitutions, competences from life and volunteering, 1-4 languages.
/// </summary>
public sealed class SyntheticPopulation
{
    private static readonly string[] OtherLanguages = ["fr", "en", "ar", "tr", "pl", "ro", "uk", "ru", "es", "ber", "fa", "ps", "ti", "so", "ln", "pt", "de", "it"];
    private static readonly CompetenceSource[] Sources = [CompetenceSource.Education, CompetenceSource.Training, CompetenceSource.Work, CompetenceSource.Volunteering, CompetenceSource.Life];

    private readonly EscoCatalogue _catalogue;
    private readonly GeoPoint[] _places;
    private readonly Dictionary<GeoPoint, string> _postcodes;
    private readonly int[] _transversal;

    public SyntheticPopulation(EscoCatalogue catalogue, PostcodeDirectory places)
    {
        _catalogue = catalogue;
        var antwerpProvince = Enumerable.Range(2000, 1000)
            .Select(p => places.Find(p.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .OfType<PostcodePlace>()
            .ToList();
        _places = antwerpProvince.Select(p => new GeoPoint(p.Latitude, p.Longitude)).ToArray();
        _postcodes = antwerpProvince.GroupBy(p => new GeoPoint(p.Latitude, p.Longitude)).ToDictionary(g => g.Key, g => g.First().Postcode);
        _transversal = Enumerable.Range(0, catalogue.CompetenceIds.Length).Where(i => catalogue.Transversal[i]).ToArray();
    }

    /// <summary>The postcode a generated location stands for.</summary>
    public string PostcodeOf(GeoPoint? point) => point is { } p && _postcodes.TryGetValue(p, out var postcode) ? postcode : "2000";

    /// <summary>A person whose competences come from <paramref name="occupation"/>, with noise.</summary>
    /// <param name="index">Makes the person's id.</param>
    /// <param name="occupation">Where the person's skills come from.</param>
    /// <param name="random">The seeded source of all choices.</param>
    /// <param name="substitution">Share of essential skills recorded as a narrower or broader concept (where ESCO has one).</param>
    /// <param name="learnedElsewhere">When true, every competence was learned in life or volunteering.</param>
    /// <param name="alsoOptionalOf">Adds most optional skills of this occupation: a hard distractor.</param>
    public Candidate Person(int index, EscoOccupation occupation, Random random, double substitution = 0.1, bool learnedElsewhere = false, EscoOccupation? alsoOptionalOf = null)
    {
        var chosen = new Dictionary<int, CandidateCompetence>();
        var own = occupation.Essential.Concat(occupation.Optional).ToHashSet();
        void Add(int competence)
        {
            // Skills of one's own occupation are held at a working level (2-4); others at any level.
            var level = own.Contains(competence) ? 2 + random.Next(3) : 1 + random.Next(4);
            var source = learnedElsewhere || random.NextDouble() < 0.45 ? Sources[3 + random.Next(2)] : Sources[random.Next(3)];
            var evidence = random.NextDouble() < 0.8 ? Evidence.Declared : random.NextDouble() < 0.7 ? Evidence.Confirmed : Evidence.Certified;
            chosen[competence] = new CandidateCompetence(_catalogue.CompetenceIds[competence], level, source, evidence);
        }

        foreach (var skill in occupation.Essential)
        {
            var roll = random.NextDouble();
            if (roll < 0.15)
            {
                continue; // dropped
            }

            if (roll < 0.15 + substitution && Substitute(skill, random) is { } other)
            {
                Add(other); // recorded as a narrower or broader concept
                continue;
            }

            Add(skill);
        }

        foreach (var skill in occupation.Optional)
        {
            if (random.NextDouble() < 0.3)
            {
                Add(skill);
            }
        }

        foreach (var skill in alsoOptionalOf?.Optional ?? [])
        {
            if (random.NextDouble() < 0.7)
            {
                Add(skill);
            }
        }

        for (var i = random.Next(4); i > 0 && _transversal.Length > 0; i--)
        {
            Add(_transversal[random.Next(_transversal.Length)]);
        }

        for (var i = random.Next(3); i > 0; i--)
        {
            var any = random.Next(_catalogue.CompetenceIds.Length);
            if (!_catalogue.Groups[any])
            {
                Add(any);
            }
        }

        return new Candidate(
            EscoCatalogue.DeterministicGuid(2, index),
            chosen.Values.ToList(),
            Languages(random),
            _places[random.Next(_places.Length)],
            5 + random.Next(30),
            8 + random.Next(31),
            []);
    }

    /// <summary>A vacancy for <paramref name="occupation"/>: essential → required, optional → preferred, 8-20 requirements.</summary>
    public OpportunitySpec Vacancy(int index, EscoOccupation occupation, Random random)
    {
        var total = 8 + random.Next(13);
        var required = occupation.Essential.OrderBy(_ => random.Next()).Take(Math.Min(total, Math.Min(12, occupation.Essential.Length))).ToList();
        var preferred = occupation.Optional.OrderBy(_ => random.Next()).Take(Math.Max(0, total - required.Count)).ToList();
        var requirements = required.Select(c => new Requirement(_catalogue.CompetenceIds[c], 1 + random.Next(3), Importance.Required))
            .Concat(preferred.Select(c => new Requirement(_catalogue.CompetenceIds[c], 1 + random.Next(2), Importance.Preferred)))
            .ToList();
        var languages = new List<LanguageRequirement> { new("nl", random.NextDouble() < 0.5 ? CefrLevel.A2 : CefrLevel.B1, Importance.Required) };
        if (random.NextDouble() < 0.3)
        {
            languages.Add(new LanguageRequirement(OtherLanguages[random.Next(4)], CefrLevel.A2, Importance.Preferred));
        }

        return new OpportunitySpec(
            EscoCatalogue.DeterministicGuid(3, index),
            OpportunityKind.Job,
            requirements,
            languages,
            MultilingualValued: random.NextDouble() < 0.15,
            _places[random.Next(_places.Length)],
            16 + random.Next(23),
            []);
    }

    private int? Substitute(int skill, Random random)
    {
        // Only real skills: a person does not record a whole skill group as a competence.
        var narrower = _catalogue.Narrower[skill].Where(c => !_catalogue.Groups[c]).ToArray();
        var broader = _catalogue.Broader[skill].Where(c => !_catalogue.Groups[c]).ToArray();
        if (narrower.Length > 0 && (broader.Length == 0 || random.NextDouble() < 0.6))
        {
            return narrower[random.Next(narrower.Length)];
        }

        return broader.Length > 0 ? broader[random.Next(broader.Length)] : null;
    }

    private static List<CandidateLanguage> Languages(Random random)
    {
        var levels = new[] { CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2, CefrLevel.C1, CefrLevel.C2 };
        var languages = new List<CandidateLanguage> { new("nl", levels[random.Next(levels.Length)], random.NextDouble() < 0.35) };
        var count = random.Next(4);
        foreach (var code in OtherLanguages.OrderBy(_ => random.Next()).Take(count))
        {
            if (code.Length == 2)
            {
                languages.Add(new CandidateLanguage(code, levels[random.Next(levels.Length)], random.NextDouble() < 0.4));
            }
        }

        return languages;
    }
}
