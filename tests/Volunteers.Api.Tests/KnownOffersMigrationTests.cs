using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Persistence;
using TestInfrastructure;
using Volunteers.Api.Infrastructure;

namespace Volunteers.Api.Tests;

/// <summary>
/// The migration that renamed the offers read model (offers → known_offers) keeps its rows and
/// turns their schedules into the wire form: the read model can only be rebuilt from events.
/// </summary>
public sealed class KnownOffersMigrationTests(PostgresDatabaseFixture database) : IClassFixture<PostgresDatabaseFixture>
{
    [Fact]
    public async Task DataConventions_ExistingOfferRow_KeptWithItsScheduleAsDayNameAndHhMm()
    {
        await using var db = new VolunteersDbContext(new DbContextOptionsBuilder<VolunteersDbContext>().UsePlatformDatabase(database.ConnectionString).Options);
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync("OutboxTraceContext");
        var offerId = Guid.NewGuid();
        await ExecuteAsync($$"""
            INSERT INTO offers (id, version, title, category, municipality, online, languages, target_groups, schedule, helpers_needed, published, updated_at)
            VALUES ('{{offerId}}', 3, 'Sprachcafé', 'language', 'warendorf', false, '{de}', '{adults}',
                    '[{"dayOfWeek": 2, "start": "16:00:00", "end": "18:00:00"}, {"dayOfWeek": 0, "start": "10:00:00", "end": "11:30:00"}]', 2, true, now())
            """);

        await migrator.MigrateAsync();

        var offer = await db.KnownOffers.AsNoTracking().SingleAsync(o => o.OfferId == offerId);
        Assert.Equal((3L, "Sprachcafé", true), (offer.Version, offer.Title, offer.Published));
        Assert.Equal([new("tuesday", "16:00", "18:00"), new("sunday", "10:00", "11:30")], offer.Schedule);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
