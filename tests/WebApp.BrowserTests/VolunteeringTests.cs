using System.Net;
using System.Text.Json;

namespace WebApp.BrowserTests;

[Collection(WebAppCollection.Name)]
public sealed class VolunteeringTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Volunteer_RegistersForAFullTraining_SeesTheWaitingListPosition_ThenGetsTheSeatWhenAnotherWithdraws()
    {
        var coordinator = await fixture.TokenAsync("coordinator", "seed-coordinator-warendorf", "warendorf");
        var training = (await fixture.SendAsync(coordinator, HttpMethod.Post, "/api/events", Seed.Event("Grundkurs Sprachbegleitung", "training", capacity: 1), HttpStatusCode.Created))
            .GetProperty("id").GetGuid();
        var first = await fixture.TokenAsync("volunteer", $"first-{Guid.NewGuid():N}");
        var secondSub = $"second-{Guid.NewGuid():N}";
        var second = await fixture.TokenAsync("volunteer", secondSub);
        await Task.WhenAll(fixture.RegisterVolunteerAsync(first, Seed.Volunteer("Jana", "warendorf")), fixture.RegisterVolunteerAsync(second, Seed.Volunteer("Omar", "warendorf")));
        await fixture.SendAsync(first, HttpMethod.Post, $"/api/events/{training}/registrations"); // the one seat

        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "volunteer", secondSub, returnUrl: $"/events/{training}");
        await Assertions.Expect(page.Locator("#seats")).ToHaveTextAsync("Ausgebucht, 0 auf der Warteliste");
        await page.GetByRole(AriaRole.Button, new() { Name = "Verbindlich anmelden" }).ClickAsync();

        await Assertions.Expect(page.Locator("#registration-outcome")).ToHaveTextAsync("Sie stehen auf Platz 1 der Warteliste.");
        await Assertions.Expect(page.Locator("#seats")).ToHaveTextAsync("Ausgebucht, 1 auf der Warteliste");

        await fixture.SendAsync(first, HttpMethod.Delete, $"/api/events/{training}/registrations/me");

        // The volunteer's own page shows each registration's state (from the data export, across services).
        await Eventually.HoldsAsync("the seat confirmed on the volunteer's page", async () =>
        {
            await page.GotoAsync("/volunteer");
            return (await page.Locator("#my-registrations").InnerTextAsync()).Contains("Ihr Platz ist bestätigt.", StringComparison.Ordinal);
        }, TimeSpan.FromSeconds(30), TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task Volunteer_RegistersWithConsent_DownloadsAllTheirData_ThenErasesItAfterConfirming()
    {
        var sub = $"erasable-{Guid.NewGuid():N}";
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "volunteer", sub, returnUrl: "/volunteer");
        await page.GetByRole(AriaRole.Link, new() { Name = "Als Ehrenamtliche registrieren" }).ClickAsync();
        await page.GetByLabel("Vorname").FillAsync("Olena");
        await page.GetByLabel("Nachname").FillAsync("Kowalenko");
        await page.GetByLabel("E-Mail").FillAsync($"olena.{sub[..14]}@example.org");
        await page.Locator("#field-municipality").SelectOptionAsync("sendenhorst");
        await page.Locator("#language-1").SelectOptionAsync("uk");
        await page.Locator("#skills-interpreting").CheckAsync();
        await page.GetByLabel("Ich willige ein.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Als Ehrenamtliche registrieren" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Willkommen, Olena!");

        await page.GetByRole(AriaRole.Link, new() { Name = "Meine Daten" }).ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Meine Daten herunterladen" }).ClickAsync());
        using (var exported = JsonDocument.Parse(await File.ReadAllTextAsync((await download.PathAsync())!)))
        {
            Assert.Equal("Olena", exported.RootElement.GetProperty("profile").GetProperty("firstName").GetString());
            Assert.True(exported.RootElement.TryGetProperty("events", out _));
        }

        await page.GetByRole(AriaRole.Link, new() { Name = "Daten löschen …" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Wirklich alle Ihre Daten endgültig löschen?");
        var token = await fixture.TokenAsync("volunteer", sub);
        Assert.Equal(HttpStatusCode.OK, await fixture.StatusAsync(token, HttpMethod.Get, "/api/volunteers/me")); // nothing erased before confirming
        await page.GetByRole(AriaRole.Button, new() { Name = "Ja, endgültig löschen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#erased")).ToContainTextAsync("Ihre Daten sind gelöscht");
        Assert.Equal(HttpStatusCode.NotFound, await fixture.StatusAsync(token, HttpMethod.Get, "/api/volunteers/me"));
        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Anmelden" })).ToBeVisibleAsync(); // signed out
    }
}
