#!/usr/bin/env bash
# Adds one migration, named <Name>, for every database provider (SQLite, SQL Server and PostgreSQL) to each service whose model
# has changed since its last migration -- or to the services named -- then regenerates the SQL Server deploy scripts
# (deploy/sql/<service>.sql) and runs the tests that check every provider against the model. Each service's migrations begin with one Baseline per
# provider (see README, Persistence): a new migration goes on top of it like any other.
#
#   deploy/migrations/add.sh <Name> [Scheduling|Consensus|Statements ...]
#
# Review the new files under services/<S>/<S>/Persistence/Migrations/{Sqlite,SqlServer,PostgreSql} and deploy/sql, then commit them.
set -euo pipefail
cd "$(dirname "$0")/../.."

name="${1:?usage: deploy/migrations/add.sh <Name> [Scheduling|Consensus|Statements ...]}"
shift
providers=(Sqlite SqlServer PostgreSql)
services=("$@")

dotnet tool restore >/dev/null
for service in Scheduling Consensus Statements; do
  dotnet build "services/$service/$service" -nologo -v q
done

# By default, the services whose model differs from their last migration on either provider.
if [ ${#services[@]} -eq 0 ]; then
  for service in Scheduling Consensus Statements; do
    for provider in "${providers[@]}"; do
      if ! out=$(dotnet ef migrations has-pending-model-changes --project "services/$service/$service" \
          --context "$provider${service}DbContext" --no-build 2>&1); then
        if grep -qE "Changes have been (found|made)" <<<"$out"; then
          services+=("$service")
          break
        fi
        echo "$out" >&2
        exit 1
      fi
    done
  done
  if [ ${#services[@]} -eq 0 ]; then
    echo "No service's model has changed since its last migration: nothing to add." >&2
    exit 1
  fi
fi

for service in "${services[@]}"; do
  case "$service" in Scheduling|Consensus|Statements) ;; *) echo "Unknown service '$service'." >&2; exit 1 ;; esac
  for provider in "${providers[@]}"; do
    echo "== $service, $provider: migration $name"
    dotnet ef migrations add "$name" --project "services/$service/$service" --context "$provider${service}DbContext" \
      --output-dir "Persistence/Migrations/$provider" --no-build
  done
done

echo "== SQL Server deploy scripts (deploy/sql) and the model checks"
dotnet build tests/Integration -nologo -v q
UPDATE_SQL_SCRIPTS=1 dotnet test tests/Integration --no-build -nologo --filter "FullyQualifiedName~SqlServerScriptTests"
git status --short -- services/*/*/Persistence/Migrations deploy/sql
