using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using ServiceDefaults.Api;
using ServiceDefaults.Json;

namespace ServiceDefaults.Errors;

/// <summary>
/// Refuses <c>%00</c> in the path or query before any endpoint runs: PostgreSQL text cannot hold
/// U+0000, so <c>?q=%00</c> failed in the database as a 500. Bodies are checked by
/// <see cref="NulFreeStringConverter"/>.
/// </summary>
internal static class NulCharacterGuard
{
    public static void UseNulCharacterGuard(this WebApplication app) => app.Use(async (context, next) =>
    {
        var errors = new ValidationErrors();
        errors.AddIf(context.Request.Path.Value?.Contains('\0', StringComparison.Ordinal) == true, "path", $"path {NulFreeStringConverter.Problem}");
        foreach (var (name, values) in context.Request.Query)
        {
            errors.AddIf(name.Contains('\0', StringComparison.Ordinal) || values.Any(v => v?.Contains('\0', StringComparison.Ordinal) == true),
                name.Replace("\0", "", StringComparison.Ordinal), $"{name.Replace("\0", "", StringComparison.Ordinal)} {NulFreeStringConverter.Problem}");
        }

        if (errors.IsValid)
        {
            await next(context);
            return;
        }

        await ((IResult)errors.ToProblem()).ExecuteAsync(context);
    });
}
