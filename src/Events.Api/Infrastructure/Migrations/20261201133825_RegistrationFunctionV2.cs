using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class RegistrationFunctionV2 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The registration no longer enqueues RegistrationConfirmed (nothing consumed it), so the
            // function loses its outbox parameters. RegistrationFunction holds the current text; when
            // it changes again, copy this text here first, as InitialCreate keeps its version.
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS events_register(uuid, uuid, uuid, timestamptz, uuid, text, jsonb);");
            migrationBuilder.Sql(RegistrationFunction.Create);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(RegistrationFunction.Drop);
            migrationBuilder.Sql(InitialCreate.RegistrationFunctionV1);
        }
    }
}
