#!/bin/bash
# Runs once, when the PostgreSQL volume is new: a database and an owner of its own for
# the registry, the ui's sessions and Keycloak, none of them a superuser.
set -euo pipefail

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v registry_password="$CAREPOOL_REGISTRY_DB_PASSWORD" \
  -v ui_password="$CAREPOOL_UI_DB_PASSWORD" \
  -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
CREATE ROLE carepool_registry LOGIN PASSWORD :'registry_password';
CREATE DATABASE carepool OWNER carepool_registry ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0;
REVOKE ALL ON DATABASE carepool FROM PUBLIC;

CREATE ROLE carepool_ui LOGIN PASSWORD :'ui_password';
CREATE DATABASE carepool_ui OWNER carepool_ui ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0;
REVOKE ALL ON DATABASE carepool_ui FROM PUBLIC;

CREATE ROLE keycloak LOGIN PASSWORD :'keycloak_password';
CREATE DATABASE keycloak OWNER keycloak ENCODING 'UTF8' LOCALE 'C.UTF-8' TEMPLATE template0;
REVOKE ALL ON DATABASE keycloak FROM PUBLIC;
SQL
