"""Display texts for the domain's codes, money, phone numbers and moments (translatable)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from app.clock import local
from app.models.enums import Channel, CreditorType, HelpType, Outcome, Slot

#: lupdate picks up translate("Context", "text") calls with literal arguments.
translate = QCoreApplication.translate

#: Numbers and money follow the app's language, not the workstation's locale; Dutch by default.
_locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def set_language(language: str) -> None:
    global _locale
    if language == "en":
        _locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    else:
        _locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


def outcome_label(outcome: Outcome | str) -> str:
    labels = {
        Outcome.NO_ANSWER: translate("Outcome", "Geen gehoor"),
        Outcome.VOICEMAIL: translate("Outcome", "Voicemail"),
        Outcome.BUSY: translate("Outcome", "In gesprek"),
        Outcome.WRONG_NUMBER: translate("Outcome", "Onjuist nummer"),
        Outcome.CALLBACK_REQUESTED: translate("Outcome", "Terugbelafspraak"),
        Outcome.REACHED_NO_HELP_NEEDED: translate("Outcome", "Bereikt, geen hulpvraag"),
        Outcome.REACHED_HELP_ACCEPTED: translate("Outcome", "Bereikt, hulpaanbod geaccepteerd"),
        Outcome.REACHED_HELP_DECLINED: translate("Outcome", "Bereikt, hulp afgewezen"),
        Outcome.ALREADY_IN_DEBT_HELP: translate("Outcome", "Al in schuldhulptraject"),
        Outcome.SENT: translate("Outcome", "Verstuurd"),
        Outcome.CARD_LEFT: translate("Outcome", "Kaartje achtergelaten"),
        Outcome.MOVED_AWAY: translate("Outcome", "Verhuisd"),
    }
    try:
        return labels[Outcome(outcome)]
    except ValueError:
        return str(outcome)


def channel_label(channel: Channel | str) -> str:
    labels = {
        Channel.PHONE: translate("Channel", "Telefoon (uitgaand)"),
        Channel.PHONE_IN: translate("Channel", "Telefoon (inwoner belt)"),
        Channel.LETTER: translate("Channel", "Brief"),
        Channel.CARD: translate("Channel", "Kaartje"),
        Channel.HOME_VISIT: translate("Channel", "Huisbezoek"),
        Channel.SMS: translate("Channel", "SMS/WhatsApp"),
        Channel.EMAIL: translate("Channel", "E-mail"),
    }
    try:
        return labels[Channel(channel)]
    except ValueError:
        return str(channel)


def help_type_label(help_type: HelpType | str) -> str:
    labels = {
        HelpType.PAYMENT_ARRANGEMENT: translate("HelpType", "Betalingsregeling"),
        HelpType.MONEY_ADVICE: translate("HelpType", "Advies over geldzaken (telefonisch)"),
        HelpType.BOOM: translate("HelpType", "Budgetondersteuning op Maat (BooM)"),
        HelpType.DEBT_COUNSELLING: translate("HelpType", "Schuldhulpverlening"),
        HelpType.LISTENING_EAR: translate("HelpType", "Luisterend oor"),
        HelpType.OTHER: translate("HelpType", "Anders"),
    }
    try:
        return labels[HelpType(help_type)]
    except ValueError:
        return str(help_type)


def creditor_label(kind: CreditorType | str) -> str:
    labels = {
        CreditorType.RENT: translate("Creditor", "Huur"),
        CreditorType.ENERGY: translate("Creditor", "Energie"),
        CreditorType.WATER: translate("Creditor", "Drinkwater"),
        CreditorType.HEALTH_INSURANCE: translate("Creditor", "Zorgverzekering"),
        CreditorType.OTHER: translate("Creditor", "Overig"),
    }
    try:
        return labels[CreditorType(kind)]
    except ValueError:
        return str(kind)


def slot_label(slot: Slot | str | None) -> str:
    if slot is None:
        return ""
    labels = {
        Slot.MORNING: translate("Slot", "ochtend"),
        Slot.AFTERNOON: translate("Slot", "middag"),
        Slot.EVENING: translate("Slot", "avond"),
        Slot.SATURDAY: translate("Slot", "zaterdag"),
    }
    try:
        return labels[Slot(slot)]
    except ValueError:
        return str(slot)


def money(cents: int) -> str:
    """'€ 1.234,56' in Dutch, '€1,234.56' in English (the default QLocale)."""
    amount = _locale.toString(cents / 100, "f", 2)
    if _locale.language() == QLocale.Language.Dutch:
        return f"€ {amount}"
    return f"€{amount}"


def phone(number_e164: str) -> str:
    """A number as a Dutch agent reads it: '06 12345678', '023 5112345', or international."""
    import phonenumbers

    try:
        parsed = phonenumbers.parse(number_e164, "NL")
    except phonenumbers.NumberParseException:
        return number_e164
    if parsed.country_code == 31:
        return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def weekday_short(index: int) -> str:
    names = [
        translate("Weekday", "ma"),
        translate("Weekday", "di"),
        translate("Weekday", "wo"),
        translate("Weekday", "do"),
        translate("Weekday", "vr"),
        translate("Weekday", "za"),
        translate("Weekday", "zo"),
    ]
    return names[index]


def moment(instant: datetime | None) -> str:
    """'di 24-11-2026 10:30' in Amsterdam time."""
    if instant is None:
        return ""
    when = local(instant)
    return f"{weekday_short(when.weekday())} {when:%d-%m-%Y %H:%M}"


def relative_moment(instant: datetime, now: datetime) -> str:
    """'vandaag om 17:00', 'morgen om 09:00' or 'za 28-11 om 10:00'."""
    when = local(instant)
    days = (when.date() - local(now).date()).days
    clock = when.strftime("%H:%M")
    if days == 0:
        return translate("Moment", "vandaag om {0}").format(clock)
    if days == 1:
        return translate("Moment", "morgen om {0}").format(clock)
    return translate("Moment", "{0} {1} om {2}").format(
        weekday_short(when.weekday()), when.strftime("%d-%m"), clock
    )
