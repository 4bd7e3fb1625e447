using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using WebApp.Coordination;
using WebApp.Gateway;
using WebApp.Tests.Gateway;

namespace WebApp.Tests.Forms;

public sealed class OfferFormTests
{
    [Fact]
    public void ToDraft_EditedOffer_KeepsTranslationsAndMapPositionTheEditorDoesNotShow()
    {
        var current = JsonSerializer.Deserialize<Offer>(OfferJson.Minimal, GatewayResponses.Json)! with
        {
            Location = new GeoLocation(51.75, 8.04),
            Translations = new Dictionary<string, OfferTranslation> { ["ar"] = new("مقهى اللغة", null, null) },
        };

        var draft = OfferForm.From(current, "\"2\"").ToDraft(current);

        Assert.Equal(current.Location, draft.Location);
        Assert.Equal("مقهى اللغة", draft.Translations!["ar"].Title);
    }

    [Fact]
    public void From_PostedForm_DropsEmptyScheduleRowsAndSendsABadCountForTheApiToName()
    {
        var form = OfferForm.From(new FormCollection(new Dictionary<string, StringValues>
        {
            ["title"] = " Sprachcafé ", ["schedule[0].dayOfWeek"] = "monday", ["schedule[0].start"] = "10:00", ["schedule[0].end"] = "12:00",
            ["schedule[1].dayOfWeek"] = "", ["languages"] = new(["de", "ar", "de"]), ["helpersNeeded"] = "zwei", ["version"] = "\"5\"",
        }));

        var draft = form.ToDraft(null);

        Assert.Equal("Sprachcafé", draft.Title);
        Assert.Equal([new WeeklySlot("monday", "10:00", "12:00")], draft.Schedule);
        Assert.Equal(["de", "ar"], draft.Languages);
        Assert.Equal(-1, draft.HelpersNeeded);
        Assert.Equal("\"5\"", form.Version);
    }
}
