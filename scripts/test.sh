#!/usr/bin/env bash
# Sets everything up and runs the whole test suite on SQLite and on a throwaway PostgreSQL
# server on loopback. Extra arguments go to pytest (e.g. scripts/test.sh -k planner).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-postgres
export QT_QPA_PLATFORM=offscreen
VROEGBEL_TEST_PG="$(scripts/pg-throwaway.sh start)"
export VROEGBEL_TEST_PG
trap 'scripts/pg-throwaway.sh stop' EXIT
# Cheap tests first, so a broken basic fails fast; slow ones (fuzzing, benchmarks' smoke
# runs, the bundle build) after.
.venv/bin/python -m pytest -m "not slow" -q "$@"
.venv/bin/python -m pytest -m "slow" -q "$@" || { rc=$?; [ "$rc" = 5 ] || exit "$rc"; }
