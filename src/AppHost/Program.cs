// The map of the platform: what runs, what each service is given, and what it waits for.
var builder = DistributedApplication.CreateBuilder(args);

var postgres = builder.AddPostgres("postgres");
var offersDb = postgres.AddDatabase("offersdb");
var volunteersDb = postgres.AddDatabase("volunteersdb");
var eventsDb = postgres.AddDatabase("eventsdb");

var messaging = builder.AddRabbitMQ("messaging").WithManagementPlugin();

var offersApi = builder.AddProject<Projects.Offers_Api>("offers-api")
    .WithReference(offersDb).WaitFor(offersDb)
    .WithReference(messaging).WaitFor(messaging);

var volunteersApi = builder.AddProject<Projects.Volunteers_Api>("volunteers-api")
    .WithReference(volunteersDb).WaitFor(volunteersDb)
    .WithReference(messaging).WaitFor(messaging);

var eventsApi = builder.AddProject<Projects.Events_Api>("events-api")
    .WithReference(eventsDb).WaitFor(eventsDb)
    .WithReference(messaging).WaitFor(messaging);

builder.AddProject<Projects.Gateway>("gateway")
    .WithReference(offersApi).WithReference(volunteersApi).WithReference(eventsApi)
    .WaitFor(offersApi).WaitFor(volunteersApi).WaitFor(eventsApi)
    .WithHttpEndpoint(port: builder.Configuration.GetValue("AppHost:GatewayPort", 5080));

builder.Build().Run();
