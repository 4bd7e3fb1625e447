using Microsoft.Playwright;

namespace EndToEnd.Observability;

/// <summary>The gateway's API reference (/docs, Scalar) as a partner developer opens it in a browser.</summary>
[Collection(OperatedPlatformCollection.Name)]
public sealed class ApiReferenceTests(OperatedPlatformFixture fixture)
{
    [Fact]
    public async Task Docs_InChromium_RendersTheOperationsFetchingNothingFromElsewhere()
    {
        await fixture.EnsureWholeAsync(); // the document is merged from every service's
        await Chromium.EnsureInstalledAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium.ExecutablePath, Args = Chromium.Arguments });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        var gateway = fixture.Platform.GatewayAddress;
        var elsewhere = new List<string>();
        var blocked = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(gateway.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                elsewhere.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                blocked.Add(message.Text);
            }
        };

        await page.GotoAsync(new Uri(gateway, "/docs/").ToString());

        await Assertions.Expect(page.GetByText("Integration.Aspire public API").First).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.GetByText("/api/municipalities").First).ToBeVisibleAsync();
        Assert.Empty(blocked);
        Assert.Empty(elsewhere);
    }
}
