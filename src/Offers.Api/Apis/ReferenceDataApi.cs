using Microsoft.AspNetCore.Http.HttpResults;
using ReferenceData;

namespace Offers.Api.Apis;

/// <summary>Reference data of api.md, read from the county profile in configuration (default: Kreis Warendorf).</summary>
public static class ReferenceDataApi
{
    public static IEndpointRouteBuilder MapReferenceDataApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/municipalities", GetMunicipalities).AllowAnonymous()
            .WithName("ListMunicipalities").WithSummary("The municipalities of the county with their region (Nord-/Südkreis) and location.").WithTags("Reference data");
        app.MapGet("/api/categories", GetCategories).AllowAnonymous()
            .WithName("ListCategories").WithSummary("The categories offers are filed under.").WithTags("Reference data");
        app.MapGet("/api/target-groups", GetTargetGroups).AllowAnonymous()
            .WithName("ListTargetGroups").WithSummary("The target groups offers address.").WithTags("Reference data");
        return app;
    }

    public static Ok<List<Municipality>> GetMunicipalities(CountyProfile county) => TypedResults.Ok(county.Municipalities);

    public static Ok<List<ReferenceItem>> GetCategories(CountyProfile county) => TypedResults.Ok(county.Categories);

    public static Ok<List<ReferenceItem>> GetTargetGroups(CountyProfile county) => TypedResults.Ok(county.TargetGroups);
}
