using WebApp.Account;
using WebApp.Components;
using WebApp.Downloads;
using WebApp.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddWebAppDefaults();
builder.AddWebAppServices();

var app = builder.Build();

app.UseWebAppPipeline();
app.MapDefaultEndpoints();
app.MapAccountEndpoints();
app.MapVolunteerDataEndpoints();
app.MapCalendarEndpoint();
app.MapStaticAssets();
app.MapRazorComponents<App>();

app.Run();

/// <summary>Entry point, public so tests and benchmarks can host the web app.</summary>
public partial class Program;
