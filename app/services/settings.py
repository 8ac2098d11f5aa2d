"""Shared settings: each declared once with its default (Picard's options.py, in the database).

Workstation preferences (database URL, window geometry, language) are QSettings in the UI;
what every workstation must agree on (calling windows, limits, retention) lives here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import Setting


@dataclass(frozen=True)
class SettingSpec:
    key: str
    default: Any
    label: str  # Dutch; shown in the admin tab


DEFAULT_CALLING_WINDOWS: dict[str, dict[str, Any]] = {
    "morning": {"weekdays": [0, 1, 2, 3, 4], "start": "09:00", "end": "12:30"},
    "afternoon": {"weekdays": [0, 1, 2, 3, 4], "start": "12:30", "end": "17:00"},
    "evening": {"weekdays": [0, 1, 2, 3, 4], "start": "17:00", "end": "21:00"},
    "saturday": {"weekdays": [5], "start": "10:00", "end": "16:00"},
}

# Issue 14: the letter and card after the plan (fields: app/services/follow_up.py).
DEFAULT_LETTER_TEMPLATE = """{briefhoofd}

{naam}
{straat}
{postcode} {woonplaats}

{datum}
Kenmerk: {kenmerk}

Beste bewoner,

Wij hebben u de afgelopen weken een paar keer gebeld, maar konden u niet bereiken. Wij bellen
u omdat wij hebben gehoord dat het misschien lastig is om alle rekeningen op tijd te betalen.
De gemeente wil u graag helpen voordat het een groot probleem wordt. Hulp is gratis en
vrijblijvend.

Wilt u ons bellen? U bereikt ons op {telefoon} ({bereikbaar}). Noem dan het kenmerk
{kenmerk}.

Met vriendelijke groet,

Het team Vroegsignalering
"""

DEFAULT_LETTER_TEMPLATE_EN = """{briefhoofd}

{naam}
{straat}
{postcode} {woonplaats}

{datum}
Reference: {kenmerk}

Dear resident,

We have tried to phone you a few times in the past weeks but could not reach you. We are
calling because we heard that paying all the bills on time may be difficult. The municipality
would like to help you before it becomes a big problem. Help is free and without obligation.

Would you call us? You can reach us on {telefoon} ({bereikbaar}). Please mention the reference
{kenmerk}.

Kind regards,

The early detection team
"""

DEFAULT_CARD_TEMPLATE = """{naam}
{straat}

Wij probeerden u te bellen over hulp bij geldzaken. Gratis en vrijblijvend.
Bel ons: {telefoon} ({bereikbaar}), kenmerk {kenmerk}.
"""

DEFAULT_CARD_TEMPLATE_EN = """{naam}
{straat}

We tried to phone you about help with money matters. Free and without obligation.
Call us: {telefoon} ({bereikbaar}), reference {kenmerk}.
"""

SPECS: dict[str, SettingSpec] = {
    spec.key: spec
    for spec in [
        SettingSpec("calling_windows", DEFAULT_CALLING_WINDOWS, "Belvensters"),
        SettingSpec("max_attempts", 7, "Maximaal aantal belpogingen"),
        SettingSpec("min_evening_attempts", 2, "Minimaal aantal pogingen in de avond"),
        SettingSpec("min_saturday_attempts", 1, "Minimaal aantal pogingen op zaterdag"),
        SettingSpec("plan_days", 21, "Alle pogingen binnen (kalenderdagen)"),
        SettingSpec("contact_rate_weeks", 8, "Bereik per tijdvak meten over (weken)"),
        SettingSpec("lease_minutes", 15, "Een zaak blijft gereserveerd (minuten)"),
        SettingSpec("callback_reserved_minutes", 15, "Terugbelafspraak voorbehouden (minuten)"),
        SettingSpec(
            "local_target_working_days", 5, "Lokale termijn eerste gesprek coach (werkdagen)"
        ),
        SettingSpec("legal_urgent_working_days", 3, "Wettelijke termijn bij dreiging (werkdagen)"),
        SettingSpec("legal_normal_weeks", 4, "Wettelijke termijn overig (weken)"),
        SettingSpec("retention_closed_months", 6, "Bewaartermijn gesloten zaken (maanden)"),
        SettingSpec("retention_handoff_months", 18, "Bewaartermijn na afsluiting coach (maanden)"),
        SettingSpec("idle_lock_minutes", 10, "Scherm vergrendelen na (minuten zonder invoer)"),
        SettingSpec("login_max_failures", 5, "Account blokkeren na (mislukte pogingen)"),
        SettingSpec("login_lock_minutes", 15, "Blokkade duurt (minuten)"),
        SettingSpec("conversation_guide", None, "Gespreksleidraad (leeg: standaardtekst)"),
        SettingSpec("handling_weeks", 4, "Afhandeltijd van gesprekken meten over (weken)"),
        SettingSpec(
            "default_calls_per_hour", 10, "Gesprekken per beller per uur zolang niets gemeten is"
        ),
        # Issue 14: what follows a plan without contact (letter, card, home_visit or none).
        SettingSpec("follow_up_channel", "letter", "Vervolg na het belplan zonder contact"),
        SettingSpec("letterhead", "Gemeente Haarlem", "Briefhoofd (tekst bovenaan de brief)"),
        SettingSpec("callcenter_phone", "023 511 5115", "Telefoonnummer van het callcenter"),
        SettingSpec(
            "callcenter_hours",
            "maandag tot en met vrijdag 9.00–21.00 uur, zaterdag 10.00–16.00 uur",
            "Bereikbaarheid van het callcenter",
        ),
        SettingSpec("letter_template", DEFAULT_LETTER_TEMPLATE, "Sjabloon brief"),
        SettingSpec("letter_template_en", DEFAULT_LETTER_TEMPLATE_EN, "Sjabloon brief (Engels)"),
        SettingSpec("card_template", DEFAULT_CARD_TEMPLATE, "Sjabloon kaartje"),
        SettingSpec("card_template_en", DEFAULT_CARD_TEMPLATE_EN, "Sjabloon kaartje (Engels)"),
    ]
}


def get(session: Session, key: str) -> Any:
    spec = SPECS[key]
    row = session.get(Setting, key)
    if row is None:
        return spec.default
    return json.loads(row.value)


def get_all(session: Session) -> dict[str, Any]:
    values = {key: spec.default for key, spec in SPECS.items()}
    for row in session.scalars(select(Setting)):
        if row.key in SPECS:
            values[row.key] = json.loads(row.value)
    return values


def put(session: Session, key: str, value: Any) -> None:
    """Store a shared setting. Callers check the role and write the audit event."""
    if key not in SPECS:
        raise KeyError(f"unknown setting {key!r}")
    encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
    row = session.get(Setting, key)
    if row is None:
        session.add(Setting(key=key, value=encoded))
    else:
        row.value = encoded
