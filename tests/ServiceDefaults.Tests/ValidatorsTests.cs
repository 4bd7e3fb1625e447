using ServiceDefaults.Api;

namespace ServiceDefaults.Tests;

public sealed class ValidatorsTests
{
    [Theory]
    [InlineData("02861 939414")]
    [InlineData("02861/939-106")]
    [InlineData("+49 2382 590")]
    [InlineData("(02382) 590")]
    public void IsPhone_NotationsPeopleWrite_AreAccepted(string phone) => Assert.True(Validators.IsPhone(phone));

    [Theory]
    [InlineData("")]
    [InlineData("call me")]
    [InlineData("123")]
    [InlineData("+49 2382 590 1234 5678 9999")]
    [InlineData("0251#123456")]
    public void IsPhone_NotAPhoneNumber_IsRejected(string phone) => Assert.False(Validators.IsPhone(phone));

    [Theory]
    [InlineData("info@kreis-warendorf.de", true)]
    [InlineData("a.b@c.org", true)]
    [InlineData("Name <a@b.de>", false)]
    [InlineData("no-at-sign.de", false)]
    [InlineData("a@localhost", false)]
    [InlineData("a b@c.de", false)]
    public void IsEmail_Checks_TheBareAddress(string value, bool expected) => Assert.Equal(expected, Validators.IsEmail(value));

    [Theory]
    [InlineData("https://www.ahlen.de/integration", true)]
    [InlineData("http://example.org", true)]
    [InlineData("ftp://example.org", false)]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("www.ahlen.de", false)]
    public void IsHttpUrl_AcceptsOnlyAbsoluteHttpAddresses(string value, bool expected) => Assert.Equal(expected, Validators.IsHttpUrl(value));

    [Theory]
    [InlineData(91, false)]
    [InlineData(-90, true)]
    [InlineData(double.NaN, false)]
    public void IsLatitude_ChecksRange(double value, bool expected) => Assert.Equal(expected, Validators.IsLatitude(value));
}
