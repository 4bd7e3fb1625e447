using Gateway.Apis;
using Gateway.Extensions;
using Gateway.OpenApi;
using Gateway.Routing;
using Gateway.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseGatewayPipeline();
app.MapDefaultEndpoints();
app.MapGatewayOpenApi();
app.MapDevelopmentTokensApi();
app.MapPlatformReverseProxy();

app.Run();

/// <summary>Entry point, public so tests can host the gateway with WebApplicationFactory.</summary>
public partial class Program;
