"""Translations, style sheet and icon: present in the package, English complete for the
client's own screens, Dutch plurals."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication

from app.ui import i18n, labels, resources

pytestmark = pytest.mark.ui

ROOT = Path(__file__).resolve().parents[2]

#: The contexts of the framework and the Next-call tab (issue 5).
OWN_CONTEXTS = {
    "App", "AttemptsModel", "CallbackDialog", "ChangePasswordDialog", "Creditor",
    "DatabaseDialog", "HelpRequestDialog", "HelpType", "LockDialog", "LoginDialog",
    "MainWindow", "Moment", "NextCallTab", "Outcome", "OutboxSync", "OutboxDialog",
    "OutboxModel", "Roles", "Slot",
    "Status", "Tabs", "Weekday", "Worker",
}  # fmt: skip


@pytest.fixture
def english(qapp: Any) -> Iterator[None]:
    assert i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "nl")
    labels.set_language("nl")


def test_english_is_complete_for_the_client_screens() -> None:
    tree = ET.parse(ROOT / "app/resources/translations/vroegbel_en.ts")
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in OWN_CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                missing.append(f"{name}: {message.findtext('source')}")
    assert missing == []


def test_compiled_translations_are_in_the_package() -> None:
    """One place: the .qm the app reads sits beside its .ts source in app/resources."""
    for lang in ("en", "nl"):
        packaged = ROOT / f"app/resources/translations/vroegbel_{lang}.qm"
        assert packaged.stat().st_size > 0
        assert packaged.with_suffix(".ts").is_file()
        assert resources.read_bytes(f"translations/vroegbel_{lang}.qm") == packaged.read_bytes()


def test_english_is_used_when_chosen(english: None) -> None:
    assert labels.outcome_label("no_answer") == "No answer"
    assert QCoreApplication.translate("Tabs", "Volgende oproep") == "Next call"
    assert labels.money(123456) == "€1,234.56"


def test_dutch_plural_forms(qapp: Any) -> None:
    i18n.install(qapp, "nl")
    one = QCoreApplication.translate("MainWindow", "%n uitkomst(en) wachten op verzending", "", 1)
    two = QCoreApplication.translate("MainWindow", "%n uitkomst(en) wachten op verzending", "", 2)
    assert one == "1 uitkomst wacht op verzending"
    assert two == "2 uitkomsten wachten op verzending"
    assert labels.money(123456) == "€ 1.234,56"


def test_style_sheet_and_icon() -> None:
    assert "NextCallButton" in resources.style_sheet()
    assert not resources.app_icon().isNull()
    assert "Voorstellen" in resources.default_conversation_guide()
