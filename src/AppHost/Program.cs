using AppHost;

// The map of the platform: what runs, what each service is given, and what it waits for.
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    Args = args,
    DashboardApplicationName = "Integration.Aspire",
});
var settings = AppHostSettings.From(builder);
builder.RequireFreePorts(
    (settings.GatewayPort, "the gateway", "AppHost:GatewayPort"),
    (settings.PostgresPort, "PostgreSQL", "AppHost:Ports:Postgres"),
    (settings.RabbitMqPort, "RabbitMQ", "AppHost:Ports:RabbitMq"),
    (settings.RabbitMqManagementPort, "RabbitMQ's management UI", "AppHost:Ports:RabbitMqManagement"));

// PostgreSQL and RabbitMQ: Debian's servers, run by the AppHost with their data in .data/,
// or Aspire's own containers on a machine with a container runtime (AppHost:UseContainers).
var postgres = builder.AddPlatformPostgres("postgres", settings);
var offersDb = postgres.AddDatabase("offersdb");
var volunteersDb = postgres.AddDatabase("volunteersdb");
var eventsDb = postgres.AddDatabase("eventsdb");

var messaging = builder.AddPlatformRabbitMQ("messaging", settings);

var offersApi = builder.AddProject<Projects.Offers_Api>("offers-api")
    .AsPlatformService(settings)
    .WithReference(offersDb).WaitFor(offersDb)
    .WithReference(messaging).WaitFor(messaging);

var volunteersApi = builder.AddProject<Projects.Volunteers_Api>("volunteers-api")
    .AsPlatformService(settings)
    .WithReference(volunteersDb).WaitFor(volunteersDb)
    .WithReference(messaging).WaitFor(messaging);

var eventsApi = builder.AddProject<Projects.Events_Api>("events-api")
    .AsPlatformService(settings)
    .WithReference(eventsDb).WaitFor(eventsDb)
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject<Projects.Gateway>("gateway")
    .AsPlatformService(settings, port: settings.GatewayPort)
    .WithReference(offersApi).WaitFor(offersApi)
    .WithReference(volunteersApi).WaitFor(volunteersApi)
    .WithReference(eventsApi).WaitFor(eventsApi)
    .WithExternalHttpEndpoints()
    .AnnounceUrlWhenReady("Gateway");

try
{
    await builder.Build().RunAsync();
    return 0;
}
catch (StartRefusedException) when (StartRefusedException.RunAsItsOwnProcess)
{
    return 1; // the reason is the one line logged just before
}
