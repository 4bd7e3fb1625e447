using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;
using Offers.Api.Infrastructure;

#nullable disable

namespace Offers.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            // Immutable wrappers the generated search columns need (see OffersSql).
            migrationBuilder.Sql(OffersSql.CreateFunctions);

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "offers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    summary = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    description = table.Column<string>(type: "character varying(5000)", maxLength: 5000, nullable: false),
                    category = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    provider_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    provider_type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    provider_organization = table.Column<string>(type: "text", nullable: true),
                    municipality = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    address = table.Column<string>(type: "jsonb", nullable: true),
                    latitude = table.Column<double>(type: "double precision", nullable: true),
                    longitude = table.Column<double>(type: "double precision", nullable: true),
                    effective_latitude = table.Column<double>(type: "double precision", nullable: false),
                    effective_longitude = table.Column<double>(type: "double precision", nullable: false),
                    online = table.Column<bool>(type: "boolean", nullable: false),
                    url = table.Column<string>(type: "text", nullable: true),
                    target_groups = table.Column<List<string>>(type: "text[]", nullable: false),
                    languages = table.Column<List<string>>(type: "text[]", nullable: false),
                    schedule = table.Column<string>(type: "jsonb", nullable: false),
                    schedule_days = table.Column<List<string>>(type: "text[]", nullable: false),
                    valid_from = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    valid_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    cost_free = table.Column<bool>(type: "boolean", nullable: false),
                    cost_note = table.Column<string>(type: "text", nullable: true),
                    contact = table.Column<string>(type: "jsonb", nullable: true),
                    helpers_needed = table.Column<int>(type: "integer", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    translations = table.Column<string>(type: "jsonb", nullable: false),
                    translated_text = table.Column<string>(type: "text", nullable: false),
                    is_demo = table.Column<bool>(type: "boolean", nullable: false),
                    version = table.Column<long>(type: "bigint", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: true, computedColumnSql: "setweight(to_tsvector('german'::regconfig, offers_unaccent(coalesce(title, ''))), 'A') || setweight(to_tsvector('german'::regconfig, offers_unaccent(coalesce(summary, ''))), 'B') || setweight(to_tsvector('german'::regconfig, offers_unaccent(coalesce(description, '') || ' ' || array_to_string_immutable(tags) || ' ' || coalesce(translated_text, ''))), 'C')", stored: true),
                    trigram_text = table.Column<string>(type: "text", nullable: true, computedColumnSql: "lower(offers_unaccent(coalesce(title, '') || ' ' || array_to_string_immutable(tags)))", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_offers", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    sequence = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_offers_effective_latitude_effective_longitude",
                table: "offers",
                columns: new[] { "effective_latitude", "effective_longitude" });

            migrationBuilder.CreateIndex(
                name: "IX_offers_languages",
                table: "offers",
                column: "languages")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_offers_schedule_days",
                table: "offers",
                column: "schedule_days")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_offers_search_vector",
                table: "offers",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_offers_status_category",
                table: "offers",
                columns: new[] { "status", "category" });

            migrationBuilder.CreateIndex(
                name: "IX_offers_status_municipality",
                table: "offers",
                columns: new[] { "status", "municipality" });

            migrationBuilder.CreateIndex(
                name: "IX_offers_target_groups",
                table: "offers",
                column: "target_groups")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_offers_trigram_text",
                table: "offers",
                column: "trigram_text")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                table: "outbox_messages",
                column: "sequence",
                filter: "sent_at IS NULL");

            // The word lexicon for typo tolerance (see OffersSql).
            migrationBuilder.Sql(OffersSql.CreateLexicon);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TABLE IF EXISTS offer_words; DROP FUNCTION IF EXISTS offers_collect_words() CASCADE;");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "offers");

            migrationBuilder.DropTable(
                name: "outbox_messages");
        }
    }
}
