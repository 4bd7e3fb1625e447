namespace WebApp.BrowserTests;

[Collection(WebAppCollection.Name)]
public sealed class OfferFinderTests(WebAppFixture fixture)
{
    [Fact]
    public async Task RegionalHelperInAhlen_SearchesWithAMisspeltWord_FindsTheLanguageCafeInBeckum()
    {
        var title = Seed.Unique("Sprachcafé am Marktplatz");
        await fixture.PublishOfferAsync(Seed.Offer(title, "beckum", "Beckum", "59269"), "beckum");
        var helper = $"helper-{Guid.NewGuid():N}";
        await fixture.SendAsync(await fixture.TokenAsync("volunteer", helper), HttpMethod.Post, "/api/volunteers",
            Seed.Volunteer("Hamid", "ahlen", "volunteer", "regional-helper"), System.Net.HttpStatusCode.Created);
        var page = await fixture.NewPageAsync();
        await SignIn.AsAsync(page, "volunteer", helper);

        // The plain GET form: the search box and the region filter (Ahlen and Beckum are both in the Südkreis).
        await page.GotoAsync("/offers");
        await page.GetByLabel("Wonach suchen Sie?").FillAsync("Sprachkafe");
        await page.GetByLabel("Region").SelectOptionAsync("suedkreis");
        await page.GetByRole(AriaRole.Button, new() { Name = "Suchen" }).ClickAsync();

        Assert.Contains("q=Sprachkafe", page.Url);
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions.Expect(page.Locator("address")).ToContainTextAsync("59269 Beckum");
        await Assertions.Expect(page.Locator(".facts")).ToContainTextAsync("Mittwoch 15:00–17:00");
    }

    [Fact]
    public async Task KeyboardOnly_SkipLinkThenSearchBox_SearchesWithoutMouseOrScript()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/offers");

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("document.activeElement.className"));
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab"); // from the main content's start: the search box comes first
        Assert.Equal("q", await page.EvaluateAsync<string>("document.activeElement.id"));
        await page.Keyboard.TypeAsync("Deutschkurs");
        await page.Keyboard.PressAsync("Enter");

        await page.WaitForURLAsync(url => url.Contains("q=Deutschkurs", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#results-heading")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task ArabicVisitor_ChoosesArabic_OfferPageRendersRightToLeftWithTheTranslation()
    {
        var title = Seed.Unique("Frauencafé");
        var id = await fixture.PublishOfferAsync(Seed.Offer(title, "ahlen", "Ahlen", "59227", category: "women",
            translations: new Dictionary<string, object> { ["ar"] = new { title = "مقهى النساء", summary = "لقاء أسبوعي للنساء", description = "نلتقي كل أسبوع." } }), "ahlen");
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"/offers/{id}");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "ltr");

        await page.GetByLabel("Sprache").SelectOptionAsync("ar");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sprache wechseln" }).ClickAsync();

        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "ar");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("مقهى النساء");
        await Assertions.Expect(page.Locator("article.offer")).ToHaveAttributeAsync("lang", "ar");
        // Right to left in the layout, not only in the markup: the page's text starts at the right.
        Assert.Equal("rtl", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('h1')).direction"));
    }
}
