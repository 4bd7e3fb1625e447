using Volunteers.Api.Apis;
using Volunteers.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapVolunteersApi();

app.Run();

/// <summary>Entry point, public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
