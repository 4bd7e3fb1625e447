namespace Volunteers.Api.Apis;

public static class VolunteersApi
{
    public static IEndpointRouteBuilder MapVolunteersApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/volunteers");
        return app;
    }
}
