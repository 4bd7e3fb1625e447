using System.Net.Http.Json;
using System.Text.Json;
using Offers.Api.Tests.Support;

namespace Offers.Api.Tests;

public sealed class HsdsExportTests(DemoDataFixture fixture) : IClassFixture<DemoDataFixture>
{
    private async Task<JsonElement> GetPageAsync(string query) =>
        await fixture.Factory.CreateAnonymousClient().GetFromJsonAsync<JsonElement>($"/api/offers/hsds/services?{query}");

    [Fact]
    public async Task GetServices_FirstPage_ReturnsHsdsPageEnvelope()
    {
        var page = await GetPageAsync("page=1&pageSize=10");

        Assert.Equal(10, page.GetProperty("contents").GetArrayLength());
        Assert.True(page.GetProperty("total_items").GetInt32() >= 60);
        Assert.True(page.GetProperty("first_page").GetBoolean());
        var service = page.GetProperty("contents")[0];
        Assert.Equal("active", service.GetProperty("status").GetString());
        Assert.True(service.GetProperty("organization").TryGetProperty("name", out _));
    }

    [SharedSchemaFact]
    public async Task GetServices_EveryExportedService_IsValidAgainstTheHsds30Schema()
    {
        var services = new List<JsonElement>();
        for (var pageNumber = 1; ; pageNumber++)
        {
            var page = await GetPageAsync($"page={pageNumber}&pageSize=100");
            services.AddRange(page.GetProperty("contents").EnumerateArray());
            if (page.GetProperty("last_page").GetBoolean())
            {
                break;
            }
        }

        var (exitCode, output) = await Ajv.ValidateAsync(SharedSchemaFactAttribute.SchemaPath!, JsonSerializer.Serialize(services));

        Assert.True(services.Count >= 60);
        Assert.True(exitCode == 0, output);
        Assert.Contains($"validated {services.Count}, invalid 0", output);
    }
}
