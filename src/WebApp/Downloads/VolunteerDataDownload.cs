using WebApp.Account;
using WebApp.Gateway;

namespace WebApp.Downloads;

public static class VolunteerDataDownload
{
    /// <summary>
    /// <c>GET /volunteer/my-data.json</c>: everything the platform holds about the signed-in
    /// volunteer (api.md, <c>GET /api/volunteers/me/export</c>) as a file to keep. Passed through
    /// unchanged and never cached, since it is personal data.
    /// </summary>
    public static void MapVolunteerDataEndpoints(this WebApplication app) =>
        app.MapGet("/volunteer/my-data.json", DownloadAsync).RequireAuthorization(WebAppPolicies.Volunteer);

    private static async Task<IResult> DownloadAsync(VolunteersClient volunteers, HttpContext context)
    {
        var (status, body) = await volunteers.ExportMineAsync(context.RequestAborted);
        context.Response.Headers.CacheControl = "no-store";
        return status == StatusCodes.Status200OK
            ? TypedResults.File(body, "application/json", $"meine-daten-{DateTime.UtcNow:yyyy-MM-dd}.json")
            : TypedResults.Problem(statusCode: status, title: "The data could not be exported.");
    }
}
