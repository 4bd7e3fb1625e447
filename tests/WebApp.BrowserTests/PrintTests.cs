namespace WebApp.BrowserTests;

/// <summary>"Pages print cleanly": an offer's page printed shows the offer and none of the site around it.</summary>
[Collection(WebAppCollection.Name)]
public sealed class PrintTests(WebAppFixture fixture)
{
    [Fact]
    public async Task OfferPage_Printed_ShowsTitleScheduleAddressAndContactWithoutHeaderNavigationOrForms()
    {
        var title = Seed.Unique("Sprechstunde Migrationsberatung");
        var id = await fixture.PublishOfferAsync(Seed.Offer(title, "ennigerloh", "Ennigerloh", "59320", category: "counselling", day: "tuesday"), "ennigerloh");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/offers/{id}");
        var forms = await page.Locator("form").AllAsync();
        Assert.NotEmpty(forms); // the language selector at least
        ILocator[] leftOut =
        [
            page.Locator("header.site-header"), page.GetByRole(AriaRole.Navigation, new() { Name = "Hauptnavigation" }), page.Locator("footer.site-footer"),
            page.Locator("a.skip-link"), page.GetByRole(AriaRole.Link, new() { Name = "Zurück zur Angebotssuche" }), .. forms,
        ];
        // On screen they are there, so their absence below is print's doing.
        foreach (var part in leftOut)
        {
            await Assertions.Expect(part).ToBeVisibleAsync();
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var part in leftOut)
        {
            await Assertions.Expect(part).ToBeHiddenAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(title);
        var facts = page.Locator(".facts");
        await Assertions.Expect(facts.GetByText("Dienstag 15:00–17:00")).ToBeVisibleAsync();
        await Assertions.Expect(facts.Locator("address")).ToBeVisibleAsync();
        await Assertions.Expect(facts.Locator("address")).ToContainTextAsync("Marktplatz 1");
        await Assertions.Expect(facts.Locator("address")).ToContainTextAsync("59320 Ennigerloh");
        await Assertions.Expect(facts.GetByText("Integrationsbüro")).ToBeVisibleAsync();
        await Assertions.Expect(facts.GetByText("02521 29-0")).ToBeVisibleAsync();
    }
}
