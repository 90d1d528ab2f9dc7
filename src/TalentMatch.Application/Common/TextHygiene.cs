namespace TalentMatch.Application.Common;

/// <summary>
/// Which characters a name, title or free text may hold. Refused: control characters (free text
/// keeps line breaks and tabs), the bidi embeddings, overrides and isolates (U+202A-U+202E,
/// U+2066-U+2069), the zero-width space, word joiner and byte-order mark (U+200B, U+2060,
/// U+FEFF) and broken surrogates: once a page shows them they can make one text look like
/// another. Kept, because languages need them: the zero-width joiner and non-joiner (U+200D,
/// U+200C; Persian, Arabic and Indic scripts, emoji) and the left-to-right and right-to-left marks
/// (U+200E, U+200F). See docs/text-hygiene.md.
/// </summary>
public static class TextHygiene
{
    /// <summary>Whether <paramref name="text"/> holds no refused character (null and empty are clean).</summary>
    public static bool IsClean(string? text, bool multiline)
    {
        if (text is null)
        {
            return true;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (IsRefused(c, multiline))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsRefused(char c, bool multiline) => c switch
    {
        '\n' or '\r' or '\t' => !multiline,
        _ when char.IsControl(c) => true,
        _ when char.IsSurrogate(c) => true,
        >= '\u202A' and <= '\u202E' => true,
        >= '\u2066' and <= '\u2069' => true,
        '\u200B' or '\u2060' or '\uFEFF' => true,
        _ => false,
    };
}
