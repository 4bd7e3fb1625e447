using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace WebApp.BrowserTests;

/// <summary>axe-core on the main pages, in German and in Arabic (right to left): no serious or critical violation.</summary>
[Collection(WebAppCollection.Name)]
public sealed class AccessibilityTests(WebAppFixture fixture)
{
    [Fact]
    public async Task MainPages_InGermanAndArabic_HaveNoSeriousOrCriticalAxeViolations()
    {
        var offer = await fixture.PublishOfferAsync(Seed.Offer(Seed.Unique("Sprachkurs A1"), "warendorf", "Warendorf", "48231"), "warendorf");
        var coordinator = await fixture.TokenAsync("coordinator", "seed-coordinator-warendorf", "warendorf");
        var training = (await fixture.SendAsync(coordinator, HttpMethod.Post, "/api/events", Seed.Event("Schulung Interkulturelle Kompetenz", "training", capacity: 10),
            System.Net.HttpStatusCode.Created)).GetProperty("id").GetGuid();
        string[] publicPages = ["/offers?q=Sprachkurs", $"/offers/{offer}", "/events", $"/events/{training}", "/account/sign-in"];
        var findings = new List<string>();

        var visitor = await fixture.NewPageAsync();
        foreach (var culture in new[] { "de", "ar" })
        {
            foreach (var path in publicPages)
            {
                findings.AddRange(await SeriousViolationsAsync(visitor, $"{path}{(path.Contains('?') ? '&' : '?')}culture={culture}&ui-culture={culture}"));
            }
        }

        var coordinatorPage = await fixture.NewPageAsync();
        await SignIn.AsAsync(coordinatorPage, "coordinator", "axe-coordinator", municipality: "warendorf", returnUrl: "/coordination");
        foreach (var path in new[] { "/coordination", "/coordination/offers/new", "/coordination/events" })
        {
            findings.AddRange(await SeriousViolationsAsync(coordinatorPage, path));
        }

        var volunteerPage = await fixture.NewPageAsync();
        await SignIn.AsAsync(volunteerPage, "volunteer", $"axe-volunteer-{Guid.NewGuid():N}", returnUrl: "/volunteer");
        findings.AddRange(await SeriousViolationsAsync(volunteerPage, "/volunteer/register"));

        Assert.True(findings.Count == 0, string.Join('\n', findings));
    }

    private static async Task<IEnumerable<string>> SeriousViolationsAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        var result = await page.RunAxe();
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{path}: {v.Impact} {v.Id} ({v.Help}) at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")
            .Concat(await AmbiguousButtonsAsync(page, path));
    }

    /// <summary>
    /// Buttons that do different things under one name: a screen reader's list of buttons cannot
    /// tell them apart (axe does not check this). The language selector's and a filter's button
    /// were both "Wählen" once.
    /// </summary>
    private static async Task<IEnumerable<string>> AmbiguousButtonsAsync(IPage page, string path)
    {
        var names = await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('button, input[type=submit], [role=button]')]
                .filter(b => b.checkVisibility())
                .map(b => (b.getAttribute('aria-label') || b.value || b.textContent).trim())
            """);
        return names.GroupBy(name => name).Where(group => group.Count() > 1)
            .Select(group => $"{path}: {group.Count()} buttons named \"{group.Key}\"");
    }
}
