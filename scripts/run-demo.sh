#!/usr/bin/env bash
# Sets everything up and starts Vroegbel on the embedded SQLite demo database.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec .venv/bin/vroegbel --demo "$@"
