using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace TalentMatch.Infrastructure.Persistence;

/// <summary>Lets `dotnet ef` build the SQLite context without the host.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteTalentMatchDbContext>
{
    public SqliteTalentMatchDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteTalentMatchDbContext>().UseSqlite("Data Source=design-time.db").Options);
}

/// <summary>Lets `dotnet ef` build the SQL Server context; no server is contacted to add migrations or script them.</summary>
internal sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerTalentMatchDbContext>
{
    public SqlServerTalentMatchDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerTalentMatchDbContext>().UseSqlServer("Server=localhost;Database=TalentMatch;Trusted_Connection=True;TrustServerCertificate=True").Options);
}
