using System.Buffers;
using System.Runtime.InteropServices;
using TalentMatch.Domain.Common;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>Searching: the readings of a query, their expansion into catalogue words, and the scoring of labels.</summary>
public sealed partial class OccupationSearchIndex
{
    public IReadOnlyList<OccupationIndexHit> Search(string query, int limit) => Search(query, limit, null);

    /// <summary>
    /// Ranks occupations for a title by their labels and, with a <paramref name="memory"/>, by the
    /// remembered titles most like it: an occupation scores by the better of its best label and
    /// its nearest remembered title, plus a share of the other when both agree; with a memory,
    /// the best of those are then ordered by <see cref="Ranker"/>.
    /// </summary>
    public IReadOnlyList<OccupationIndexHit> Search(string query, int limit, TitleMemoryIndex? memory) =>
        Search(query, limit, memory, Ranker);

    /// <summary>
    /// What orders the best candidates when there is a memory: the product's boosted trees
    /// (<see cref="OccupationTreeRanker.Default"/>); the linear <see cref="OccupationRanker.Default"/>
    /// is the fallback, set here to order by it instead.
    /// </summary>
    public IOccupationCandidateRanker Ranker { get; init; } = OccupationTreeRanker.Default;

    /// <summary>
    /// As <see cref="Search(string, int, TitleMemoryIndex?)"/>, ordered with a memory by
    /// <paramref name="ranker"/> (null: by the blended score alone).
    /// </summary>
    public IReadOnlyList<OccupationIndexHit> Search(string query, int limit, TitleMemoryIndex? memory, IOccupationCandidateRanker? ranker)
    {
        if (limit <= 0)
        {
            return [];
        }

        var learner = memory is { Count: > 0 } ? ranker : null;
        var candidates = Candidates(query, memory, learner is null ? limit : RerankDepth, describe: learner is not null);
        var ranked = learner is null
            ? candidates.Select(c => (Candidate: c, Score: c.Score))
            : candidates.Select(c => (Candidate: c, Sum: learner.Sum(c.Features)))
                .OrderByDescending(c => c.Sum).ThenBy(c => c.Candidate.OccupationId)
                .Select(c => (c.Candidate, Score: 1 / (1 + Math.Exp(-c.Sum))));
        return ranked
            .Take(limit)
            .Select(c => new OccupationIndexHit(c.Candidate.OccupationId, Math.Round(c.Score, 4), c.Candidate.MatchedLabel, c.Candidate.MatchedTitle))
            .ToList();
    }

    /// <summary>
    /// The <paramref name="depth"/> best occupations for a title by the blended score of labels
    /// and remembered titles (see <see cref="Search(string, int, TitleMemoryIndex?)"/>), best
    /// first, each with what a ranker weighs (<see cref="OccupationCandidate.FeatureNames"/>).
    /// </summary>
    public IReadOnlyList<OccupationCandidate> Candidates(string query, TitleMemoryIndex? memory, int depth) =>
        Candidates(query, memory, depth, describe: true);

    /// <summary>The best candidates by the blend; their features only when <paramref name="describe"/> (else empty).</summary>
    private List<OccupationCandidate> Candidates(string query, TitleMemoryIndex? memory, int depth, bool describe)
    {
        if (depth <= 0)
        {
            return [];
        }

        var labels = ScoreLabels(query);
        var remembered = memory?.Neighbours(query) ?? [];
        var candidates = new Dictionary<int, (double Score, string Label, string? Title)>();
        foreach (var (occupation, (score, label)) in labels)
        {
            candidates[occupation] = (score, _labels[label].Text, null);
        }

        var fromMemory = new Dictionary<int, (TitleMemoryNeighbours Neighbours, int Rank)>();
        foreach (var hit in remembered)
        {
            if (!_occupationIndex.TryGetValue(hit.Occupation, out var occupation))
            {
                continue; // remembered for an occupation the catalogue does not hold (yet)
            }

            fromMemory[occupation] = (hit, fromMemory.Count + 1);
            var fromTitle = TitleMemoryIndex.Weight * hit.Similarity;
            var label = labels.TryGetValue(occupation, out var l) ? l.Score : 0;
            var blended = Math.Max(fromTitle, label) + (TitleMemoryIndex.Agreement * Math.Min(fromTitle, label));
            var matchedLabel = labels.TryGetValue(occupation, out var best) ? _labels[best.Label].Text : _labels[_firstLabels[occupation]].Text;
            candidates[occupation] = (blended, matchedLabel, fromTitle >= label ? hit.Title : null);
        }

        var siblingOf = AddSiblings(candidates);
        var activities = describe ? ActivityRanks(query) : [];
        var (alike, skillNeighbours) = describe ? SkillNeighbourhood(candidates) : ([], []);

        // For a ranker, the occupations proposed by what they do take the last places of the
        // blend's CandidatePool best (at a low blended score; the ranker sees the first of them
        // whatever the labels and titles found). The blend's order alone does not take them.
        var pool = describe ? Math.Max(depth, CandidatePool) : depth;
        var top = candidates
            .Where(m => m.Value.Score >= MinimumScore)
            .OrderByDescending(m => m.Value.Score).ThenBy(m => _occupationIds[m.Key])
            .Take(pool)
            .ToList();
        var listed = top.Select(t => t.Key).ToHashSet();
        var extras = activities.Where(a => a.Value.Rank <= ActivityCandidates && !listed.Contains(a.Key))
            .OrderBy(a => a.Value.Rank)
            .Select(a => (a.Key, Score: Math.Max(MinimumScore, ActivityShare * a.Value.Relative)))
            .Concat(skillNeighbours.Where(n => !listed.Contains(n.Key)).OrderByDescending(n => n.Value).Select(n => (n.Key, Score: Math.Max(MinimumScore, ActivityShare * n.Value))))
            .DistinctBy(e => e.Key)
            .Take(pool - 1)
            .ToList();
        if (extras.Count > 0)
        {
            top = [.. top.Take(Math.Max(1, Math.Min(top.Count, pool - extras.Count))), .. extras.Select(e => KeyValuePair.Create(e.Key, candidates.TryGetValue(e.Key, out var known) ? known with { Score = Math.Max(known.Score, e.Score) } : (e.Score, _labels[_firstLabels[e.Key]].Text, (string?)null)))];
            top = [.. top.OrderByDescending(m => m.Value.Score).ThenBy(m => _occupationIds[m.Key])];
        }

        top = [.. top.Take(depth)];
        if (!describe)
        {
            return [.. top.Select(t => new OccupationCandidate(_occupationIds[t.Key], t.Value.Score, t.Value.Label, t.Value.Title, []))];
        }

        if (top.Count == 0)
        {
            return [];
        }

        var labelRanks = labels.OrderByDescending(l => l.Value.Score).ThenBy(l => _occupationIds[l.Key])
            .Select((l, i) => (l.Key, Rank: i + 1)).ToDictionary(l => l.Key, l => l.Rank);
        var words = QueryWords(query);
        var votes = remembered.Sum(r => r.Sum);
        var best1 = top[0].Value.Score;
        var bestLabel = labels.Count == 0 ? 0 : labels.Max(l => l.Value.Score);
        var bestTitle = remembered.Count == 0 ? 0 : remembered[0].Similarity;

        // Per ISCO unit group (of any size): the remembered titles' summed similarity, and the two
        // best blended scores of occupations found by their own labels or titles (not as siblings).
        var groupVotes = new Dictionary<int, double>();
        foreach (var (occupation, (neighbours, _)) in fromMemory)
        {
            if (_groupOf[occupation] >= 0)
            {
                groupVotes[_groupOf[occupation]] = groupVotes.GetValueOrDefault(_groupOf[occupation]) + neighbours.Sum;
            }
        }

        var groupBest = new Dictionary<int, (double First, double Second)>();
        foreach (var (occupation, (score, _, _)) in top.Where(t => !siblingOf.Contains(t.Key) && _groupOf[t.Key] >= 0))
        {
            var (first, second) = groupBest.GetValueOrDefault(_groupOf[occupation]);
            groupBest[_groupOf[occupation]] = score > first ? (score, first) : (first, Math.Max(second, score));
        }

        var queryHead = words.Count == 0 ? [] : words[^1].AlikeIds;
        var result = new List<OccupationCandidate>(top.Count);
        for (var rank = 0; rank < top.Count; rank++)
        {
            var (occupation, (score, matchedLabel, matchedTitle)) = top[rank];
            var id = _occupationIds[occupation];
            var label = labels.TryGetValue(occupation, out var l) ? l.Score : 0;
            var (neighbours, memoryRank) = fromMemory.TryGetValue(occupation, out var m) ? m : (null, 0);
            var (coverage, head, rarest, labelCoverage, titleCoverage) = Coverage(words, occupation, memory);
            var features = new double[OccupationCandidate.FeatureNames.Count];
            features[0] = score;
            features[1] = label;
            features[2] = neighbours?.Nearest ?? 0;
            features[3] = neighbours?.Second ?? 0;
            features[4] = Math.Log(1 + (neighbours?.Votes ?? 0));
            features[5] = neighbours?.Sum ?? 0;
            features[6] = neighbours?.Nearest >= 0.999 ? 1 : 0;
            features[7] = label >= 0.999 ? 1 : 0;
            features[8] = Math.Log(1 + (memory?.TitlesOf(id) ?? 0));
            features[9] = siblingOf.Contains(occupation) ? 1 : 0; // its own score was lower than its sibling's share
            features[10] = 1.0 / (rank + 1);
            features[11] = labelRanks.TryGetValue(occupation, out var lr) ? 1.0 / lr : 0;
            features[12] = memoryRank > 0 ? 1.0 / memoryRank : 0;
            features[13] = coverage;
            features[14] = head;
            features[15] = rarest;
            features[16] = score / best1;
            features[17] = labelCoverage;
            features[18] = titleCoverage;
            features[19] = Math.Min(label, neighbours?.Similarity ?? 0);
            features[20] = neighbours?.Words ?? 0;
            features[21] = neighbours?.Letters ?? 0;
            features[22] = votes > 0 ? (neighbours?.Sum ?? 0) / votes : 0;
            var (activity, activityRank) = activities.GetValueOrDefault(occupation);
            features[23] = activity;
            features[24] = activityRank > 0 ? 1.0 / activityRank : 0;
            features[25] = alike.GetValueOrDefault(occupation);
            features[26] = neighbours?.Knn ?? 0;
            features[27] = bestLabel > 0 ? label / bestLabel : 0;
            features[28] = bestTitle > 0 ? (neighbours?.Similarity ?? 0) / bestTitle : 0;
            var group = _groupOf[occupation];
            features[29] = group >= 0 && votes > 0 ? groupVotes.GetValueOrDefault(group) / votes : 0;
            var (groupFirst, groupSecond) = group >= 0 ? groupBest.GetValueOrDefault(group) : default;
            features[30] = (siblingOf.Contains(occupation) || score < groupFirst ? groupFirst : groupSecond) / best1;
            features[31] = queryHead.Any(_heads[occupation].Contains) ? 1 : 0;
            result.Add(new OccupationCandidate(id, score, matchedLabel, matchedTitle, features));
        }

        return result;
    }

    /// <summary>
    /// Per occupation, how much it does what the best hits do: the largest, over the
    /// <see cref="SiblingSources"/> best candidates (other than itself), of their skill-set cosine
    /// times that hit's score; and the <see cref="SkillNeighbours"/> most alike of each of those hits.
    /// </summary>
    private (Dictionary<int, double> Alike, Dictionary<int, double> Neighbours) SkillNeighbourhood(Dictionary<int, (double Score, string Label, string? Title)> candidates)
    {
        var alike = new Dictionary<int, double>();
        var neighbours = new Dictionary<int, double>();
        if (_activities is null)
        {
            return (alike, neighbours);
        }

        var sources = candidates.OrderByDescending(c => c.Value.Score).ThenBy(c => _occupationIds[c.Key]).Take(SiblingSources).ToList();
        foreach (var (source, (score, _, _)) in sources)
        {
            var rank = 0;
            foreach (var (other, cosine) in _activities.Alike(source))
            {
                var strength = cosine * score;
                alike[other] = Math.Max(alike.GetValueOrDefault(other), strength);
                if (rank++ < SkillNeighbours)
                {
                    neighbours[other] = Math.Max(neighbours.GetValueOrDefault(other), strength);
                }
            }
        }

        return (alike, neighbours);
    }

    /// <summary>The occupations whose activity text meets a title best, best first (none without activity texts), for reports.</summary>
    public IReadOnlyList<Guid> ByActivity(string query, int depth) =>
        [.. ActivityRanks(query).OrderBy(a => a.Value.Rank).Take(depth).Select(a => _occupationIds[a.Key])];

    /// <summary>
    /// The occupations whose activity text meets a title best (at most <see cref="ActivityDepth"/>):
    /// each one's score relative to the best and its rank (1 = best).
    /// </summary>
    private Dictionary<int, (double Relative, int Rank)> ActivityRanks(string query)
    {
        if (_activities is null)
        {
            return [];
        }

        var scores = _activities.Score(query);
        var ranked = scores.OrderByDescending(s => s.Value).ThenBy(s => _occupationIds[s.Key]).Take(ActivityDepth).ToList();
        return ranked.Count == 0 ? [] : ranked.Select((s, i) => (s.Key, Relative: s.Value / ranked[0].Value, Rank: i + 1))
            .ToDictionary(s => s.Key, s => (s.Relative, s.Rank));
    }

    /// <summary>The words of a title (as written) with what each may stand for and how much it weighs (its rarity among the labels).</summary>
    private List<(string Term, string[] Alike, int[] AlikeIds, double Weight)> QueryWords(string query)
    {
        var words = new List<(string Term, string[] Alike, int[] AlikeIds, double Weight)>();
        foreach (var term in Analyse(TextNormalizer.Normalize(query)))
        {
            var expanded = Expand(term);
            words.Add((term, [term, .. expanded.Keys.Select(k => _termTexts[k])], [.. expanded.Keys], expanded.Count == 0 ? MaxIdf() : expanded.Max(e => _idf[e.Key])));
        }

        return words;
    }

    /// <summary>
    /// How much of a title an occupation's labels and remembered titles hold: the share of its
    /// words (weighted by rarity), whether its last word (the head of a Dutch title) and whether
    /// its rarest word are among them.
    /// </summary>
    private (double Coverage, double Head, double Rarest, double Labels, double Titles) Coverage(List<(string Term, string[] Alike, int[] AlikeIds, double Weight)> words, int occupation, TitleMemoryIndex? memory)
    {
        if (words.Count == 0)
        {
            return (0, 0, 0, 0, 0);
        }

        var id = _occupationIds[occupation];
        var vocabulary = _vocabularies[occupation];
        var total = 0.0;
        var held = 0.0;
        var inLabels = 0.0;
        var inTitles = 0.0;
        var rarest = 0;
        var covered = new bool[words.Count];
        for (var w = 0; w < words.Count; w++)
        {
            var (_, alike, alikeIds, weight) = words[w];
            var labelHolds = alikeIds.Any(vocabulary.Contains);
            var titleHolds = memory is not null && alike.Any(a => memory.Holds(id, a));
            covered[w] = labelHolds || titleHolds;
            inLabels += labelHolds ? weight : 0;
            inTitles += titleHolds ? weight : 0;
            total += weight;
            held += covered[w] ? weight : 0;
            if (weight > words[rarest].Weight)
            {
                rarest = w;
            }
        }

        return (held / total, covered[^1] ? 1 : 0, covered[rarest] ? 1 : 0, inLabels / total, inTitles / total);
    }

    /// <summary>
    /// Proposes the ISCO unit-group siblings of the best hits at <see cref="SiblingShare"/> of their
    /// score: experts often map a title to a neighbour of the occupation whose words it shares
    /// ("tandprotheticus" to dental technician rather than to dental prosthetist). A sibling shows
    /// the label or title that matched its sibling, the text the query was found by.
    /// </summary>
    private HashSet<int> AddSiblings(Dictionary<int, (double Score, string Label, string? Title)> candidates)
    {
        var proposed = new HashSet<int>();
        var sources = candidates.OrderByDescending(c => c.Value.Score).ThenBy(c => _occupationIds[c.Key]).Take(SiblingSources).ToList();
        foreach (var (occupation, source) in sources)
        {
            var score = source.Score * SiblingShare;
            foreach (var sibling in _siblings[occupation])
            {
                if (!candidates.TryGetValue(sibling, out var current) || current.Score < score)
                {
                    candidates[sibling] = (score, source.Label, source.Title);
                    proposed.Add(sibling);
                }
            }
        }

        return proposed;
    }

    /// <summary>Each occupation's best label for a title: its score and the label.</summary>
    private Dictionary<int, (double Score, int Label)> ScoreLabels(string query)
    {
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

        return merged;
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
    /// The catalogue words a query word may stand for: itself, its equivalents in the curated
    /// list, its word family, and, for an unknown word (a typo, a rarer spelling), the catalogue
    /// words most like it.
    /// </summary>
    internal Dictionary<int, double> Expand(string term)
    {
        var result = new Dictionary<int, double>();
        if (_terms.TryGetValue(term, out var exact))
        {
            result[exact] = 1.0;
        }

        var equivalents = _equivalents.GetValueOrDefault(term) ?? [];
        var related = equivalents.Select(e => (e, EquivalentSimilarity))
            .Concat(Family(term).Select(f => (f, FamilySimilarity)))
            .Concat((_translations.GetValueOrDefault(term) ?? []).Select(t => (t, TranslationSimilarity)));
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

    /// <summary>The catalogue words a query word may stand for (see <see cref="Expand"/>), as text.</summary>
    internal IEnumerable<(string Word, double Similarity)> Related(string term) =>
        Expand(term).Select(e => (_termTexts[e.Key], e.Value));

    private double MaxIdf() => Math.Log(1 + ((_labels.Length + 0.5) / 0.5));
}
