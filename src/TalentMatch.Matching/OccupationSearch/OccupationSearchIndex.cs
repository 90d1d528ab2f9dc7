using System.Buffers;
using System.Runtime.InteropServices;
using TalentMatch.Domain.Common;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>One label of an occupation, as the search index takes it.</summary>
public sealed record OccupationLabelRow(Guid OccupationId, string Language, string Text, bool IsPreferred);

/// <summary>An occupation found for a query, with the label that matched best.</summary>
/// <summary>
/// An occupation found for a query, with the label that matched best and, when a remembered job
/// title weighed more than any label, that title.
/// </summary>
public sealed record OccupationIndexHit(Guid OccupationId, double Score, string MatchedLabel, string? MatchedTitle = null);

/// <summary>
/// In-memory occupation search over every label in every language. A label scores by a weighted
/// word overlap (rare words count more, typos match through similar words) blended with a
/// character-trigram similarity of the whole title; an occupation scores by its best label.
/// Both sides go through the same folding: Dutch gendered and inflected forms reduce to one stem
/// ("kassierster", "kassière" and "kassier"), compounds split into known words
/// ("magazijnmedewerker" is "magazijn medewerker"), and noise such as "(m/v/x)" is dropped.
/// Query words also match their word family ("planologie" finds "planoloog", "bakkerij"
/// finds "bakker") and the curated <see cref="OccupationSynonyms"/> ("poetsvrouw" finds
/// "schoonmaker", "docent Spaans (2e graads)" is read as "docent moderne talen voortgezet onderwijs").
/// Built once from label rows; immutable afterwards, so it can be searched from any thread.
/// </summary>
public sealed partial class OccupationSearchIndex
{
    private const double MinimumScore = 0.2;

    // Share of the word overlap in a label's score; the rest is character similarity.
    private const double WordWeight = 0.6;

    // Alternative labels rank just below a preferred label that matches as well.
    private const double AlternativePenalty = 0.97;

    // A reading without the aside in brackets counts slightly less than the title as written.
    private const double AsideFactor = 0.97;

    // A title rewritten by the curated list ranks just below the title as written.
    private const double RewriteFactor = 0.95;

    // A title read without its general role ("medewerker bakkerij" as "bakkerij") counts less.
    private const double FieldFactor = 0.85;

    // The other occupations of a hit's ISCO unit group are proposed at this share of its score
    // (each at most once, from the best-scoring sibling), for the few best hits and only in
    // groups small enough that "the same group" still says something.
    private const double SiblingShare = 0.5;
    private const int SiblingSources = 3;
    private const int MaximumGroup = 10;

    // An occupation proposed by its activity text alone scores this share of its activity score
    // relative to the best; one proposed as a skill neighbour, this share of its cosine x the hit's score.
    private const double ActivityShare = 0.3;

    // The list of the blend's best candidates whose last places the occupations proposed by what
    // they do take, before the ranker's RerankDepth are cut from it (the evaluation's 100 candidates).
    private const int CandidatePool = 100;

    // Beyond this rank by activity text, a candidate's activity rank feature is 0.
    private const int ActivityDepth = 100;

    /// <summary>With a title memory, the learned ranker orders this many of the best candidates by the blend.</summary>
    public const int RerankDepth = 50;

    // How much a word counts for another word of the list or of its family.
    private const double EquivalentSimilarity = 0.9;
    private const double FamilySimilarity = 0.85;
    private const double TranslationSimilarity = 0.8;

    // An unknown query word stands for catalogue words at least this alike (trigram Dice).
    private const double FuzzyMinimum = 0.5;

    // Compound parts have at least four letters; a three-letter word may only end a compound ("basiskok").
    private const int MinimumPart = 3;
    private const int MinimumRoot = 3;
    private const int MaximumRewrites = 6;

    // Words that carry no meaning in a job title, in the languages of the catalogue.
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "de", "het", "een", "en", "of", "van", "voor", "in", "op", "met", "bij", "aan", "te", "der", "den",
        "the", "a", "an", "and", "or", "for", "at", "to", "with",
        "la", "le", "les", "des", "du", "et", "pour",
        "mv", "mvx", "mfx", "mf", "hf", "hv",
    };

    // Endings that change a word's role but not its subject: a field of study, its practitioner
    // and adjective; an activity or workplace and its worker. Longest first within a family; the
    // endings are as Stem leaves them ("technicus" is "technicu", "bakker" is "bak"); an empty
    // ending stands for the bare stem.
    private static readonly string[][] Families =
    [
        ["logisch", "logi", "log"], // planologie, planoloog, planologisch
        ["nomisch", "nomi", "nom"], // economie, econoom, economisch
        ["grafisch", "grafi", "graf"], // fotografie, fotograaf
        ["sofisch", "sofi", "sof"], // filosofie, filosoof
        ["iatrisch", "iatri", "iat"], // psychiatrie, psychiater
        ["kundig", "kund"], // bouwkunde, bouwkundige
        ["isch", "icu", "ici", "iek", "ic"], // techniek, technicus, technisch, informatica
        ["ati", "ator", "at"], // administratie, administrateur, administrator
        ["erij", ""], // bakkerij, bakker
        ["ing", ""], // beveiliging, beveiliger
    ];

    private readonly Guid[] _occupationIds;
    private readonly int[][] _siblings;
    private readonly int[] _groupOf;
    private readonly HashSet<int>[] _heads;
    private readonly Dictionary<Guid, int> _occupationIndex;
    private readonly Label[] _labels;
    private readonly int[] _firstLabels;
    private readonly HashSet<int>[] _vocabularies;
    private readonly OccupationActivityText? _activities;
    private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
    private readonly double[] _idf;
    private readonly int[][] _termPostings;
    private readonly Dictionary<string, int[]> _termGrams;
    private readonly string[] _termTexts;
    private readonly Dictionary<string, int> _grams = new(StringComparer.Ordinal);
    private readonly int[][] _gramPostings;
    private readonly HashSet<string> _stopWords;
    private readonly HashSet<string> _splitWords = new(StringComparer.Ordinal);
    private readonly HashSet<string> _shortWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _families = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _equivalents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _translations = new(StringComparer.Ordinal);
    private readonly List<(string[] From, string[] To)> _phrases = [];
    private readonly List<string[]> _generalRoles = [];
    private readonly ArrayPool<double> _scorePool = ArrayPool<double>.Create();
    private readonly ArrayPool<int> _countPool = ArrayPool<int>.Create();

    /// <summary>An index with the curated list shipped with the product.</summary>
    public OccupationSearchIndex(IEnumerable<OccupationLabelRow> rows)
        : this(rows, OccupationSynonyms.Default)
    {
    }

    /// <param name="rows">Every label of every occupation.</param>
    /// <param name="synonyms">The curated job-title knowledge.</param>
    /// <param name="bridge">Whether Dutch words also match the English words <see cref="OccupationWordBridge"/> derives from the labels.</param>
    /// <param name="groups">
    /// Each occupation's ISCO unit group, when known: the occupations of a small group are proposed
    /// beside the best hits of the same group (see <see cref="SiblingShare"/>).
    /// </param>
    /// <param name="activities">
    /// What occupations do (the labels of their essential skills), when known: a title's words meet
    /// them through <see cref="OccupationActivityText"/>, which describes each candidate and proposes
    /// the best <see cref="ActivityCandidates"/> occupations beside the labels' and titles' hits.
    /// </param>
    public OccupationSearchIndex(IEnumerable<OccupationLabelRow> rows, OccupationSynonyms synonyms, bool bridge = true, IReadOnlyDictionary<Guid, string>? groups = null, IEnumerable<OccupationActivityRow>? activities = null)
    {
        _stopWords = [.. StopWords, .. synonyms.NoiseWords];
        var occupations = new Dictionary<Guid, int>();
        var unique = new List<(int Occupation, OccupationLabelRow Row, string Normalized)>();
        var seen = new HashSet<(int, string)>();
        foreach (var row in rows.SelectMany(LabelReadings).OrderByDescending(r => r.IsPreferred))
        {
            var normalized = TextNormalizer.Normalize(row.Text);
            if (normalized.Length == 0)
            {
                continue;
            }

            if (!occupations.TryGetValue(row.OccupationId, out var occupation))
            {
                occupation = occupations.Count;
                occupations[row.OccupationId] = occupation;
            }

            if (seen.Add((occupation, normalized)))
            {
                unique.Add((occupation, row, normalized));
            }
        }

        _occupationIndex = occupations;
        _occupationIds = new Guid[occupations.Count];
        foreach (var (id, i) in occupations)
        {
            _occupationIds[i] = id;
        }

        // Words that stand alone in some label: the parts a compound may be split into. Then the
        // words of the curated list, unless they are plain compounds of those: "poetsvrouw" is a
        // word ("hoofdpoetsvrouw" is "hoofd poetsvrouw"), "magazijnmedewerker" stays "magazijn
        // medewerker". A three-letter part is too weak to make a listed word a compound
        // ("poetsman" is not "poet man").
        foreach (var word in unique.SelectMany(u => Words(u.Normalized)))
        {
            AddWord(word);
        }

        var curated = synonyms.Rules.SelectMany(r => new[] { r.From, r.To }).Concat(synonyms.GeneralRoles).SelectMany(Words);
        foreach (var word in curated.Distinct().Where(w => Split(w)?.All(p => p.Length > MinimumPart) != true).ToList())
        {
            AddWord(word);
        }

        var postings = new List<List<int>>();
        var gramPostings = new List<List<int>>();
        _labels = new Label[unique.Count];
        for (var l = 0; l < unique.Count; l++)
        {
            var (occupation, row, normalized) = unique[l];
            var terms = Analyse(normalized);
            int[] ids = [.. terms.Distinct().Select(term => Post(_terms, postings, term, l))];
            int[] grams = [.. Trigrams(string.Concat(terms)).Select(gram => Post(_grams, gramPostings, gram, l))];
            _labels[l] = new Label(occupation, row.Text, normalized, row.IsPreferred, ids, grams) { Head = terms.Count > 0 ? _terms[terms[^1]] : -1 };
        }

        // Preferred labels come first, so an occupation's first label is one of its preferred ones.
        _firstLabels = new int[_occupationIds.Length];
        Array.Fill(_firstLabels, -1);
        for (var l = _labels.Length - 1; l >= 0; l--)
        {
            _firstLabels[_labels[l].Occupation] = l;
        }

        // Per occupation, the words of all its labels, and the last word of each (the head of a Dutch title).
        _vocabularies = new HashSet<int>[_occupationIds.Length];
        _heads = new HashSet<int>[_occupationIds.Length];
        for (var o = 0; o < _occupationIds.Length; o++)
        {
            _vocabularies[o] = [];
            _heads[o] = [];
        }

        foreach (var label in _labels)
        {
            _vocabularies[label.Occupation].UnionWith(label.Terms);
            if (label.Head >= 0)
            {
                _heads[label.Occupation].Add(label.Head);
            }
        }

        _termPostings = [.. postings.Select(p => p.ToArray())];
        _gramPostings = [.. gramPostings.Select(p => p.ToArray())];
        _termTexts = new string[_terms.Count];
        _idf = new double[_terms.Count];
        var termGrams = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var (term, id) in _terms)
        {
            _termTexts[id] = term;
            var df = _termPostings[id].Length;
            _idf[id] = Math.Log(1 + ((_labels.Length - df + 0.5) / (df + 0.5)));
            foreach (var gram in Trigrams(term))
            {
                Add(termGrams, gram, id);
            }

            for (var f = 0; f < Families.Length; f++)
            {
                if (FamilyKey(f, term) is { } key)
                {
                    Add(_families, key, term);
                }
            }
        }

        _termGrams = termGrams.ToDictionary(g => g.Key, g => g.Value.ToArray(), StringComparer.Ordinal);
        foreach (var label in _labels)
        {
            label.Weight = label.Terms.Sum(t => _idf[t]);
        }

        // The curated list: one word for another joins word matching; phrases are rewritten.
        foreach (var rule in synonyms.Rules)
        {
            var from = Analyse(rule.From);
            var to = Analyse(rule.To);
            if (from.Count == 0 || to.Count == 0 || from.SequenceEqual(to))
            {
                continue;
            }

            if (from.Count == 1 && to.Count == 1)
            {
                Add(_equivalents, from[0], to[0]);
            }
            else
            {
                _phrases.Add(([.. from], [.. to]));
            }
        }

        if (bridge)
        {
            // Parallel text: per occupation, the words of its Dutch and of its English labels.
            var languages = new Dictionary<(int, bool), HashSet<string>>();
            for (var l = 0; l < _labels.Length; l++)
            {
                var language = unique[l].Row.Language;
                if (language is "nl" or "en")
                {
                    var words = CollectionsMarshal.GetValueRefOrAddDefault(languages, (_labels[l].Occupation, language == "nl"), out _) ??= new(StringComparer.Ordinal);
                    words.UnionWith(_labels[l].Terms.Select(t => _termTexts[t]));
                }
            }

            var parallel = Enumerable.Range(0, _occupationIds.Length)
                .Where(o => languages.ContainsKey((o, true)) && languages.ContainsKey((o, false)))
                .Select(o => ((IReadOnlyCollection<string>)languages[(o, true)], (IReadOnlyCollection<string>)languages[(o, false)]));
            Translations = OccupationWordBridge.Derive(parallel);
            foreach (var translation in Translations)
            {
                Add(_translations, translation.Dutch, translation.English);
            }
        }

        (_siblings, _groupOf) = Siblings(groups ?? new Dictionary<Guid, string>());
        _generalRoles.AddRange(synonyms.GeneralRoles.Select(r => Analyse(r).ToArray()).Where(r => r.Length > 0).OrderByDescending(r => r.Length));
        if (activities is not null)
        {
            _activities = new OccupationActivityText(this, activities
                .Where(a => _occupationIndex.ContainsKey(a.OccupationId))
                .Select(a => (_occupationIndex[a.OccupationId], a.Text)));
        }
    }

    /// <summary>The product's <see cref="ActivityCandidates"/>, chosen on the tuning half of the occupation-search evaluation.</summary>
    public const int DefaultActivityCandidates = 10;

    /// <summary>The product's <see cref="SkillNeighbours"/>, chosen on the tuning half of the occupation-search evaluation.</summary>
    public const int DefaultSkillNeighbours = 5;

    /// <summary>
    /// When the index was given activity texts: how many of the occupations whose activity text best
    /// meets a title join the candidates a ranker orders. They take the last places of the blend's
    /// <see cref="CandidatePool"/> best (at a low blended score, <see cref="ActivityShare"/> of their
    /// share of the best such score), so a ranker's <see cref="RerankDepth"/> holds those that score
    /// above its last candidate; the blend's order without a ranker does not take them.
    /// </summary>
    public int ActivityCandidates { get; init; } = DefaultActivityCandidates;

    /// <summary>
    /// When the index was given activity texts: how many of the occupations that share most
    /// essential skills with each of the <see cref="SiblingSources"/> best hits join the candidates,
    /// as <see cref="ActivityCandidates"/> do ("woonconsulent" finds housing officers by their labels,
    /// and letting agents, who do much the same, beside them).
    /// </summary>
    public int SkillNeighbours { get; init; } = DefaultSkillNeighbours;

    public int LabelCount => _labels.Length;

    /// <summary>The Dutch→English word list derived from the labels (empty when built without it).</summary>
    public IReadOnlyList<WordTranslation> Translations { get; } = [];

    public int OccupationCount => _occupationIds.Length;

    /// <summary>The preferred labels of an occupation, for reports.</summary>
    public string LabelOf(Guid occupationId) =>
        _occupationIndex.TryGetValue(occupationId, out var occupation) ? LabelOf(occupation) : "";

    /// <summary>The position of an occupation in the index (for its parts, such as <see cref="OccupationActivityText"/>).</summary>
    internal int OccupationOf(Guid occupationId) => _occupationIndex[occupationId];

    /// <summary>Whether the index holds labels of an occupation.</summary>
    public bool Contains(Guid occupationId) => _occupationIndex.ContainsKey(occupationId);

    private string LabelOf(int occupation) =>
        string.Join(" / ", _labels.Where(l => l.Occupation == occupation && l.IsPreferred).Select(l => l.Text));

    /// <summary>The folded words a text is searched by (stems and compound parts), for reports.</summary>
    public IReadOnlyList<string> Terms(string text) => Analyse(TextNormalizer.Normalize(text));

    /// <summary>
    /// A label and, as alternatives, its text without brackets and each part of a slash
    /// ("ober/serveerster"), so a user typing one form finds it as a whole label.
    /// </summary>
    private static IEnumerable<OccupationLabelRow> LabelReadings(OccupationLabelRow row)
    {
        yield return row;
        var plain = Brackets().Replace(row.Text, " ").Trim();
        var texts = new List<string>();
        if (plain.Length > 0 && plain != row.Text.Trim())
        {
            texts.Add(plain);
        }

        var parts = plain.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length > 1)
        {
            texts.AddRange(parts);
        }

        foreach (var text in texts)
        {
            yield return row with { Text = text, IsPreferred = false };
        }
    }

    /// <summary>
    /// Per occupation, the other occupations of its ISCO unit group, when that group has at most
    /// <see cref="MaximumGroup"/> of them; and the number of its group (of any size; −1: none).
    /// </summary>
    private (int[][] Siblings, int[] Groups) Siblings(IReadOnlyDictionary<Guid, string> groups)
    {
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var o = 0; o < _occupationIds.Length; o++)
        {
            if (groups.TryGetValue(_occupationIds[o], out var group) && group.Length > 0)
            {
                Add(members, group, o);
            }
        }

        var siblings = new int[_occupationIds.Length][];
        Array.Fill(siblings, []);
        foreach (var group in members.Values.Where(g => g.Count is > 1 and <= MaximumGroup))
        {
            foreach (var o in group)
            {
                siblings[o] = [.. group.Where(m => m != o)];
            }
        }

        var numbers = new int[_occupationIds.Length];
        Array.Fill(numbers, -1);
        var number = 0;
        foreach (var group in members.Values)
        {
            foreach (var o in group)
            {
                numbers[o] = number;
            }

            number++;
        }

        return (siblings, numbers);
    }

    /// <summary>The id of a key (added when new), with the label recorded in its postings.</summary>
    private static int Post(Dictionary<string, int> ids, List<List<int>> postings, string key, int label)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            id = ids.Count;
            ids[key] = id;
            postings.Add([]);
        }

        postings[id].Add(label);
        return id;
    }

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T value) =>
        (CollectionsMarshal.GetValueRefOrAddDefault(map, key, out _) ??= []).Add(value);

    private void AddWord(string word)
    {
        if (word.Length > MinimumPart)
        {
            _splitWords.Add(Stem(word));
        }
        else if (word.Length == MinimumPart)
        {
            _shortWords.Add(word);
        }
    }

    private sealed class Label(int occupation, string text, string normalized, bool isPreferred, int[] terms, int[] grams)
    {
        public int Occupation { get; } = occupation;
        public string Text { get; } = text;
        public string Normalized { get; } = normalized;
        public bool IsPreferred { get; } = isPreferred;
        public int[] Terms { get; } = terms;
        public int[] Grams { get; } = grams;

        /// <summary>The id of its last word (the head of a Dutch title), −1 for none.</summary>
        public int Head { get; init; }

        public double Weight { get; set; }
    }
}
