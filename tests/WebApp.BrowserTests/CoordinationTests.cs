namespace WebApp.BrowserTests;

[Collection(WebAppCollection.Name)]
public sealed class CoordinationTests(WebAppFixture fixture)
{
    [Fact]
    public async Task Coordinator_CreatesAndPublishesAnOffer_SeesTheOverlapWithTheExistingOne()
    {
        var existing = Seed.Unique("Deutschtreff im Pfarrheim");
        await fixture.PublishOfferAsync(Seed.Offer(existing, "oelde", "Oelde", "59302", day: "thursday"), "oelde");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "coordinator", $"coordinator-{Guid.NewGuid():N}", municipality: "oelde", returnUrl: "/coordination");

        await page.GetByRole(AriaRole.Link, new() { Name = "Neues Angebot" }).ClickAsync();
        var title = Seed.Unique("Sprachtreff Oelde");
        await page.GetByLabel("Titel").FillAsync(title);
        await page.GetByLabel("Kurzbeschreibung").FillAsync("Deutsch üben am Nachmittag");
        await page.Locator("#field-category").SelectOptionAsync("language");
        await page.Locator("#field-provider-name").FillAsync("Initiative Oelde hilft");
        await page.Locator("#field-provider-type").SelectOptionAsync("initiative");
        await page.Locator("#field-address-postalCode").FillAsync("5930"); // one digit short
        await page.Locator("#field-address-city").FillAsync("Oelde");
        await page.Locator("#targetGroups-adults").CheckAsync();
        await page.Locator("#schedule-0-day").SelectOptionAsync("thursday");
        await page.Locator("#schedule-0-start").FillAsync("16:00");
        await page.Locator("#schedule-0-end").FillAsync("18:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        // The API's field message beside the field, and the input marked invalid.
        await Assertions.Expect(page.Locator("#field-address-postalCode-error")).ToContainTextAsync("postalCode");
        await Assertions.Expect(page.Locator("#field-address-postalCode")).ToHaveAttributeAsync("aria-invalid", "true");
        await page.Locator("#field-address-postalCode").FillAsync("59302");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("als Entwurf gespeichert");

        await page.GetByRole(AriaRole.Button, new() { Name = "Veröffentlichen" }).ClickAsync();

        await Assertions.Expect(page.Locator("#possible-overlaps")).ToContainTextAsync(existing);
        await page.GotoAsync("/coordination/overlaps");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(title);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("same-municipality: oelde");
    }

    [Fact]
    public async Task Coordinator_SavesADraft_SeesItInTheWorkspaceListAsDraftAndFiltersByStatus()
    {
        var published = Seed.Unique("Elterncafé Beelen");
        await fixture.PublishOfferAsync(Seed.Offer(published, "beelen", "Beelen", "48361", category: "family"), "beelen");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "coordinator", $"coordinator-{Guid.NewGuid():N}", municipality: "beelen", returnUrl: "/coordination/offers/new");

        var draft = Seed.Unique("Nähtreff Beelen");
        await page.GetByLabel("Titel").FillAsync(draft);
        await page.GetByLabel("Kurzbeschreibung").FillAsync("Gemeinsam nähen und Deutsch sprechen");
        await page.Locator("#field-category").SelectOptionAsync("encounter");
        await page.Locator("#field-provider-name").FillAsync("Initiative Beelen");
        await page.Locator("#field-provider-type").SelectOptionAsync("initiative");
        await page.Locator("#field-address-postalCode").FillAsync("48361");
        await page.Locator("#field-address-city").FillAsync("Beelen");
        await page.Locator("#targetGroups-women").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("als Entwurf gespeichert");

        // The workspace: every status by default, the new draft among them, marked as a draft.
        await page.GetByRole(AriaRole.Link, new() { Name = "Zurück zur Koordination" }).ClickAsync();
        var draftRow = page.Locator("tbody tr").Filter(new() { HasText = draft });
        await Assertions.Expect(draftRow.Locator("td").Nth(1)).ToHaveTextAsync("Entwurf");
        await Assertions.Expect(page.Locator("tbody tr").Filter(new() { HasText = published }).Locator("td").Nth(1)).ToHaveTextAsync("Veröffentlicht");

        // The status filter, a plain GET form: published only, then drafts only.
        var filter = page.Locator("form").Filter(new() { Has = page.Locator("#status-filter") });
        await page.Locator("#status-filter").SelectOptionAsync("published");
        await filter.GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("status=published", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("tbody")).ToContainTextAsync(published);
        await Assertions.Expect(draftRow).ToHaveCountAsync(0);

        await page.Locator("#status-filter").SelectOptionAsync("draft");
        await filter.GetByRole(AriaRole.Button).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("status=draft", StringComparison.Ordinal));
        await Assertions.Expect(draftRow).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("tbody tr")).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task Coordinator_SavesAnOfferSomeoneElseChangedMeanwhile_IsToldAndNothingIsOverwritten()
    {
        var title = Seed.Unique("Hausaufgabenhilfe");
        var id = await fixture.PublishOfferAsync(Seed.Offer(title, "telgte", "Telgte", "48291", category: "youth"), "telgte");
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "coordinator", $"coordinator-{Guid.NewGuid():N}", municipality: "telgte", returnUrl: $"/coordination/offers/{id}");

        // Meanwhile a colleague changes it: a new version.
        var colleague = await fixture.TokenAsync("coordinator", "colleague", "telgte");
        await fixture.UpdateOfferAsync(colleague, id, Seed.Offer(title, "telgte", "Telgte", "48291", category: "youth", day: "friday"));
        await page.GetByLabel("Titel").FillAsync(title + " (neu)");
        await page.GetByRole(AriaRole.Button, new() { Name = "Speichern" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Jemand anderes hat dieses Angebot inzwischen geändert");
        var stored = await fixture.SendAsync(colleague, HttpMethod.Get, $"/api/offers/{id}");
        Assert.Equal(title, stored.GetProperty("title").GetString());
        Assert.Equal("friday", stored.GetProperty("schedule")[0].GetProperty("dayOfWeek").GetString());
    }
}
