using TalentMatch.Matching.OccupationSearch;

namespace TalentMatch.Benchmarks.Evaluation;

/// <summary>The candidates of one training title, and which of them the experts mapped it to.</summary>
public sealed record RankingExample(IReadOnlyList<OccupationCandidate> Candidates, HashSet<Guid> Relevant);

/// <summary>
/// Learns an <see cref="OccupationRanker"/> from titles whose occupations are known: pairwise
/// logistic loss (each mapped occupation should outscore each other candidate of its title, every
/// title weighing the same), L2-regularised, by full-batch gradient descent (Adam) on standardised
/// features; then a one-dimensional logistic fit of relevance on the learned score, so the
/// ranker's score reads as a probability (this does not change the order).
/// </summary>
public static class OccupationRankerTraining
{
    private const int Iterations = 400;
    private const double LearningRate = 0.05;

    public static OccupationRanker Train(IReadOnlyList<RankingExample> examples, bool listwise = false, double l2 = 1e-3)
    {
        var width = OccupationCandidate.FeatureNames.Count;
        var vectors = examples.SelectMany(e => e.Candidates).Select(c => c.Features).ToList();
        var mean = new double[width];
        var scale = new double[width];
        for (var f = 0; f < width; f++)
        {
            mean[f] = vectors.Average(v => v[f]);
            var sd = Math.Sqrt(vectors.Average(v => (v[f] - mean[f]) * (v[f] - mean[f])));
            scale[f] = sd > 1e-9 ? sd : 1;
        }

        double[] Standard(double[] v) => [.. v.Select((x, f) => (x - mean[f]) / scale[f])];

        // Per title: the standardised candidates, the mapped ones and the others.
        var titles = examples
            .Select(e => (
                Positive: e.Candidates.Where(c => e.Relevant.Contains(c.OccupationId)).Select(c => Standard(c.Features)).ToArray(),
                Negative: e.Candidates.Where(c => !e.Relevant.Contains(c.OccupationId)).Select(c => Standard(c.Features)).ToArray()))
            .Where(t => t.Positive.Length > 0 && t.Negative.Length > 0)
            .ToList();

        var w = new double[width];
        var m = new double[width];
        var v2 = new double[width];
        for (var step = 1; step <= Iterations; step++)
        {
            var gradient = new double[width];
            if (listwise)
            {
                Listwise(titles, w, gradient);
            }

            foreach (var (positive, negative) in listwise ? [] : titles)
            {
                var share = 1.0 / (positive.Length * negative.Length);
                foreach (var p in positive)
                {
                    var sp = Dot(w, p);
                    foreach (var n in negative)
                    {
                        // d/dw log(1 + exp(-(sp - sn))) = -sigma(-(sp - sn)) (p - n)
                        var g = share / (1 + Math.Exp(sp - Dot(w, n)));
                        for (var f = 0; f < width; f++)
                        {
                            gradient[f] -= g * (p[f] - n[f]);
                        }
                    }
                }
            }

            for (var f = 0; f < width; f++)
            {
                var g = (gradient[f] / titles.Count) + (2 * l2 * w[f]);
                m[f] = (0.9 * m[f]) + (0.1 * g);
                v2[f] = (0.999 * v2[f]) + (0.001 * g * g);
                var mHat = m[f] / (1 - Math.Pow(0.9, step));
                var vHat = v2[f] / (1 - Math.Pow(0.999, step));
                w[f] -= LearningRate * mHat / (Math.Sqrt(vHat) + 1e-8);
            }
        }

        // Back to raw features: w·((x − mean) / scale) = Σ (w/scale)·x − Σ w·mean/scale.
        var raw = w.Select((x, f) => x / scale[f]).ToArray();
        var offset = -w.Select((x, f) => x * mean[f] / scale[f]).Sum();

        var (a, b) = Calibrate(examples.SelectMany(e => e.Candidates.Select(c => (Dot(raw, c.Features) + offset, e.Relevant.Contains(c.OccupationId) ? 1.0 : 0.0))).ToList());
        return new OccupationRanker((a * offset) + b, [.. raw.Select(x => a * x)]);
    }

    /// <summary>
    /// A one-dimensional logistic fit of relevance on a learned score: relevance ~ logistic(scale ·
    /// score + bias), by Newton steps from zero on the standardised score, so a ranker's score reads
    /// as a probability. The scale is kept positive, so the order stays the score's.
    /// </summary>
    public static (double Scale, double Bias) Calibrate(IReadOnlyList<(double Score, double Relevant)> points)
    {
        var centre = points.Average(p => p.Score);
        var spread = Math.Max(1e-9, Math.Sqrt(points.Average(p => (p.Score - centre) * (p.Score - centre))));
        var (a, b) = (0.0, 0.0);
        for (var step = 0; step < 25; step++)
        {
            double ga = 0, gb = 0, haa = 1e-6, hab = 0, hbb = 1e-6;
            foreach (var (score, relevant) in points)
            {
                var z = (score - centre) / spread;
                var p = 1 / (1 + Math.Exp(-((a * z) + b)));
                ga += (p - relevant) * z;
                gb += p - relevant;
                var h = p * (1 - p);
                haa += h * z * z;
                hab += h * z;
                hbb += h;
            }

            var det = (haa * hbb) - (hab * hab);
            a -= ((hbb * ga) - (hab * gb)) / det;
            b -= ((haa * gb) - (hab * ga)) / det;
        }

        // a · (score − centre) / spread + b; a is positive when the score orders at all.
        var scale = Math.Max(a, 1e-3) / spread;
        return (scale, b - (scale * centre));
    }

    /// <summary>
    /// The gradient of the softmax loss −log(Σ mapped e^s / Σ all e^s) per title: the mapped
    /// occupations should take the probability mass of the title's candidates.
    /// </summary>
    private static void Listwise(List<(double[][] Positive, double[][] Negative)> titles, double[] w, double[] gradient)
    {
        foreach (var (positive, negative) in titles)
        {
            var all = positive.Concat(negative).ToArray();
            var scores = all.Select(x => Dot(w, x)).ToArray();
            var top = scores.Max();
            var exp = scores.Select(x => Math.Exp(x - top)).ToArray();
            var total = exp.Sum();
            var mapped = exp.Take(positive.Length).Sum();
            for (var c = 0; c < all.Length; c++)
            {
                var g = (exp[c] / total) - (c < positive.Length ? exp[c] / mapped : 0);
                for (var f = 0; f < w.Length; f++)
                {
                    gradient[f] += g * all[c][f];
                }
            }
        }
    }

    private static double Dot(double[] w, double[] x)
    {
        var sum = 0.0;
        for (var f = 0; f < w.Length; f++)
        {
            sum += w[f] * x[f];
        }

        return sum;
    }
}
