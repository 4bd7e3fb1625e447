using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Events.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class DataConventions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_attendance_events_event_id",
                table: "attendance");

            migrationBuilder.DropForeignKey(
                name: "FK_registrations_events_event_id",
                table: "registrations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_registrations",
                table: "registrations");

            migrationBuilder.DropPrimaryKey(
                name: "PK_outbox_messages",
                table: "outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_known_volunteers",
                table: "known_volunteers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_known_offers",
                table: "known_offers");

            migrationBuilder.DropPrimaryKey(
                name: "PK_inbox_messages",
                table: "inbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "PK_events",
                table: "events");

            migrationBuilder.DropPrimaryKey(
                name: "PK_attendance",
                table: "attendance");

            migrationBuilder.RenameIndex(
                name: "IX_registrations_volunteer_id",
                table: "registrations",
                newName: "ix_registrations_volunteer_id");

            migrationBuilder.RenameIndex(
                name: "IX_registrations_event_id_volunteer_id",
                table: "registrations",
                newName: "ix_registrations_event_id_volunteer_id");

            migrationBuilder.RenameIndex(
                name: "IX_registrations_event_id_status_number",
                table: "registrations",
                newName: "ix_registrations_event_id_status_number");

            migrationBuilder.RenameIndex(
                name: "IX_known_volunteers_subject",
                table: "known_volunteers",
                newName: "ix_known_volunteers_subject");

            migrationBuilder.RenameIndex(
                name: "IX_events_start_at",
                table: "events",
                newName: "ix_events_start_at");

            migrationBuilder.RenameIndex(
                name: "IX_events_municipality_start_at",
                table: "events",
                newName: "ix_events_municipality_start_at");

            migrationBuilder.RenameIndex(
                name: "IX_attendance_volunteer_id",
                table: "attendance",
                newName: "ix_attendance_volunteer_id");

            migrationBuilder.AlterColumn<string>(
                name: "subject",
                table: "known_volunteers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                table: "known_volunteers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

            migrationBuilder.AddColumn<bool>(
                name: "erased",
                table: "known_volunteers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                table: "known_offers",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                table: "events",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60,
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "pk_registrations",
                table: "registrations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_outbox_messages",
                table: "outbox_messages",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_known_volunteers",
                table: "known_volunteers",
                column: "volunteer_id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_known_offers",
                table: "known_offers",
                column: "offer_id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_inbox_messages",
                table: "inbox_messages",
                columns: new[] { "message_id", "consumer" });

            migrationBuilder.AddPrimaryKey(
                name: "pk_events",
                table: "events",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "pk_attendance",
                table: "attendance",
                columns: new[] { "event_id", "volunteer_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_attendance_events_event_id",
                table: "attendance",
                column: "event_id",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "fk_registrations_events_event_id",
                table: "registrations",
                column: "event_id",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_attendance_events_event_id",
                table: "attendance");

            migrationBuilder.DropForeignKey(
                name: "fk_registrations_events_event_id",
                table: "registrations");

            migrationBuilder.DropPrimaryKey(
                name: "pk_registrations",
                table: "registrations");

            migrationBuilder.DropPrimaryKey(
                name: "pk_outbox_messages",
                table: "outbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "pk_known_volunteers",
                table: "known_volunteers");

            migrationBuilder.DropPrimaryKey(
                name: "pk_known_offers",
                table: "known_offers");

            migrationBuilder.DropPrimaryKey(
                name: "pk_inbox_messages",
                table: "inbox_messages");

            migrationBuilder.DropPrimaryKey(
                name: "pk_events",
                table: "events");

            migrationBuilder.DropPrimaryKey(
                name: "pk_attendance",
                table: "attendance");

            migrationBuilder.DropColumn(
                name: "erased",
                table: "known_volunteers");

            migrationBuilder.RenameIndex(
                name: "ix_registrations_volunteer_id",
                table: "registrations",
                newName: "IX_registrations_volunteer_id");

            migrationBuilder.RenameIndex(
                name: "ix_registrations_event_id_volunteer_id",
                table: "registrations",
                newName: "IX_registrations_event_id_volunteer_id");

            migrationBuilder.RenameIndex(
                name: "ix_registrations_event_id_status_number",
                table: "registrations",
                newName: "IX_registrations_event_id_status_number");

            migrationBuilder.RenameIndex(
                name: "ix_known_volunteers_subject",
                table: "known_volunteers",
                newName: "IX_known_volunteers_subject");

            migrationBuilder.RenameIndex(
                name: "ix_events_start_at",
                table: "events",
                newName: "IX_events_start_at");

            migrationBuilder.RenameIndex(
                name: "ix_events_municipality_start_at",
                table: "events",
                newName: "IX_events_municipality_start_at");

            migrationBuilder.RenameIndex(
                name: "ix_attendance_volunteer_id",
                table: "attendance",
                newName: "IX_attendance_volunteer_id");

            migrationBuilder.AlterColumn<string>(
                name: "subject",
                table: "known_volunteers",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200,
                oldNullable: true);

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                table: "known_volunteers",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                table: "known_offers",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64);

            migrationBuilder.AlterColumn<string>(
                name: "municipality",
                table: "events",
                type: "character varying(60)",
                maxLength: 60,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(64)",
                oldMaxLength: 64,
                oldNullable: true);

            migrationBuilder.AddPrimaryKey(
                name: "PK_registrations",
                table: "registrations",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_outbox_messages",
                table: "outbox_messages",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_known_volunteers",
                table: "known_volunteers",
                column: "volunteer_id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_known_offers",
                table: "known_offers",
                column: "offer_id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_inbox_messages",
                table: "inbox_messages",
                columns: new[] { "message_id", "consumer" });

            migrationBuilder.AddPrimaryKey(
                name: "PK_events",
                table: "events",
                column: "id");

            migrationBuilder.AddPrimaryKey(
                name: "PK_attendance",
                table: "attendance",
                columns: new[] { "event_id", "volunteer_id" });

            migrationBuilder.AddForeignKey(
                name: "FK_attendance_events_event_id",
                table: "attendance",
                column: "event_id",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);

            migrationBuilder.AddForeignKey(
                name: "FK_registrations_events_event_id",
                table: "registrations",
                column: "event_id",
                principalTable: "events",
                principalColumn: "id",
                onDelete: ReferentialAction.Cascade);
        }
    }
}
