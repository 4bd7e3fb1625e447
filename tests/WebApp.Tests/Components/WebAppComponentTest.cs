using System.Globalization;
using System.Net;
using Bunit;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;
using WebApp.Gateway;
using WebApp.Tests.Gateway;

namespace WebApp.Tests.Components;

/// <summary>
/// A bUnit context with the web app's texts (German) and its gateway clients talking to a stub
/// gateway: reference data of two municipalities, and whatever <see cref="Answer"/> gives for the rest.
/// </summary>
public abstract class WebAppComponentTest : BunitContext
{
    protected WebAppComponentTest()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de");
        Gateway = new StubGateway(request => request.RequestUri!.AbsolutePath switch
        {
            "/api/municipalities" => StubGateway.Json(HttpStatusCode.OK, """
                [{ "id": "ahlen", "name": "Ahlen", "region": "suedkreis", "location": { "lat": 51.7633, "lon": 7.8912 } },
                 { "id": "beckum", "name": "Beckum", "region": "suedkreis", "location": { "lat": 51.7558, "lon": 8.0409 } }]
                """),
            "/api/categories" => StubGateway.Json(HttpStatusCode.OK, """[{ "id": "language", "name": "Sprache & Deutschkurse" }]"""),
            "/api/target-groups" => StubGateway.Json(HttpStatusCode.OK, """[{ "id": "adults", "name": "Erwachsene" }]"""),
            _ => Answer(request),
        });
        Services.AddLocalization();
        Services.AddSingleton(new OffersClient(Gateway.Client()));
        Services.AddSingleton(new EventsClient(Gateway.Client()));
        Services.AddSingleton(new ReferenceDataClient(Gateway.Client(), new MemoryCache(new MemoryCacheOptions())));
    }

    protected StubGateway Gateway { get; }

    protected Func<HttpRequestMessage, HttpResponseMessage> Answer { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.NotFound);
}
