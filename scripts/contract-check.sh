#!/usr/bin/env bash
# Checks the committed OpenAPI document (api-spec/openapi.json) the way a third party uses it:
# Spectral lint with the committed ruleset (no warnings allowed), then a TypeScript client
# generated with openapi-typescript must type-check the usage file. Tools are pinned in
# api-spec/contract/package-lock.json. Needs Node 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")/../api-spec/contract"

if ! command -v npm >/dev/null 2>&1; then
  echo "Node.js and npm are required for the contract checks." >&2
  exit 1
fi

npm ci --prefer-offline --no-audit --no-fund --loglevel=error
npm run --silent lint
npm run --silent generate
npm run --silent typecheck
echo "Contract checks passed: Spectral clean, generated TypeScript client type-checks."
