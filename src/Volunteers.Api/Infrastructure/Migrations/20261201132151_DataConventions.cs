using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Volunteers.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DataConventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_assignments_volunteers_volunteer_id",
                table: "assignments");

            migrationBuilder.DropPrimaryKey(
                name: "PK_volunteers",
                table: "volunteers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_outbox_messages",
                table: "outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_inbox_messages",
                table: "inbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_assignments",
                table: "assignments");

            migrationBuilder.RenameIndex(
                name: "IX_volunteers_updated_at",
                table: "volunteers",
                newName: "ix_volunteers_updated_at");

            migrationBuilder.RenameIndex(
                name: "IX_volunteers_subject",
                table: "volunteers",
                newName: "ix_volunteers_subject");

            migrationBuilder.RenameIndex(
                name: "IX_volunteers_skills",
                table: "volunteers",
                newName: "ix_volunteers_skills");

            migrationBuilder.RenameIndex(
                name: "IX_volunteers_municipality",
                table: "volunteers",
                newName: "ix_volunteers_municipality");

            migrationBuilder.RenameIndex(
                name: "IX_volunteers_language_codes",
                table: "volunteers",
                newName: "ix_volunteers_language_codes");

            migrationBuilder.RenameIndex(
                name: "IX_assignments_offer_id",
                table: "assignments",
                newName: "ix_assignments_offer_id");

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                table: "volunteers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(50)",
                oldMaxLength: 50);

            migrationBuilder.AddPrimaryKey(
                name: "pk_volunteers",
                table: "volunteers",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_outbox_messages",
                table: "outbox_messages",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_inbox_messages",
                table: "inbox_messages",
                columns: new[] { "message_id", "consumer" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_assignments",
                table: "assignments",
                columns: new[] { "volunteer_id", "offer_id" });

            // The offers read model keeps its rows (it can only be rebuilt from events): renamed to
            // known_offers with its key offer_id, as the Events context names its read models.
            migrationBuilder.DropPrimaryKey(name: "PK_offers", table: "offers");
            migrationBuilder.RenameTable(name: "offers", newName: "known_offers");
            migrationBuilder.RenameColumn(name: "id", table: "known_offers", newName: "offer_id");
            migrationBuilder.AlterColumn<string>(name: "category", table: "known_offers", type: "character varying(64)", maxLength: 64, nullable: false,
                oldClrType: typeof(string), oldType: "character varying(50)", oldMaxLength: 50);
            migrationBuilder.AlterColumn<string>(name: "municipality", table: "known_offers", type: "character varying(64)", maxLength: 64, nullable: false,
                oldClrType: typeof(string), oldType: "character varying(50)", oldMaxLength: 50);
            // Schedules were stored as { dayOfWeek: 0-6 (Sunday first), start: "HH:mm:ss" }; now as the
            // API writes them (day name, HH:mm), like a volunteer's availability.
            migrationBuilder.Sql("""
                UPDATE known_offers SET schedule = COALESCE((
                    SELECT jsonb_agg(jsonb_build_object(
                        'dayOfWeek', (ARRAY['sunday','monday','tuesday','wednesday','thursday','friday','saturday'])[(e->>'dayOfWeek')::int + 1],
                        'start', left(e->>'start', 5),
                        'end', left(e->>'end', 5)))
                    FROM jsonb_array_elements(schedule) AS e), '[]'::jsonb);
                """);
            migrationBuilder.AddPrimaryKey(name: "pk_known_offers", table: "known_offers", column: "offer_id");

            migrationBuilder.AddForeignKey(
                name: "fk_assignments_volunteers_volunteer_id",
                table: "assignments",
                column: "volunteer_id",
                principalTable: "volunteers",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_assignments_volunteers_volunteer_id",
                table: "assignments");

            migrationBuilder.DropPrimaryKey(
                name: "pk_volunteers",
                table: "volunteers");

            migrationBuilder.DropPrimaryKey(
                name: "pk_outbox_messages",
                table: "outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "pk_inbox_messages",
                table: "inbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "pk_assignments",
                table: "assignments");

            migrationBuilder.RenameIndex(
                name: "ix_volunteers_updated_at",
                table: "volunteers",
                newName: "IX_volunteers_updated_at");

            migrationBuilder.RenameIndex(
                name: "ix_volunteers_subject",
                table: "volunteers",
                newName: "IX_volunteers_subject");

            migrationBuilder.RenameIndex(
                name: "ix_volunteers_skills",
                table: "volunteers",
                newName: "IX_volunteers_skills");

            migrationBuilder.RenameIndex(
                name: "ix_volunteers_municipality",
                table: "volunteers",
                newName: "IX_volunteers_municipality");

            migrationBuilder.RenameIndex(
                name: "ix_volunteers_language_codes",
                table: "volunteers",
                newName: "IX_volunteers_language_codes");

            migrationBuilder.RenameIndex(
                name: "ix_assignments_offer_id",
                table: "assignments",
                newName: "IX_assignments_offer_id");

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                table: "volunteers",
                type: "character varying(50)",
                maxLength: 50,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AddPrimaryKey(
                name: "PK_volunteers",
                table: "volunteers",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_outbox_messages",
                table: "outbox_messages",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_inbox_messages",
                table: "inbox_messages",
                columns: new[] { "message_id", "consumer" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_assignments",
                table: "assignments",
                columns: new[] { "volunteer_id", "offer_id" });

            migrationBuilder.DropPrimaryKey(name: "pk_known_offers", table: "known_offers");
            migrationBuilder.Sql("""
                UPDATE known_offers SET schedule = COALESCE((
                    SELECT jsonb_agg(jsonb_build_object(
                        'dayOfWeek', array_position(ARRAY['sunday','monday','tuesday','wednesday','thursday','friday','saturday'], e->>'dayOfWeek') - 1,
                        'start', (e->>'start') || ':00',
                        'end', (e->>'end') || ':00'))
                    FROM jsonb_array_elements(schedule) AS e), '[]'::jsonb);
                """);
            migrationBuilder.AlterColumn<string>(name: "category", table: "known_offers", type: "character varying(50)", maxLength: 50, nullable: false,
                oldClrType: typeof(string), oldType: "character varying(64)", oldMaxLength: 64);
            migrationBuilder.AlterColumn<string>(name: "municipality", table: "known_offers", type: "character varying(50)", maxLength: 50, nullable: false,
                oldClrType: typeof(string), oldType: "character varying(64)", oldMaxLength: 64);
            migrationBuilder.RenameColumn(name: "offer_id", table: "known_offers", newName: "id");
            migrationBuilder.RenameTable(name: "known_offers", newName: "offers");
            migrationBuilder.AddPrimaryKey(name: "PK_offers", table: "offers", column: "id");

            migrationBuilder.AddForeignKey(
                name: "FK_assignments_volunteers_volunteer_id",
                table: "assignments",
                column: "volunteer_id",
                principalTable: "volunteers",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
