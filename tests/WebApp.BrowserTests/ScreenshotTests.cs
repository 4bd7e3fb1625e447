namespace WebApp.BrowserTests;

[Collection(WebAppCollection.Name)]
public sealed class ScreenshotTests(WebAppFixture fixture)
{
    /// <summary>The README's picture of the web app (copied from the test output to docs/images/webapp-finder.png).</summary>
    [Fact]
    public async Task Finder_WithResults_RendersAndIsPhotographed()
    {
        await fixture.PublishOfferAsync(Seed.Offer(Seed.Unique("Sprachcafé International"), "warendorf", "Warendorf", "48231"), "warendorf");
        var page = await fixture.NewPageAsync();
        await page.SetViewportSizeAsync(1280, 900);
        await page.GotoAsync("/offers?q=Sprachcafe");

        await Assertions.Expect(page.Locator(".offer-card").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "webapp-finder.png") });
    }
}
