namespace WebApp.BrowserTests;

internal static class SignIn
{
    /// <summary>Signs in through the web app's development sign-in page, as a person would.</summary>
    public static async Task AsAsync(IPage page, string role, string sub, string? municipality = null, string returnUrl = "/")
    {
        await page.GotoAsync($"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}");
        await page.GetByLabel("Rolle").SelectOptionAsync(role);
        if (municipality is not null)
        {
            await page.Locator("#dev-municipality").FillAsync(municipality);
        }

        await page.Locator("#dev-sub").FillAsync(sub);
        await page.Locator("form[action='/account/dev-sign-in'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery.StartsWith(returnUrl, StringComparison.Ordinal));
    }
}
