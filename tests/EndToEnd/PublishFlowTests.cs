using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace EndToEnd;

/// <summary>
/// The platform as the AppHost starts it: an offer published through the gateway is listed by
/// the gateway and reaches the Volunteers and Events read models over RabbitMQ.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PublishFlowTests(PlatformFixture platform)
{
    [Fact]
    public async Task PublishOffer_ThroughGateway_ListedAndInEveryReadModel()
    {
        var offerId = await platform.CreateOfferAsync("publish-flow", publish: true, archive: false);

        var listed = await platform.Gateway.GetFromJsonAsync<JsonElement>("/api/offers?municipality=warendorf&pageSize=100");
        Assert.Contains(listed.GetProperty("items").EnumerateArray(), o => o.GetProperty("id").GetGuid() == offerId);
        await WaitForRowAsync("volunteersdb", "SELECT count(*) FROM known_offers WHERE offer_id = @id", offerId);
        await WaitForRowAsync("eventsdb", "SELECT count(*) FROM known_offers WHERE offer_id = @id", offerId);
    }

    private async Task WaitForRowAsync(string database, string sql, Guid id)
    {
        var connectionString = await platform.Platform.GetConnectionStringAsync(database);
        await Eventually.HoldsAsync($"offer {id} in {database}", async () =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.AddWithValue("id", id);
            return (long)(await command.ExecuteScalarAsync())! > 0;
        }, TimeSpan.FromSeconds(60));
    }
}
