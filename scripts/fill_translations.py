"""Fill the unfinished messages of the .ts files from scripts/translations_en.py.

Usage: python scripts/fill_translations.py app/resources/translations/vroegbel_en.ts [..._nl.ts]
       python scripts/fill_translations.py --check app/resources/translations/vroegbel_en.ts
A file ending in _en.ts gets English; one ending in _nl.ts gets the Dutch plural forms (its
other messages stay unfinished, so Qt shows the Dutch source). A message that already has a
finished translation is never changed. Prints what is still missing.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from translations_en import EN, NL_PLURALS

HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


def _lookup(table: dict[str, object], context: str, source: str) -> object:
    return table.get(f"{context}|{source}", table.get(source))


def fill(path: Path) -> list[str]:
    tree = ET.parse(path)
    english = path.stem.endswith("_en")
    missing: list[str] = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if translation.get("type") in ("obsolete", "vanished"):
                continue
            done = translation.get("type") is None and (
                (translation.text or "").strip() or len(translation)
            )
            if done:
                continue
            numerus = message.get("numerus") == "yes"
            value = _lookup(EN if english else NL_PLURALS, name, source)  # type: ignore[arg-type]
            if value is None:
                if english:
                    missing.append(f"{name}: {source}")
                continue
            for child in list(translation):
                translation.remove(child)
            if numerus:
                forms = value if isinstance(value, tuple) else (value, value)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value if isinstance(value, str) else value[0]
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(HEADER + body + "\n", encoding="utf-8")
    return missing


def unfinished(path: Path) -> list[str]:
    """Every message of the file that has no finished translation."""
    missing = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def main(argv: list[str]) -> int:
    if argv and argv[0] == "--check":
        status = 0
        for name in argv[1:]:
            missing = unfinished(Path(name))
            if missing:
                status = 1
                print(f"{name}: {len(missing)} message(s) without translation:", file=sys.stderr)
                for line in missing:
                    print(f"  {line}", file=sys.stderr)
        return status
    status = 0
    for name in argv:
        missing = fill(Path(name))
        if missing:
            status = 1
            print(f"{name}: {len(missing)} message(s) without English:", file=sys.stderr)
            for line in missing:
                print(f"  {line}", file=sys.stderr)
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
