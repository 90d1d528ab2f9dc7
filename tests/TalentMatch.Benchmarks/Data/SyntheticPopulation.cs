using TalentMatch.Application.Features.Vacancies;
using TalentMatch.Domain.Catalogue;
using TalentMatch.Domain.Common;
using TalentMatch.Domain.Places;
using TalentMatch.Matching;

namespace TalentMatch.Benchmarks.Data;

/// <summary>
/// People and opportunities generated from real ESCO occupations, deterministic for a seed.
/// A person starts from an occupation's skill set and gets noise (<see cref="PersonNoise"/>):
/// skills left out, recorded at another granularity, extra and generic skills, only a past job
/// listed, where each skill was learned, 1-4 languages.
/// </summary>
public sealed class SyntheticPopulation
{
    /// <summary>At most this many required competences in a vacancy drafted from an occupation.</summary>
    public const int DraftRequired = 8;

    /// <summary>The levels of a drafted vacancy's requirements, as the product drafts them.</summary>
    public const int RequiredLevel = 2;
    public const int PreferredLevel = 1;

    private static readonly string[] OtherLanguages = ["fr", "en", "ar", "tr", "pl", "ro", "uk", "ru", "es", "ber", "fa", "ps", "ti", "so", "ln", "pt", "de", "it"];

    private readonly EscoCatalogue _catalogue;
    private readonly GeoPoint[] _places;
    private readonly Dictionary<GeoPoint, string> _postcodes;
    private readonly int[] _transversal;
    private readonly int[] _generic;
    private readonly double[] _genericCumulative;

    /// <summary>
    /// Vacancies are drafted with the product's default weights, so an ablation of a scoring setting
    /// (evaluate --set) changes how people are scored, not which vacancies they are scored against.
    /// </summary>
    private static readonly MatchingOptions DraftWeights = new();

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

        // Generic skills that occupations list, drawn as often as occupations list them: the common certificates.
        _generic = Enumerable.Range(0, catalogue.CompetenceIds.Length).Where(i => catalogue.IsGeneric(i) && catalogue.OccupationCounts[i] > 0).ToArray();
        _genericCumulative = new double[_generic.Length];
        var sum = 0.0;
        for (var i = 0; i < _generic.Length; i++)
        {
            _genericCumulative[i] = sum += catalogue.OccupationCounts[_generic[i]];
        }
    }

    /// <summary>The postcode a generated location stands for.</summary>
    public string PostcodeOf(GeoPoint? point) => point is { } p && _postcodes.TryGetValue(p, out var postcode) ? postcode : "2000";

    /// <summary>A person whose competences come from <paramref name="occupation"/>, with typical noise.</summary>
    public Candidate Person(int index, EscoOccupation occupation, Random random) =>
        Generate(index, occupation, random, new PersonNoise()).Candidate;

    /// <summary>A person whose competences (or experience) come from <paramref name="occupation"/>, with <paramref name="noise"/>.</summary>
    /// <param name="index">Makes the person's id.</param>
    /// <param name="occupation">Where the person's skills come from.</param>
    /// <param name="random">The seeded source of all choices.</param>
    /// <param name="noise">How the profile departs from the occupation's.</param>
    /// <param name="experienceOnly">Whether the person lists only a past job; null: by <see cref="PersonNoise.ExperienceOnly"/>.</param>
    /// <param name="asked">The competences a vacancy asks: generic certified skills include its generic ones.</param>
    public GeneratedPerson Generate(int index, EscoOccupation occupation, Random random, PersonNoise noise, bool? experienceOnly = null, IReadOnlyList<int>? asked = null)
    {
        var id = EscoCatalogue.DeterministicGuid(2, index);
        var languages = Languages(random);
        var location = _places[random.Next(_places.Length)];
        var travel = 5 + random.Next(30);
        var hours = 8 + random.Next(31);
        if (experienceOnly ?? random.NextDouble() < noise.ExperienceOnly)
        {
            var years = Math.Round(1 + (9 * random.NextDouble()), 1);
            var experience = new CandidateExperience(occupation.Id, years, noise.Sources.DrawContext(random));
            var listed = new Candidate(id, [], languages, location, travel, hours, []) { Experiences = [experience] };
            return new GeneratedPerson(listed, true, occupation.Essential.Length, 0, 0, 0);
        }

        var chosen = new Dictionary<int, CandidateCompetence>();
        var own = occupation.Essential.Concat(occupation.Optional).ToHashSet();
        void Add(int competence, bool ownLevel)
        {
            // Skills of one's own occupation are held at a working level (2-4); others at any level.
            var level = ownLevel || own.Contains(competence) ? 2 + random.Next(3) : 1 + random.Next(4);
            var evidence = random.NextDouble() < 0.8 ? Evidence.Declared : random.NextDouble() < 0.7 ? Evidence.Confirmed : Evidence.Certified;
            chosen[competence] = new CandidateCompetence(_catalogue.CompetenceIds[competence], level, noise.Sources.Draw(random), evidence);
        }

        var essential = occupation.Essential;
        var recorded = Shuffled(essential, random).Take(Math.Max(1, (int)Math.Round(noise.EssentialRecorded.Draw(random) * essential.Length))).ToList();

        // Regranulated: a share of the recorded ones, taken from those ESCO has a broader or narrower skill for.
        var toMove = (int)Math.Round(noise.Regranulated.Draw(random) * recorded.Count);
        var moved = new Dictionary<int, int>();
        foreach (var skill in Shuffled(recorded, random))
        {
            if (moved.Count >= toMove)
            {
                break;
            }

            if (Substitute(skill, random) is { } other)
            {
                moved[skill] = other;
            }
        }

        foreach (var skill in recorded)
        {
            Add(moved.GetValueOrDefault(skill, skill), ownLevel: true);
        }

        foreach (var skill in occupation.Optional)
        {
            if (random.NextDouble() < noise.OptionalAdded)
            {
                Add(skill, ownLevel: false);
            }
        }

        for (var i = noise.TransversalExtra.Draw(random); i > 0 && _transversal.Length > 0; i--)
        {
            Add(_transversal[random.Next(_transversal.Length)], ownLevel: false);
        }

        for (var i = noise.RandomExtra.Draw(random); i > 0; i--)
        {
            var any = random.Next(_catalogue.CompetenceIds.Length);
            if (!_catalogue.Groups[any])
            {
                Add(any, ownLevel: false);
            }
        }

        var generic = GenericSkills(noise, asked, random);
        foreach (var skill in generic)
        {
            // A certificate from a course: level 3-4, certified.
            chosen[skill] = new CandidateCompetence(_catalogue.CompetenceIds[skill], 3 + random.Next(2), CompetenceSource.Training, Evidence.Certified);
        }

        var candidate = new Candidate(id, chosen.Values.ToList(), languages, location, travel, hours, []);
        return new GeneratedPerson(candidate, false, essential.Length, recorded.Count, moved.Count, generic.Count);
    }

    /// <summary>
    /// A vacancy drafted from <paramref name="occupation"/> by the from-occupation draft rule: the most
    /// specific essential competences required (at most <see cref="DraftRequired"/>; those the score
    /// weighs most: weight by reuse level times rarity among occupations), the other essential ones and a few optional ones preferred;
    /// Dutch B1 required.
    /// </summary>
    public OpportunitySpec DraftVacancy(int index, EscoOccupation occupation, Random random)
    {
        // The product's own rule for a draft from an occupation.
        var indexOf = occupation.Essential.ToDictionary(c => _catalogue.CompetenceIds[c]);
        var bySpecificity = CreateVacancyFromOccupationCommandHandler
            .MostSpecificFirst(
                occupation.Essential.Select(c => new EssentialCompetence(_catalogue.CompetenceIds[c], _catalogue.ReuseLevels[c], _catalogue.Taxonomy.OccupationsNeeding(_catalogue.CompetenceIds[c]).Count)),
                _catalogue.Taxonomy.OccupationCount,
                DraftWeights)
            .Select(id => indexOf[id])
            .ToList();
        var optional = Shuffled(occupation.Optional, random).Take(random.Next(3, 9));
        var requirements = bySpecificity.Take(DraftRequired)
            .Select(c => new Requirement(_catalogue.CompetenceIds[c], RequiredLevel, Importance.Required))
            .Concat(bySpecificity.Skip(DraftRequired).Concat(optional)
                .Select(c => new Requirement(_catalogue.CompetenceIds[c], PreferredLevel, Importance.Preferred)))
            .Take(Domain.Opportunities.Opportunity.MaxRequirements)
            .ToList();
        return new OpportunitySpec(
            EscoCatalogue.DeterministicGuid(3, index),
            OpportunityKind.Job,
            requirements,
            [new LanguageRequirement("nl", CefrLevel.B1, Importance.Required)],
            MultilingualValued: false,
            _places[random.Next(_places.Length)],
            38,
            []);
    }

    /// <summary>A vacancy for <paramref name="occupation"/> for the latency benchmarks: essential → required, optional → preferred, 8-20 requirements.</summary>
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

    /// <summary>The generic certified skills of a distractor: the vacancy's generic ones by chance, the rest common generic skills.</summary>
    private List<int> GenericSkills(PersonNoise noise, IReadOnlyList<int>? asked, Random random)
    {
        var count = noise.GenericCertified.Draw(random);
        var skills = new List<int>();
        if (count == 0 || _generic.Length == 0)
        {
            return skills;
        }

        foreach (var skill in asked ?? [])
        {
            if (skills.Count < count && _catalogue.IsGeneric(skill) && random.NextDouble() < noise.GenericTargeted)
            {
                skills.Add(skill);
            }
        }

        for (var attempts = 0; skills.Count < count && attempts < 20 * count; attempts++)
        {
            var pick = Array.BinarySearch(_genericCumulative, random.NextDouble() * _genericCumulative[^1]);
            var skill = _generic[Math.Min(pick < 0 ? ~pick : pick, _generic.Length - 1)];
            if (!skills.Contains(skill))
            {
                skills.Add(skill);
            }
        }

        return skills;
    }

    private static List<int> Shuffled(IReadOnlyList<int> items, Random random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
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
