// Answers /health like ServiceDefaults does, and /env with what the AppHost gave it.
var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();

app.MapGet("/health", () => "Healthy");
app.MapGet("/env", (IConfiguration configuration, IWebHostEnvironment environment) => new Dictionary<string, string?>
{
    ["ContentRoot"] = environment.ContentRootPath,
    ["EnvironmentName"] = environment.EnvironmentName,
    ["FromAppSettings"] = configuration["Echo:FromAppSettings"],
    ["ConnectionStrings:echodb"] = configuration.GetConnectionString("echodb"),
    ["services:echo-api:http:0"] = configuration["services:echo-api:http:0"],
    ["OTEL_SERVICE_NAME"] = configuration["OTEL_SERVICE_NAME"],
    ["OTEL_EXPORTER_OTLP_ENDPOINT"] = configuration["OTEL_EXPORTER_OTLP_ENDPOINT"],
    ["ASPNETCORE_URLS"] = configuration["ASPNETCORE_URLS"],
});

app.Run();
