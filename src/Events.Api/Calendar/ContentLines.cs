using System.Text;

namespace Events.Api.Calendar;

/// <summary>
/// RFC 5545 content lines: TEXT escaping (3.3.11) and folding (3.1): lines longer than 75
/// octets are split with CRLF + one space, never inside a multi-byte UTF-8 sequence.
/// </summary>
public static class ContentLines
{
    public const int MaxOctets = 75;
    public const string LineBreak = "\r\n";

    /// <summary>Escapes backslash, semicolon, comma and newlines of a TEXT value; drops other control characters.</summary>
    public static string EscapeText(string value)
    {
        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '\\': builder.Append(@"\\"); break;
                case ';': builder.Append(@"\;"); break;
                case ',': builder.Append(@"\,"); break;
                case '\r':
                    builder.Append(@"\n");
                    if (i + 1 < value.Length && value[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\n': builder.Append(@"\n"); break;
                case '\t': builder.Append(' '); break;
                default:
                    if (!char.IsControl(c))
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Appends one content line, folded at 75 octets, ending in CRLF.</summary>
    public static void AppendFolded(StringBuilder output, string line)
    {
        // Most lines are short: no need to look at characters one by one (the feed must be fast).
        if (line.Length <= MaxOctets / 3 || (line.Length <= MaxOctets && Encoding.UTF8.GetByteCount(line) <= MaxOctets))
        {
            output.Append(line).Append(LineBreak);
            return;
        }

        var octets = 0;
        var segmentStart = 0;
        for (var i = 0; i < line.Length;)
        {
            var c = line[i];
            var chars = char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) ? 2 : 1;
            var length = chars == 2 ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
            if (octets + length > MaxOctets)
            {
                output.Append(line, segmentStart, i - segmentStart).Append(LineBreak).Append(' ');
                segmentStart = i;
                octets = 1; // the leading space of the continuation line counts
            }

            octets += length;
            i += chars;
        }

        output.Append(line, segmentStart, line.Length - segmentStart).Append(LineBreak);
    }

    public static string Fold(string line)
    {
        var builder = new StringBuilder(line.Length + 8);
        AppendFolded(builder, line);
        return builder.ToString();
    }
}
