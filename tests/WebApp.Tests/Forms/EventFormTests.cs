using WebApp.Coordination;

namespace WebApp.Tests.Forms;

public sealed class EventFormTests
{
    [Theory]
    [InlineData("2027-01-15", "18:00", "2027-01-15T18:00:00+01:00")] // winter: CET
    [InlineData("2027-07-15", "18:00", "2027-07-15T18:00:00+02:00")] // summer: CEST
    public void LocalTime_DateAndTime_AreEuropeBerlinWithItsOffset(string date, string time, string expected) =>
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), EventForm.LocalTime(date, time));

    [Fact]
    public void LocalTime_NotADate_IsMissingForTheApiToName() => Assert.Null(EventForm.LocalTime("15.01.2027", "18:00"));
}
