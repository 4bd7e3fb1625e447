using System.Text;
using Events.Api.Calendar;

namespace Events.Api.Tests;

public sealed class ContentLinesTests
{
    [Theory]
    [InlineData(@"a\b", @"a\\b")]
    [InlineData("Kaffee; Kuchen, Gespräche", @"Kaffee\; Kuchen\, Gespräche")]
    [InlineData("Zeile 1\r\nZeile 2\nZeile 3\rZeile 4", @"Zeile 1\nZeile 2\nZeile 3\nZeile 4")]
    [InlineData("Doppelpunkt: bleibt", "Doppelpunkt: bleibt")]
    public void EscapeText_SpecialCharacters_AreEscaped(string input, string expected) =>
        Assert.Equal(expected, ContentLines.EscapeText(input));

    [Fact]
    public void Fold_ShortLine_IsOneLineWithCrLf() => Assert.Equal("SUMMARY:Kurz\r\n", ContentLines.Fold("SUMMARY:Kurz"));

    [Fact]
    public void Fold_LongAsciiLine_SplitsAt75OctetsWithLeadingSpace()
    {
        var folded = ContentLines.Fold("DESCRIPTION:" + new string('x', 200));
        var lines = folded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(75, Encoding.UTF8.GetByteCount(lines[0]));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l));
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75));
    }

    [Theory]
    [InlineData("ä")] // 2 octets
    [InlineData("€")] // 3 octets
    [InlineData("😀")] // 4 octets, a surrogate pair in .NET
    public void Fold_MultiByteCharacters_NeverSplitsACharacterAndStaysWithin75Octets(string character)
    {
        var value = "SUMMARY:a" + string.Concat(Enumerable.Repeat(character, 100));
        var folded = ContentLines.Fold(value);
        var bytes = Encoding.UTF8.GetBytes(folded);

        Assert.Equal(folded, new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes));
        var lines = folded.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, $"{Encoding.UTF8.GetByteCount(l)} octets"));
        Assert.Equal(value, folded.Replace("\r\n ", "").TrimEnd('\r', '\n')); // unfolding restores the line
    }
}
