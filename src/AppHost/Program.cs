using AppHost;

// The map of the platform: what runs, what each service is given, and what it waits for.
var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions
{
    Args = args,
    DashboardApplicationName = "Integration.Aspire",
});
var settings = AppHostSettings.From(builder);
builder.RequireFreePorts(settings);

// PostgreSQL and RabbitMQ: Debian's servers, run by the AppHost with their data in .data/,
// or Aspire's own containers on a machine with a container runtime (AppHost:UseContainers).
var postgres = builder.AddPlatformPostgres("postgres", settings);
var offersDb = postgres.AddDatabase("offersdb");
var volunteersDb = postgres.AddDatabase("volunteersdb");
var eventsDb = postgres.AddDatabase("eventsdb");

var messaging = builder.AddPlatformRabbitMQ("messaging", settings);

var offersApi = builder.AddBoundedContext<Projects.Offers_Api>("offers-api", settings, offersDb, messaging);
var volunteersApi = builder.AddBoundedContext<Projects.Volunteers_Api>("volunteers-api", settings, volunteersDb, messaging);
var eventsApi = builder.AddBoundedContext<Projects.Events_Api>("events-api", settings, eventsDb, messaging);

var gateway = builder.AddProject<Projects.Gateway>("gateway")
    .AsPlatformService(settings, port: settings.GatewayPort)
    .WithGatewayReplicas(settings)
    .WithReference(offersApi).WaitFor(offersApi)
    .WithReference(volunteersApi).WaitFor(volunteersApi)
    .WithReference(eventsApi).WaitFor(eventsApi)
    .WithExternalHttpEndpoints()
    .AnnounceUrlWhenReady("Gateway");

// The county's web app: a client of the gateway's public API like any partner app (with a partner
// key of its own for its anonymous visitors), with no database and no broker.
builder.AddProject<Projects.WebApp>("webapp")
    .AsPlatformService(settings, port: settings.WebAppPort)
    .WithPartnerKeyAt(gateway)
    .WithReference(gateway).WaitFor(gateway)
    .WithExternalHttpEndpoints()
    .AnnounceUrlWhenReady("Web app");

try
{
    await builder.Build().RunAsync();
    return 0;
}
catch (StartRefusedException) when (StartRefusedException.RunAsItsOwnProcess)
{
    return 1; // the reason is the one line logged just before
}
