#!/usr/bin/env bash
# Builds the client's translations (one command; see README "Languages"):
#   1. pyside6-lupdate collects every self.tr()/translate() string of app/ui into
#      app/resources/translations/vroegbel_{en,nl}.ts (Dutch is the source language);
#   2. scripts/fill_translations.py fills unfinished English messages from
#      scripts/translations_en.py (and the Dutch plural forms) and
#      scripts/translations_workplaces.py those of the coach, team lead and admin tabs —
#      finished translations are always kept;
#   3. pyside6-lrelease compiles the .qm files beside them, where the installed package (and
#      a frozen bundle) finds them; the .ts files are left out of both.
# Exit status 1 when English is missing for some message (listed on standard error).
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=".venv/bin"
[ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v pyside6-lupdate)")"
PY="$BIN/python"
[ -x "$PY" ] || PY="python3"
TS_DIR=app/resources/translations
mkdir -p "$TS_DIR"
mapfile -t SOURCES < <(find app/ui -name '*.py' | sort)
"$BIN/pyside6-lupdate" -no-obsolete -source-language nl_NL -target-language en_GB \
    "${SOURCES[@]}" -ts "$TS_DIR/vroegbel_en.ts"
"$BIN/pyside6-lupdate" -no-obsolete -source-language nl_NL -target-language nl_NL \
    "${SOURCES[@]}" -ts "$TS_DIR/vroegbel_nl.ts"
"$PY" scripts/fill_translations.py "$TS_DIR/vroegbel_en.ts" "$TS_DIR/vroegbel_nl.ts" \
    2>/dev/null || true
if [ -f scripts/translations_workplaces.py ]; then
    "$PY" scripts/translations_workplaces.py "$TS_DIR/vroegbel_en.ts" 2>/dev/null || true
fi
status=0
"$PY" scripts/fill_translations.py --check "$TS_DIR/vroegbel_en.ts" || status=$?
for lang in en nl; do
    "$BIN/pyside6-lrelease" "$TS_DIR/vroegbel_$lang.ts" -qm "$TS_DIR/vroegbel_$lang.qm"
done
exit "$status"
