using System.Net.Mail;
using System.Text.RegularExpressions;

namespace ServiceDefaults.Api;

/// <summary>Format checks shared by the services. Small on purpose; each is unit-tested.</summary>
public static partial class Validators
{
    public static bool IsEmail(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 254 || value.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        // MailAddress accepts display-name forms ("Name <a@b>"); require the bare address.
        return MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
    }

    /// <summary>
    /// Phone numbers as people write them in Germany: <c>02861 939414</c>, <c>02861/939-106</c>,
    /// <c>+49 2382 590</c>, <c>(02382) 590</c>. Digits with spaces, slashes, hyphens, parentheses,
    /// an optional leading +, and 5 to 15 digits in all (E.164 allows at most 15).
    /// </summary>
    public static bool IsPhone(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > 40 || !PhonePattern().IsMatch(value))
        {
            return false;
        }

        var digits = value.Count(char.IsAsciiDigit);
        return digits is >= 5 and <= 15;
    }

    public static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrEmpty(uri.Host)
        && value!.Length <= 2000;

    public static bool IsLatitude(double value) => value is >= -90 and <= 90 && double.IsFinite(value);

    public static bool IsLongitude(double value) => value is >= -180 and <= 180 && double.IsFinite(value);

    [GeneratedRegex(@"^\+?[0-9 ()/\-]+$")]
    private static partial Regex PhonePattern();
}
