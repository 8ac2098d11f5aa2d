"""Translations: Dutch source strings, English from vroegbel_en.qm (Qt Linguist).

The .qm files live in app/resources/translations (built by scripts/translations.sh) and are
read with importlib.resources, so a frozen bundle finds them too. Qt's own strings (standard
dialog buttons) come from Qt's qtbase_<lang>.qm when present.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.ui import labels, resources

log = logging.getLogger("vroegbel.ui.i18n")

LANGUAGES = ("nl", "en")
_installed: list[QTranslator] = []


def install(app: QCoreApplication, language: str) -> bool:
    """Install the translators for `language`; returns False if the app's .qm is missing."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = language if language in LANGUAGES else "nl"
    lang = QLocale.Language.Dutch if language == "nl" else QLocale.Language.English
    QLocale.setDefault(QLocale(lang, QLocale.Country.Netherlands))
    labels.set_language(language)

    qt = QTranslator(app)
    path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", path):
        app.installTranslator(qt)
        _installed.append(qt)

    found = True
    data = resources.read_bytes(f"translations/vroegbel_{language}.qm")
    if data:
        own = QTranslator(app)
        # QTranslator.load(bytes) keeps a pointer to the data: keep it alive with the object.
        own._data = data  # type: ignore[attr-defined]
        if own.load(data):
            app.installTranslator(own)
            _installed.append(own)
        else:
            found = False
    elif language != "nl":
        found = False
    if not found:
        log.warning("no translation for %s; the app stays in Dutch", language)
    return found
