using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TalentMatch.Infrastructure.Persistence.Migrations.SqlServer
{
    /// <inheritdoc />
    public partial class MatchIntegrity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ClaimedBy",
                table: "Notifications",
                type: "nvarchar(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "LeaseUntil",
                table: "Notifications",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Matches_OneOpenPerPair",
                table: "Matches",
                columns: new[] { "ProfileId", "OpportunityId" },
                unique: true,
                filter: "[State] IN ('Shortlisted', 'Proposed', 'Offered', 'Accepted', 'Introduced', 'Placed')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Matches_OneOpenPerPair",
                table: "Matches");

            migrationBuilder.DropColumn(
                name: "ClaimedBy",
                table: "Notifications");

            migrationBuilder.DropColumn(
                name: "LeaseUntil",
                table: "Notifications");
        }
    }
}
