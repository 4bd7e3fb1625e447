using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offers.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DataConventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "PK_outbox_messages",
                table: "outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_offers",
                table: "offers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_inbox_messages",
                table: "inbox_messages");

            migrationBuilder.RenameIndex(
                name: "IX_offers_trigram_text",
                table: "offers",
                newName: "ix_offers_trigram_text");

            migrationBuilder.RenameIndex(
                name: "IX_offers_target_groups",
                table: "offers",
                newName: "ix_offers_target_groups");

            migrationBuilder.RenameIndex(
                name: "IX_offers_status_municipality",
                table: "offers",
                newName: "ix_offers_status_municipality");

            migrationBuilder.RenameIndex(
                name: "IX_offers_status_category",
                table: "offers",
                newName: "ix_offers_status_category");

            migrationBuilder.RenameIndex(
                name: "IX_offers_search_vector",
                table: "offers",
                newName: "ix_offers_search_vector");

            migrationBuilder.RenameIndex(
                name: "IX_offers_schedule_days",
                table: "offers",
                newName: "ix_offers_schedule_days");

            migrationBuilder.RenameIndex(
                name: "IX_offers_published_location",
                table: "offers",
                newName: "ix_offers_published_location");

            migrationBuilder.RenameIndex(
                name: "IX_offers_languages",
                table: "offers",
                newName: "ix_offers_languages");

            migrationBuilder.AddPrimaryKey(
                name: "pk_outbox_messages",
                table: "outbox_messages",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_offers",
                table: "offers",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_inbox_messages",
                table: "inbox_messages",
                columns: new[] { "message_id", "consumer" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_outbox_messages",
                table: "outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "pk_offers",
                table: "offers");

            migrationBuilder.DropPrimaryKey(
                name: "pk_inbox_messages",
                table: "inbox_messages");

            migrationBuilder.RenameIndex(
                name: "ix_offers_trigram_text",
                table: "offers",
                newName: "IX_offers_trigram_text");

            migrationBuilder.RenameIndex(
                name: "ix_offers_target_groups",
                table: "offers",
                newName: "IX_offers_target_groups");

            migrationBuilder.RenameIndex(
                name: "ix_offers_status_municipality",
                table: "offers",
                newName: "IX_offers_status_municipality");

            migrationBuilder.RenameIndex(
                name: "ix_offers_status_category",
                table: "offers",
                newName: "IX_offers_status_category");

            migrationBuilder.RenameIndex(
                name: "ix_offers_search_vector",
                table: "offers",
                newName: "IX_offers_search_vector");

            migrationBuilder.RenameIndex(
                name: "ix_offers_schedule_days",
                table: "offers",
                newName: "IX_offers_schedule_days");

            migrationBuilder.RenameIndex(
                name: "ix_offers_published_location",
                table: "offers",
                newName: "IX_offers_published_location");

            migrationBuilder.RenameIndex(
                name: "ix_offers_languages",
                table: "offers",
                newName: "IX_offers_languages");

            migrationBuilder.AddPrimaryKey(
                name: "PK_outbox_messages",
                table: "outbox_messages",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_offers",
                table: "offers",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_inbox_messages",
                table: "inbox_messages",
                columns: new[] { "message_id", "consumer" });
        }
    }
}
