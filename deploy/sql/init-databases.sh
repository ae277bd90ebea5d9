#!/usr/bin/env bash
# Production databases: creates each service's database on SQL Server and applies its idempotent script.
# Safe to run on every deployment: each script applies only the migrations that database lacks.
set -euo pipefail
DIR="$(cd "$(dirname "$0")" && pwd)"
SERVER="${SQLSERVER_HOST:-sqlserver}"
: "${MSSQL_SA_PASSWORD:?set MSSQL_SA_PASSWORD}"
SQLCMD="${SQLCMD:-/opt/mssql-tools18/bin/sqlcmd}"
for service in scheduling consensus statements; do
  db="Summit_${service^}"
  "$SQLCMD" -C -S "$SERVER" -U sa -P "$MSSQL_SA_PASSWORD" -b -Q "IF DB_ID(N'$db') IS NULL CREATE DATABASE [$db];"
  "$SQLCMD" -C -S "$SERVER" -U sa -P "$MSSQL_SA_PASSWORD" -b -d "$db" -i "$DIR/$service.sql"
done
