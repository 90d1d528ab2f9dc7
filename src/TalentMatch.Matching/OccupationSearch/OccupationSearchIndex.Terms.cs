using System.Buffers;
using System.Runtime.InteropServices;
using TalentMatch.Domain.Common;

namespace TalentMatch.Matching.OccupationSearch;

/// <summary>Folding text into terms: stems, compound parts, word families and trigrams.</summary>
public sealed partial class OccupationSearchIndex
{
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

    private static int TrigramCount(string text) => text.Length + 1;

    internal static HashSet<string> Trigrams(string text)
    {
        var padded = $"  {text} ";
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i + 3 <= padded.Length; i++)
        {
            grams.Add(padded.Substring(i, 3));
        }

        return grams;
    }
}
