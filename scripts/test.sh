#!/usr/bin/env bash
# Sets everything up, runs the static checks (ruff, ruff format, mypy, import contract) and
# then the whole test suite on SQLite and on a throwaway PostgreSQL server on loopback. Extra
# arguments go to pytest (e.g. scripts/test.sh -k planner).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-postgres
# The static gates first (seconds, no database): lint, formatting, types, the import
# contract of pyproject.toml (docs/ARCHITECTURE.md "Checks"). Each one fails the run.
echo "test: ruff check" >&2
.venv/bin/ruff check app tests bench
echo "test: ruff format --check" >&2
.venv/bin/ruff format --check app tests bench
echo "test: mypy app" >&2
.venv/bin/mypy app
echo "test: lint-imports" >&2
.venv/bin/lint-imports
export QT_QPA_PLATFORM=offscreen
VROEGBEL_TEST_PG="$(scripts/pg-throwaway.sh start)"
export VROEGBEL_TEST_PG
trap 'scripts/pg-throwaway.sh stop' EXIT
# Cheap tests first, so a broken basic fails fast; slow ones (fuzzing, benchmarks' smoke
# runs, the bundle build) after.
.venv/bin/python -m pytest -m "not slow" -q "$@"
.venv/bin/python -m pytest -m "slow" -q "$@" || { rc=$?; [ "$rc" = 5 ] || exit "$rc"; }
