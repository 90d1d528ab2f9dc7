using System.Globalization;
using System.Text;
using System.Text.Json;

namespace TalentMatch.Application.Common;

/// <summary>
/// Writes RFC 4180 CSV: a header row, CRLF line ends, and a field quoted (with inner quotes
/// doubled) when it holds a comma, a quote or a line break. Numbers use the invariant culture,
/// so a decimal point never turns into a comma; dates are ISO 8601 and enums camelCase, as in JSON.
/// </summary>
public static class Csv
{
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder();
        AppendRow(text, header);
        foreach (var row in rows)
        {
            if (row.Count != header.Count)
            {
                throw new ArgumentException($"A row has {row.Count} fields; the header has {header.Count}.", nameof(rows));
            }

            AppendRow(text, row);
        }

        return text.ToString();
    }

    public static string Field(object? value) => value switch
    {
        null => "",
        string s => Escape(s),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        Enum e => JsonNamingPolicy.CamelCase.ConvertName(e.ToString()),
        IFormattable f => Escape(f.ToString(null, CultureInfo.InvariantCulture)),
        _ => Escape(value.ToString() ?? ""),
    };

    private static void AppendRow<T>(StringBuilder text, IReadOnlyList<T> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                text.Append(',');
            }

            text.Append(Field(fields[i]));
        }

        text.Append("\r\n");
    }

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
