using Offers.Api.Apis;
using Offers.Api.Extensions;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddApplicationServices();

var app = builder.Build();

app.UseServiceDefaults();
app.MapDefaultEndpoints();
app.MapOpenApi();
app.MapOffersApi();
app.MapReferenceDataApi();
if (app.Environment.IsDevelopment())
{
    app.MapDemoDataApi();
}

app.Run();

/// <summary>Entry point, public so tests can host the service with WebApplicationFactory.</summary>
public partial class Program;
