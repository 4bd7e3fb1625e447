using Gateway.Apis;
using Gateway.Extensions;
using Gateway.Routing;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.MapDefaultEndpoints();
app.MapDevelopmentTokensApi();
app.MapPlatformReverseProxy();

app.Run();

/// <summary>Entry point, public so tests can host the gateway with WebApplicationFactory.</summary>
public partial class Program;
