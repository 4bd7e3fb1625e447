using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Offers.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueVersion : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Not part of the EF model: only the search cache reads it, only the trigger writes it.
            migrationBuilder.Sql(OffersSql.CreateCatalogueVersion);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(OffersSql.DropCatalogueVersion);
        }
    }
}
