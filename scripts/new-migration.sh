#!/usr/bin/env bash
# `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
# with the SQL that takes the schema as last committed (git HEAD) to prisma/schema.prisma.
# `prisma migrate dev` cannot run here (it needs a shadow database and the native engine).
set -euo pipefail
cd "$(dirname "$0")/.."
name="${1:-}"
if ! [[ "$name" =~ ^[a-z0-9_]+$ ]]; then
  echo "Give the migration a name in lower case with underscores: npm run db:new-migration -- add_annotations" >&2
  exit 1
fi
mkdir -p tmp
git show HEAD:prisma/schema.prisma > tmp/schema-committed.prisma
dir="prisma/migrations/$(date -u +%Y%m%d%H%M%S)_${name}"
mkdir -p "$dir"
npx prisma migrate diff --from-schema-datamodel tmp/schema-committed.prisma --to-schema-datamodel prisma/schema.prisma --script > "$dir/migration.sql"
if ! grep -Eq '^(CREATE|ALTER|DROP|INSERT|PRAGMA|UPDATE|DELETE|REDEFINE)' "$dir/migration.sql"; then
  rm -rf "$dir"
  echo "prisma/schema.prisma does not differ from the committed schema: no migration written." >&2
  exit 1
fi
echo "Wrote $dir/migration.sql — read it, then commit it with the schema."
