#!/usr/bin/env bash
# Adds a migration to both provider sets: scripts/add-migration.sh <Name>
set -euo pipefail
name="${1:?usage: scripts/add-migration.sh <MigrationName>}"
cd "$(dirname "$0")/.."
dotnet tool restore >/dev/null
dotnet build src/TalentMatch.Api --nologo -v q
for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" --no-build \
    --project src/TalentMatch.Infrastructure \
    --startup-project src/TalentMatch.Api \
    --context "${provider}TalentMatchDbContext" \
    --output-dir "Persistence/Migrations/${provider}"
done
dotnet build src/TalentMatch.Api --nologo -v q
