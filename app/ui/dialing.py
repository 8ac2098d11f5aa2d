"""The workstation's dial action (issue 15): a URI template, or off.

The template is a workstation preference (QSettings `call/dial_uri`) because the telephony
differs per desk: `tel:{e164}` hands the number to the system's phone handler (a softphone,
Teams, a paired mobile), `sip:{e164}@pbx.example` or `callto:{e164}` address a SIP client,
and an empty template means the agent dials on a separate phone. In every case pressing
Bellen (or Ctrl+D) marks the start of the call for the handling time.

Pure functions: no Qt, so the rules are tested without a display.
"""

from __future__ import annotations

import re

DEFAULT_TEMPLATE = "tel:{e164}"

#: The placeholders a template may use: the number in E.164 (`+31612345678`) and the same
#: without the plus (`31612345678`, some PBXs want that).
PLACEHOLDERS = ("e164", "digits")

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
_FIELD = re.compile(r"{([^{}]*)}")


class DialTemplateError(ValueError):
    """The template cannot make a dialable address; the message is one Dutch sentence."""


def check_template(template: str) -> str:
    """The template stripped, or DialTemplateError with one sentence; '' means off."""
    value = template.strip()
    if not value:
        return ""
    if not _SCHEME.match(value):
        raise DialTemplateError(
            "Het kiessjabloon moet met een schema beginnen, zoals tel:, sip: of callto:."
        )
    fields = _FIELD.findall(value)
    unknown = [f for f in fields if f not in PLACEHOLDERS]
    if unknown:
        raise DialTemplateError(
            f"Het kiessjabloon kent {{{unknown[0]}}} niet; gebruik {{e164}} of {{digits}}."
        )
    if not fields and value.endswith(":"):
        # 'callto:' alone: the number goes right after the scheme.
        return value + "{e164}"
    if not fields:
        raise DialTemplateError("Het kiessjabloon moet {e164} of {digits} bevatten.")
    return value


def dial_uri(template: str, e164: str) -> str | None:
    """The address to open for `e164`, or None when dialling is off."""
    checked = check_template(template)
    if not checked:
        return None
    number = re.sub(r"[^+0-9]", "", e164)
    return checked.replace("{e164}", number).replace("{digits}", number.lstrip("+"))
