using System.Text;
using TalentMatch.Application.Features.Catalogue;

namespace TalentMatch.Infrastructure.Catalogue;

/// <summary>
/// A streaming RFC 4180 reader: cells may be quoted, hold commas, doubled quotes and line breaks
/// (ESCO puts each alternative label on its own line inside one cell). It remembers the line on
/// which each record starts, so an error can name it.
/// </summary>
internal sealed class CsvRecordReader(TextReader reader, string fileName)
{
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _cell = new();
    private int _length;
    private int _position;
    private long _line = 1;

    /// <summary>The line (from 1) on which the last record read starts.</summary>
    public long RecordLine { get; private set; }

    /// <summary>The next record's cells, or null at the end. Blank lines are skipped.</summary>
    public List<string>? Read()
    {
        while (true)
        {
            if (Peek() < 0)
            {
                return null;
            }

            RecordLine = _line;
            var cells = new List<string>();
            while (true)
            {
                var ended = ReadCell(out var cell);
                cells.Add(cell);
                if (ended)
                {
                    break;
                }
            }

            if (cells.Count == 1 && cells[0].Length == 0)
            {
                continue;
            }

            return cells;
        }
    }

    /// <summary>Reads one cell; true when it ends the record.</summary>
    private bool ReadCell(out string cell)
    {
        _cell.Clear();
        if (Peek() == '"')
        {
            Next();
            while (true)
            {
                var c = Next();
                if (c < 0)
                {
                    throw new CatalogueImportException(fileName, RecordLine, "a quoted cell is never closed (a missing '\"').");
                }

                if (c == '"')
                {
                    if (Peek() == '"')
                    {
                        Next();
                        _cell.Append('"');
                        continue;
                    }

                    break;
                }

                _cell.Append((char)c);
            }

            cell = _cell.ToString();
            var after = Next();
            return after switch
            {
                ',' => false,
                < 0 or '\n' => true,
                '\r' => EndOfLine(),
                _ => throw new CatalogueImportException(fileName, _line, $"unexpected '{(char)after}' after a closing quote (quotes inside a quoted cell are doubled: \"\")."),
            };
        }

        while (true)
        {
            var c = Next();
            switch (c)
            {
                case ',':
                    cell = _cell.ToString();
                    return false;
                case < 0 or '\n':
                    cell = _cell.ToString();
                    return true;
                case '\r':
                    cell = _cell.ToString();
                    return EndOfLine();
                default:
                    _cell.Append((char)c);
                    break;
            }
        }
    }

    /// <summary>After a carriage return: swallow the line feed of a CRLF pair.</summary>
    private bool EndOfLine()
    {
        if (Peek() == '\n')
        {
            Next();
        }

        return true;
    }

    private int Peek()
    {
        if (_position >= _length)
        {
            _length = reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_length <= 0)
            {
                _length = 0;
                return -1;
            }
        }

        return _buffer[_position];
    }

    private int Next()
    {
        var c = Peek();
        if (c < 0)
        {
            return -1;
        }

        _position++;
        if (c == '\n' || (c == '\r' && Peek() != '\n'))
        {
            _line++;
        }

        return c;
    }
}
