using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offers.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PublishedLocationIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_offers_effective_latitude_effective_longitude",
                table: "offers");

            migrationBuilder.CreateIndex(
                name: "IX_offers_published_location",
                table: "offers",
                columns: new[] { "effective_latitude", "effective_longitude" },
                filter: "status = 'Published'")
                .Annotation("Npgsql:IndexInclude", new[] { "title", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_offers_published_location",
                table: "offers");

            migrationBuilder.CreateIndex(
                name: "IX_offers_effective_latitude_effective_longitude",
                table: "offers",
                columns: new[] { "effective_latitude", "effective_longitude" });
        }
    }
}
