using System.Buffers;
using System.Runtime.InteropServices;
using TalentMatch.Domain.Common;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>One label of an occupation, as the search index takes it.</summary>
public sealed record OccupationLabelRow(Guid OccupationId, string Language, string Text, bool IsPreferred);

/// <summary>An occupation found for a query, with the label that matched best.</summary>
public sealed record OccupationIndexHit(Guid OccupationId, double Score, string MatchedLabel);

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

    // How much a word counts for another word of the list or of its family.
    private const double EquivalentSimilarity = 0.9;
    private const double FamilySimilarity = 0.85;

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
    private readonly Label[] _labels;
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
    private readonly List<(string[] From, string[] To)> _phrases = [];
    private readonly List<string[]> _generalRoles = [];
    private readonly ArrayPool<double> _scorePool = ArrayPool<double>.Create();
    private readonly ArrayPool<int> _countPool = ArrayPool<int>.Create();

    /// <summary>An index with the curated list shipped with the product.</summary>
    public OccupationSearchIndex(IEnumerable<OccupationLabelRow> rows)
        : this(rows, OccupationSynonyms.Default)
    {
    }

    public OccupationSearchIndex(IEnumerable<OccupationLabelRow> rows, OccupationSynonyms synonyms)
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
            _labels[l] = new Label(occupation, row.Text, normalized, row.IsPreferred, ids, grams);
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

        _generalRoles.AddRange(synonyms.GeneralRoles.Select(r => Analyse(r).ToArray()).Where(r => r.Length > 0).OrderByDescending(r => r.Length));
    }

    public int LabelCount => _labels.Length;

    public int OccupationCount => _occupationIds.Length;

    /// <summary>The preferred labels of an occupation, for reports.</summary>
    public string LabelOf(Guid occupationId)
    {
        var occupation = Array.IndexOf(_occupationIds, occupationId);
        return string.Join(" / ", _labels.Where(l => l.Occupation == occupation && l.IsPreferred).Select(l => l.Text));
    }

    /// <summary>The folded words a text is searched by (stems and compound parts), for reports.</summary>
    public IReadOnlyList<string> Terms(string text) => Analyse(TextNormalizer.Normalize(text));

    public IReadOnlyList<OccupationIndexHit> Search(string query, int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        // A title may hold an aside ("docent Portugees (1e graads)") and phrases of the curated
        // list: each reading is searched, the best one counts.
        var merged = new Dictionary<int, (double Score, int Label)>();
        foreach (var (text, factor) in Readings(query))
        {
            var normalized = TextNormalizer.Normalize(text);
            var terms = Analyse(normalized);
            Score(terms, normalized, factor, merged);
            foreach (var (rewritten, rewriteFactor) in Rewrites(terms))
            {
                Score(rewritten, null, factor * rewriteFactor, merged);
            }
        }

        return merged
            .Where(m => m.Value.Score >= MinimumScore)
            .OrderByDescending(m => m.Value.Score).ThenBy(m => _occupationIds[m.Key])
            .Take(limit)
            .Select(m => new OccupationIndexHit(_occupationIds[m.Key], Math.Round(m.Value.Score, 4), _labels[m.Value.Label].Text))
            .ToList();
    }

    /// <summary>The readings of a title: as written, and without asides in brackets.</summary>
    private static List<(string Text, double Factor)> Readings(string text)
    {
        var readings = new List<(string Text, double Factor)> { (text, 1.0) };
        var plain = Brackets().Replace(text, " ").Trim();
        if (plain.Length > 0 && plain != text.Trim())
        {
            readings.Add((plain, AsideFactor));
        }

        return readings;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\([^)]*\)|\[[^\]]*\]")]
    private static partial System.Text.RegularExpressions.Regex Brackets();

    /// <summary>
    /// Other readings of a title's terms: without a leading general role ("medewerker bakkerij"
    /// as "bakkerij"), with each phrase of the curated list rewritten ("docent portugees 1e
    /// graads" as "docent moderne talen 1e graads" and "docent portugees voortgezet onderwijs")
    /// and, with several phrases, all rewritten at once.
    /// </summary>
    internal List<(List<string> Terms, double Factor)> Rewrites(List<string> terms)
    {
        var rewrites = new List<(List<string> Terms, double Factor)>();
        foreach (var role in _generalRoles)
        {
            if (terms.Count > role.Length && terms.Take(role.Length).SequenceEqual(role))
            {
                rewrites.Add((terms[role.Length..], FieldFactor));
                break;
            }
        }

        var matches = new List<(int Start, string[] From, string[] To)>();
        foreach (var (from, to) in _phrases)
        {
            for (var start = 0; start + from.Length <= terms.Count; start++)
            {
                if (terms.Skip(start).Take(from.Length).SequenceEqual(from))
                {
                    matches.Add((start, from, to));
                }
            }
        }

        foreach (var (start, from, to) in matches.Take(MaximumRewrites))
        {
            rewrites.Add(([.. terms[..start], .. to, .. terms[(start + from.Length)..]], RewriteFactor));
        }

        // All at once: the first rewrite of each phrase, left to right, without overlaps.
        var combined = new List<string>();
        var position = 0;
        var count = 0;
        foreach (var (start, from, to) in matches.OrderBy(m => m.Start))
        {
            if (start >= position)
            {
                combined.AddRange(terms[position..start]);
                combined.AddRange(to);
                position = start + from.Length;
                count++;
            }
        }

        if (count > 1)
        {
            combined.AddRange(terms[position..]);
            rewrites.Add((combined, RewriteFactor));
        }

        return rewrites;
    }

    /// <summary>
    /// Scores the labels for one reading and keeps each occupation's best label in
    /// <paramref name="best"/>. The title as written (<paramref name="normalized"/> given) is
    /// also compared letter by letter with every label; a rewritten reading only scores the
    /// labels it shares a word with, which keeps the extra readings cheap.
    /// </summary>
    private void Score(List<string> terms, string? normalized, double factor, Dictionary<int, (double Score, int Label)> best)
    {
        if (terms.Count == 0)
        {
            return;
        }

        // Each query word: the catalogue words it may stand for, with how alike they are.
        var wordScores = new Dictionary<int, double>[terms.Count];
        var queryWeight = 0.0;
        for (var q = 0; q < terms.Count; q++)
        {
            wordScores[q] = Expand(terms[q]);
            queryWeight += wordScores[q].Count == 0 ? MaxIdf() : wordScores[q].Max(w => _idf[w.Key]);
        }

        // Words: per label, the sum over query words of each one's best match, weighted by rarity.
        // Arrays over all labels come from the index's own pools (so they start cleared) and are
        // cleared again through the lists of the labels touched.
        var length = _labels.Length;
        var words = _scorePool.Rent(length);
        var word = _scorePool.Rent(length);
        var common = _countPool.Rent(length);
        var matched = new List<int>();
        var candidates = new List<int>();
        var touched = new List<int>();
        try
        {
            for (var q = 0; q < terms.Count; q++)
            {
                foreach (var (term, similarity) in wordScores[q])
                {
                    var weight = similarity * _idf[term];
                    foreach (var l in _termPostings[term])
                    {
                        if (word[l] == 0)
                        {
                            touched.Add(l);
                        }

                        word[l] = Math.Max(word[l], weight);
                    }
                }

                foreach (var l in touched)
                {
                    if (words[l] == 0)
                    {
                        matched.Add(l);
                    }

                    words[l] += word[l];
                    word[l] = 0;
                }

                touched.Clear();
            }

            // Characters: trigrams shared with the whole title, blind to where words break.
            var queryGrams = new HashSet<int>();
            var gramCount = 0;
            foreach (var gram in Trigrams(string.Concat(terms)))
            {
                gramCount++;
                if (_grams.TryGetValue(gram, out var id))
                {
                    queryGrams.Add(id);
                }
            }

            if (normalized is not null)
            {
                foreach (var gram in queryGrams)
                {
                    foreach (var l in _gramPostings[gram])
                    {
                        if (common[l]++ == 0 && words[l] == 0)
                        {
                            candidates.Add(l);
                        }
                    }
                }
            }
            else
            {
                foreach (var l in matched)
                {
                    common[l] = _labels[l].Grams.Count(queryGrams.Contains);
                }
            }

            candidates.AddRange(matched);
            foreach (var l in candidates)
            {
                var label = _labels[l];
                var dice = 2.0 * common[l] / (gramCount + label.Grams.Length);
                var overlap = 2 * words[l] / (queryWeight + label.Weight);
                var score = (WordWeight * overlap) + ((1 - WordWeight) * dice);
                if (normalized is not null && label.Normalized == normalized)
                {
                    score = Math.Max(score, 1.0);
                }

                score *= factor * (label.IsPreferred ? 1.0 : AlternativePenalty);
                if (score >= MinimumScore && (!best.TryGetValue(label.Occupation, out var current) || score > current.Score))
                {
                    best[label.Occupation] = (score, l);
                }
            }
        }
        finally
        {
            foreach (var l in candidates.Concat(matched).Concat(touched))
            {
                common[l] = 0;
                words[l] = 0;
                word[l] = 0;
            }

            _scorePool.Return(words);
            _scorePool.Return(word);
            _countPool.Return(common);
        }
    }

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

    /// <summary>The words of a title after folding: stems, with compounds split into known words.</summary>
    internal List<string> Analyse(string normalized)
    {
        var result = new List<string>();
        foreach (var word in Words(normalized))
        {
            var parts = Split(word);
            if (parts is null)
            {
                result.Add(Stem(word));
            }
            else
            {
                result.AddRange(parts);
            }
        }

        return result;
    }

    /// <summary>
    /// Folds Dutch (and French) gendered and inflected endings to a common stem, and long vowels
    /// to short ones, so "verkoopster", "verkoper" and "verkopers" meet.
    /// </summary>
    internal static string Stem(string word)
    {
        var stem = word;
        for (var round = 0; round < 3; round++)
        {
            var next = StripEnding(stem);
            if (next == stem)
            {
                break;
            }

            stem = next;
        }

        return Shorten(stem);
    }

    private static string StripEnding(string word)
    {
        // Longest endings first; the stem keeps at least four letters.
        ReadOnlySpan<string> endings = ["sters", "ster", "euses", "euse", "trices", "trice", "teurs", "teur", "eurs", "eur", "ieres", "iere", "ers", "er", "essen", "esse", "es", "en", "e", "s", "a"];
        foreach (var ending in endings)
        {
            if (word.Length - ending.Length >= 4 && word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^ending.Length];
            }
        }

        return word;
    }

    private static string Shorten(string word)
    {
        var builder = new System.Text.StringBuilder(word.Length);
        foreach (var c in word)
        {
            if (builder.Length > 0 && builder[^1] == c && c is 'a' or 'e' or 'o' or 'u' or 'i' or 'l' or 'n' or 'm' or 'p' or 's' or 't' or 'r' or 'k' or 'f')
            {
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private IEnumerable<string> Words(string normalized)
    {
        foreach (var word in normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.Length > 1 && !_stopWords.Contains(word))
            {
                yield return word;
            }
        }
    }

    /// <summary>A long word as known words ("magazijnmedewerker"), or null when it is not a compound of them.</summary>
    private List<string>? Split(string word)
    {
        if (word.Length < MinimumPart + MinimumPart + 1 || _splitWords.Contains(Stem(word)))
        {
            return null;
        }

        // Fewest parts wins; a linking "s" between parts ("verkoopsmedewerker") is skipped.
        var n = word.Length;
        var parts = new int[n + 1];
        var from = new int[n + 1];
        var linked = new bool[n + 1];
        Array.Fill(parts, int.MaxValue);
        parts[0] = 0;
        for (var end = MinimumPart; end <= n; end++)
        {
            var shortest = end == n ? MinimumPart : MinimumPart + 1;
            for (var start = 0; start <= end - shortest; start++)
            {
                var part = word[start..end];
                if (parts[start] != int.MaxValue && parts[start] + 1 < parts[end]
                    && (part.Length > MinimumPart ? _splitWords.Contains(Stem(part)) : _shortWords.Contains(part)))
                {
                    parts[end] = parts[start] + 1;
                    from[end] = start;
                    linked[end] = false;
                }
            }

            if (end < n && parts[end] != int.MaxValue && word[end] == 's' && parts[end] < parts[end + 1])
            {
                parts[end + 1] = parts[end];
                from[end + 1] = end;
                linked[end + 1] = true;
            }
        }

        if (parts[n] == int.MaxValue || parts[n] < 2)
        {
            return null;
        }

        var result = new List<string>();
        for (var end = n; end > 0; end = from[end])
        {
            if (!linked[end])
            {
                result.Add(Stem(word[from[end]..end]));
            }
        }

        result.Reverse();
        return result;
    }

    /// <summary>
    /// The catalogue words a query word may stand for: itself, its equivalents in the curated
    /// list, its word family, and, for an unknown word (a typo, a rarer spelling), the catalogue
    /// words most like it.
    /// </summary>
    private Dictionary<int, double> Expand(string term)
    {
        var result = new Dictionary<int, double>();
        if (_terms.TryGetValue(term, out var exact))
        {
            result[exact] = 1.0;
        }

        var equivalents = _equivalents.GetValueOrDefault(term) ?? [];
        var related = equivalents.Select(e => (e, EquivalentSimilarity)).Concat(Family(term).Select(f => (f, FamilySimilarity)));
        foreach (var (other, similarity) in related)
        {
            if (_terms.TryGetValue(other, out var id) && similarity > result.GetValueOrDefault(id))
            {
                result[id] = similarity;
            }
        }

        if (result.Count > 0)
        {
            return result;
        }

        var grams = Trigrams(term);
        var counts = new Dictionary<int, int>();
        foreach (var gram in grams)
        {
            if (_termGrams.TryGetValue(gram, out var ids))
            {
                foreach (var id in ids)
                {
                    counts[id] = counts.GetValueOrDefault(id) + 1;
                }
            }
        }

        foreach (var (id, shared) in counts
            .Select(c => (Id: c.Key, Dice: 2.0 * c.Value / (grams.Count + TrigramCount(_termTexts[c.Key]))))
            .Where(c => c.Dice >= FuzzyMinimum)
            .OrderByDescending(c => c.Dice)
            .Take(3))
        {
            result[id] = shared;
        }

        return result;
    }

    /// <summary>
    /// Catalogue words of the same family with another ending: a field of study and its
    /// practitioner ("planologie", "planoloog"), an activity or workplace and its worker
    /// ("beveiliging", "beveiliger"; "bakkerij", "bakker").
    /// </summary>
    internal IEnumerable<string> Family(string stem)
    {
        for (var f = 0; f < Families.Length; f++)
        {
            if (FamilyKey(f, stem) is { } key && _families.TryGetValue(key, out var members))
            {
                foreach (var member in members)
                {
                    if (member != stem)
                    {
                        yield return member;
                    }
                }
            }
        }
    }

    private static string? FamilyKey(int family, string stem)
    {
        foreach (var ending in Families[family])
        {
            if (stem.Length - ending.Length >= MinimumRoot && stem.EndsWith(ending, StringComparison.Ordinal))
            {
                return $"{family}:{Shorten(stem[..^ending.Length])}";
            }
        }

        return null;
    }

    private double MaxIdf() => Math.Log(1 + ((_labels.Length + 0.5) / 0.5));

    private static int TrigramCount(string text) => text.Length + 1;

    private static HashSet<string> Trigrams(string text)
    {
        var padded = $"  {text} ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
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
        public double Weight { get; set; }
    }
}
