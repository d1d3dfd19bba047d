#!/usr/bin/env bash
# Runs once, on an empty data volume (docker-entrypoint-initdb.d): one login role and one database
# per service, plus Keycloak's. Each role owns only its own database; PUBLIC may not connect.
set -euo pipefail

create_database() {
  local name=$1 password=$2
  if [[ -z "$password" ]]; then
    echo "init-databases: no password for $name" >&2
    exit 1
  fi
  psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
    -v name="$name" -v password="$password" <<'SQL'
CREATE ROLE :"name" LOGIN PASSWORD :'password';
CREATE DATABASE :"name" OWNER :"name";
REVOKE ALL ON DATABASE :"name" FROM PUBLIC;
SQL
}

create_database signatory "$SIGNATORY_DB_PASSWORD"
create_database actionplan "$ACTIONPLAN_DB_PASSWORD"
create_database dispute "$DISPUTE_DB_PASSWORD"
create_database consultation "$CONSULTATION_DB_PASSWORD"
create_database reporting "$REPORTING_DB_PASSWORD"
create_database notification "$NOTIFICATION_DB_PASSWORD"
create_database keycloak "$KEYCLOAK_DB_PASSWORD"
