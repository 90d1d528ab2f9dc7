using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace TalentMatch.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Coins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Neighbourhood",
                table: "Opportunities",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CoinAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    OwnerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Balance = table.Column<long>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoinAccounts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoinOffers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Price = table.Column<long>(type: "INTEGER", nullable: false),
                    Stock = table.Column<int>(type: "INTEGER", nullable: false),
                    ValidUntil = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoinOffers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoinOffers_Organisations_PartnerOrganisationId",
                        column: x => x.PartnerOrganisationId,
                        principalTable: "Organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Operation = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Fingerprint = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ResponseJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedRequests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CoinTransactions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    DebitAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreditAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ByUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SourceKey = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReservationId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReversesTransactionId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoinTransactions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoinTransactions_CoinAccounts_CreditAccountId",
                        column: x => x.CreditAccountId,
                        principalTable: "CoinAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoinTransactions_CoinAccounts_DebitAccountId",
                        column: x => x.DebitAccountId,
                        principalTable: "CoinAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoinTransactions_CoinTransactions_ReversesTransactionId",
                        column: x => x.ReversesTransactionId,
                        principalTable: "CoinTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoinReservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfferId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PartnerOrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WalletAccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProfileId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Price = table.Column<long>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReservedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReservedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedByUserId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoinReservations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoinReservations_CoinAccounts_WalletAccountId",
                        column: x => x.WalletAccountId,
                        principalTable: "CoinAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoinReservations_CoinOffers_OfferId",
                        column: x => x.OfferId,
                        principalTable: "CoinOffers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CoinEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TransactionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AccountId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CoinEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CoinEntries_CoinAccounts_AccountId",
                        column: x => x.AccountId,
                        principalTable: "CoinAccounts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CoinEntries_CoinTransactions_TransactionId",
                        column: x => x.TransactionId,
                        principalTable: "CoinTransactions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "CoinAccounts",
                columns: new[] { "Id", "Balance", "CreatedAt", "Kind", "OwnerId", "Version" },
                values: new object[,]
                {
                    { new Guid("00000000-0000-7000-8000-00000000c011"), 0L, new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Issuance", null, 0 },
                    { new Guid("00000000-0000-7000-8000-00000000c012"), 0L, new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Holding", null, 0 },
                    { new Guid("00000000-0000-7000-8000-00000000c013"), 0L, new DateTime(1970, 1, 1, 0, 0, 0, 0, DateTimeKind.Utc), "Expiry", null, 0 }
                });

            migrationBuilder.CreateIndex(
                name: "IX_CoinAccounts_Kind_OwnerId",
                table: "CoinAccounts",
                columns: new[] { "Kind", "OwnerId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoinEntries_AccountId_At",
                table: "CoinEntries",
                columns: new[] { "AccountId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CoinEntries_TransactionId",
                table: "CoinEntries",
                column: "TransactionId");

            migrationBuilder.CreateIndex(
                name: "IX_CoinOffers_PartnerOrganisationId_ValidUntil",
                table: "CoinOffers",
                columns: new[] { "PartnerOrganisationId", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_CoinOffers_ValidUntil_Price",
                table: "CoinOffers",
                columns: new[] { "ValidUntil", "Price" });

            migrationBuilder.CreateIndex(
                name: "IX_CoinReservations_Code",
                table: "CoinReservations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoinReservations_OfferId",
                table: "CoinReservations",
                column: "OfferId");

            migrationBuilder.CreateIndex(
                name: "IX_CoinReservations_ProfileId",
                table: "CoinReservations",
                column: "ProfileId");

            migrationBuilder.CreateIndex(
                name: "IX_CoinReservations_Status_ExpiresAt",
                table: "CoinReservations",
                columns: new[] { "Status", "ExpiresAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CoinReservations_WalletAccountId_Status",
                table: "CoinReservations",
                columns: new[] { "WalletAccountId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_CoinTransactions_CreditAccountId_Kind_At",
                table: "CoinTransactions",
                columns: new[] { "CreditAccountId", "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CoinTransactions_DebitAccountId",
                table: "CoinTransactions",
                column: "DebitAccountId");

            migrationBuilder.CreateIndex(
                name: "IX_CoinTransactions_Kind_At",
                table: "CoinTransactions",
                columns: new[] { "Kind", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_CoinTransactions_ReservationId",
                table: "CoinTransactions",
                column: "ReservationId");

            migrationBuilder.CreateIndex(
                name: "IX_CoinTransactions_ReversesTransactionId",
                table: "CoinTransactions",
                column: "ReversesTransactionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CoinTransactions_SourceKey",
                table: "CoinTransactions",
                column: "SourceKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedRequests_CreatedAt",
                table: "ProcessedRequests",
                column: "CreatedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedRequests_UserId_Key",
                table: "ProcessedRequests",
                columns: new[] { "UserId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CoinEntries");

            migrationBuilder.DropTable(
                name: "CoinReservations");

            migrationBuilder.DropTable(
                name: "ProcessedRequests");

            migrationBuilder.DropTable(
                name: "CoinTransactions");

            migrationBuilder.DropTable(
                name: "CoinOffers");

            migrationBuilder.DropTable(
                name: "CoinAccounts");

            migrationBuilder.DropColumn(
                name: "Neighbourhood",
                table: "Opportunities");
        }
    }
}
