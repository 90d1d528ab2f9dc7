using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentMatch.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class TitleMemory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TitleMemory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Title = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Normalized = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    OccupationUri = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false),
                    Source = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    Count = table.Column<int>(type: "int", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TitleMemory", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TitleMemory_Normalized_OccupationUri_Source",
                table: "TitleMemory",
                columns: new[] { "Normalized", "OccupationUri", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TitleMemory_OccupationUri",
                table: "TitleMemory",
                column: "OccupationUri");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TitleMemory");
        }
    }
}
