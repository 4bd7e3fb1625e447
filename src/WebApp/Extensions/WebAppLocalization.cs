namespace WebApp.Extensions;

/// <summary>
/// German first, then English, Arabic (right to left) and Ukrainian. The culture comes from
/// <c>?culture=</c>, then the cookie the language selector sets, then the browser's
/// Accept-Language; the texts from <c>Resources/SharedResource.*.resx</c>.
/// </summary>
public static class WebAppLocalization
{
    public static readonly string[] Cultures = ["de", "en", "ar", "uk"];

    public static void AddWebAppLocalization(this WebApplicationBuilder builder)
    {
        builder.Services.AddLocalization();
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures[0]).AddSupportedCultures(Cultures).AddSupportedUICultures(Cultures);
            options.ApplyCurrentCultureToResponseHeaders = true;
        });
    }
}
