"""Write the Haarlem pilot data set (DOMAIN.md section 1) in the file formats of FORMATS.md.

    python tests/data/make_pilot.py OUTDIR [--seed N]

writes
- `signalen-pilot.csv`: a portal export (Dutch column names, `;`, BOM, Dutch amounts, both
  date forms) with 1021 households, some of them reported by two or three creditors with
  the address written differently, a few repeated rows (duplicates), a few households
  without a valid phone number and a few rows that name their wijk themselves;
- `wijken-pilot.csv`: an illustrative mapping of Haarlem's postcode areas (2011–2037) onto
  the pilot's own grouping, with a full postcode that overrides its area;
- `historie-pilot.csv`: the earlier callcenter's attempts, on different days, in every slot;
- `verwacht-pilot.json`: the figures `vroegbel report --format json` must give for them.

The interim table of the pilot is reproduced exactly: 1021 residents (cases), 338 reached,
99 accepted; Slachthuisbuurt / Amsterdamsebuurt 49 reached of 133 (the highest reach, 37%),
Europawijk / Molenwijk 31 accepted of 65 reached (the highest acceptance, 48%); the other
wijken make up the rest. The postcodes, names and numbers are made up; the mapping is
illustrative, not Haarlem's real one. Deterministic: the same seed gives the same bytes.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

#: (wijk, cases, reached, accepted): the pilot's interim table after two months.
PILOT_WIJKEN: tuple[tuple[str, int, int, int], ...] = (
    ("Slachthuisbuurt / Amsterdamsebuurt", 133, 49, 13),
    ("Europawijk / Molenwijk", 190, 65, 31),
    ("Oude Stad / Centrum", 150, 48, 12),
    ("Noord", 160, 50, 13),
    ("Parkwijk / Transvaalwijk", 140, 45, 11),
    ("Zuid-West", 130, 40, 10),
    ("Boerhaavewijk / Meerwijk", 118, 41, 9),
)
TOTAL_CASES, TOTAL_REACHED, TOTAL_ACCEPTED = 1021, 338, 99

#: Illustrative: Haarlem's 4-digit areas spread over the pilot's grouping.
AREAS: dict[str, tuple[str, ...]] = {
    "Oude Stad / Centrum": ("2011", "2012"),
    "Parkwijk / Transvaalwijk": ("2013", "2014"),
    "Zuid-West": ("2015", "2025", "2026"),
    "Noord": ("2021", "2022", "2023", "2024"),
    "Slachthuisbuurt / Amsterdamsebuurt": ("2031", "2032"),
    "Boerhaavewijk / Meerwijk": ("2033", "2034", "2037"),
    "Europawijk / Molenwijk": ("2035", "2036"),
}
#: A full postcode inside Europawijk's area that belongs to Boerhaavewijk (longest match).
OVERRIDE_POSTCODE, OVERRIDE_WIJK = "2035ZX", "Boerhaavewijk / Meerwijk"

AGENTS = ("Noor", "Sem", "Lotte", "Daan", "Fatima", "Yusuf", "Emma", "Bram")
STREETS = (
    "Amsterdamstraat",
    "Europaweg",
    "Boerhaavelaan",
    "Rijksstraatweg",
    "Leidsevaart",
    "Zijlweg",
    "Kleverparkweg",
    "Schoterweg",
    "Marsmanplein",
    "Prinsen Bolwerk",
    "Delftlaan",
    "Vondelweg",
    "Schipholweg",
    "Molenaarslaan",
    "Floraplein",
    "Kruisweg",
)
LAST_NAMES = (
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "El Amrani",
    "Yılmaz",
    "Öztürk",
    "Bouzid",
    "van Dijk",
    "Kaya",
    "Pinas",
    "Sedney",
)
CREDITORS = {
    "huur": ("Elan Wonen", "Ymere", "Pré Wonen"),
    "energie": ("Eneco", "Vattenfall", "Essent"),
    "drinkwater": ("PWN",),
    "zorgverzekering": ("Zilveren Kruis", "VGZ", "CZ"),
    "overig": ("Gemeentelijke belastingen",),
}
HELP_TYPES = ("payment_arrangement", "money_advice", "boom", "debt_counselling", "listening_ear")
NO_CONTACT = ("no_answer", "no_answer", "no_answer", "voicemail", "busy")
REACHED_OTHER = (
    "reached_no_help_needed",
    "reached_no_help_needed",
    "reached_help_declined",
    "already_in_debt_help",
    "callback_requested",
)
SLOTS = ("morning", "afternoon", "evening", "saturday")
#: Local times inside each slot's default window (DOMAIN.md section 4).
SLOT_TIMES = {
    "morning": ("09:05", "09:40", "10:15", "11:20", "12:10"),
    "afternoon": ("12:45", "13:30", "14:50", "15:40", "16:35"),
    "evening": ("17:10", "18:05", "18:45", "19:30", "20:20"),
    "saturday": ("10:10", "11:30", "12:40", "13:50", "15:30"),
}
SIGNAL_HEADER = [
    "kenmerk",
    "datum_melding",
    "schuldeiser",
    "soort",
    "achterstand",
    "bsn",
    "achternaam",
    "voorletters",
    "straat",
    "huisnummer",
    "toevoeging",
    "postcode",
    "woonplaats",
    "telefoon_1",
    "telefoon_2",
    "email",
    "wijk",
]
HISTORY_HEADER = ["signal_id", "attempt_at", "agent", "outcome", "help_types", "urgent", "notes"]
PERIOD_START = date(2022, 7, 1)


@dataclass
class Household:
    wijk: str
    postcode: str
    number: int
    suffix: str
    street: str
    phones: list[str]
    wijk_in_file: bool = False
    no_phone: bool = False
    refs: list[str] = field(default_factory=list)
    received: list[date] = field(default_factory=list)


def pct(numerator: int, denominator: int) -> float | None:
    """One decimal, half up; None for a zero denominator (FORMATS.md)."""
    if denominator == 0:
        return None
    return ((2000 * numerator + denominator) // (2 * denominator)) / 10


def slot_of(moment: datetime) -> str:
    """The slot of a local moment by the default windows (weekday and time only)."""
    if moment.weekday() >= 5:
        return "saturday"
    hhmm = moment.strftime("%H:%M")
    if hhmm < "12:30":
        return "morning"
    if hhmm < "17:00":
        return "afternoon"
    return "evening"


def valid_bsn(rng: random.Random) -> str:
    while True:
        digits = [rng.randrange(10) for _ in range(8)]
        total = sum(d * w for d, w in zip(digits, range(9, 1, -1), strict=True))
        last = total % 11
        if last < 10 and digits[0] != 0:
            return "".join(map(str, digits)) + str(last)


def dutch_amount(cents: int, rng: random.Random) -> str:
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", ".")
    text = f"{grouped},{rest:02d}"
    return f"€ {text}" if rng.random() < 0.5 else text


def mobile(rng: random.Random) -> str:
    digits = f"{rng.choice('1234568')}{rng.randrange(10**7):07d}"  # allocated 06 ranges
    style = rng.randrange(3)
    if style == 0:
        return f"06-{digits}"
    if style == 1:
        return f"+31 6 {digits}"
    return f"06{digits}"


class Pilot:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.households: list[Household] = []
        self.signal_rows: list[list[str]] = []
        self.history_rows: list[list[str]] = []
        self.by_slot = {s: [0, 0] for s in SLOTS}
        self.addresses: set[tuple[str, int, str]] = set()
        self.ref_counter = 0
        self.duplicates = 0
        self.needs_phone = 0
        self.multi_signal = 0

    # --- households and signals -------------------------------------------------------

    def _address(self, wijk: str) -> tuple[str, int, str]:
        """A new address in the wijk's areas (or the override postcode for its wijk)."""
        rng = self.rng
        while True:
            if wijk == OVERRIDE_WIJK and rng.random() < 0.15:
                postcode = OVERRIDE_POSTCODE
            else:
                area = rng.choice(AREAS[wijk])
                letters = rng.choice("ABCDEGHJKLMNPRTVWXZ") + rng.choice("ABCEGHJKLMNPRTVW")
                postcode = area + letters
                if postcode == OVERRIDE_POSTCODE:
                    continue
            number = rng.randrange(1, 320)
            suffix = rng.choice(["", "", "", "", "a", "b", "2", "rd"])
            if (postcode, number, suffix.upper()) not in self.addresses:
                self.addresses.add((postcode, number, suffix.upper()))
                return postcode, number, suffix

    def make_households(self) -> None:
        rng = self.rng
        for wijk, cases, _reached, _accepted in PILOT_WIJKEN:
            for _ in range(cases):
                # A few rows name their wijk themselves, which beats the mapping: those
                # households live in an area that the mapping gives to another wijk.
                wijk_in_file = rng.random() < 0.03
                elsewhere = [w for w in AREAS if w != wijk]
                postcode, number, suffix = self._address(
                    rng.choice(elsewhere) if wijk_in_file else wijk
                )
                phones = [mobile(rng)]
                if rng.random() < 0.25:
                    phones.append(f"023-{rng.randrange(5000000, 5999999)}")
                self.households.append(
                    Household(
                        wijk=wijk,
                        postcode=postcode,
                        number=number,
                        suffix=suffix,
                        street=rng.choice(STREETS),
                        phones=phones,
                        wijk_in_file=wijk_in_file,
                    )
                )

    def _ref(self) -> str:
        self.ref_counter += 1
        return f"HLM-2022-{self.ref_counter:05d}"

    def write_signals(self) -> None:
        rng = self.rng
        rows: list[list[str]] = []
        for household in self.households:
            count = rng.choices([1, 2, 3], weights=[80, 15, 5])[0]
            if count > 1:
                self.multi_signal += 1
            first = PERIOD_START + timedelta(days=rng.randrange(0, 28))
            last_name = rng.choice(LAST_NAMES)
            bsn = valid_bsn(rng) if rng.random() < 0.7 else ""
            kinds = rng.sample(list(CREDITORS), count)
            for index, kind in enumerate(kinds):
                received = first + timedelta(days=index * rng.randrange(0, 6))
                ref = self._ref()
                household.refs.append(ref)
                household.received.append(received)
                postcode = household.postcode
                suffix = household.suffix
                if index > 0:  # the same address as another creditor writes it
                    postcode = f"{postcode[:4]} {postcode[4:].lower()}"
                    suffix = f"-{suffix.upper()}" if suffix else ""
                phones = list(household.phones)
                if household.no_phone:
                    phones = ["0201", ""] if index == 0 else ["", ""]
                rows.append(
                    [
                        ref,
                        received.strftime("%d-%m-%Y" if rng.random() < 0.6 else "%Y-%m-%d"),
                        rng.choice(CREDITORS[kind]),
                        kind,
                        dutch_amount(rng.randrange(4000, 350000), rng),
                        bsn if index == 0 else "",
                        last_name,
                        rng.choice("ABCDEFGHJKLMNPRSTWY") + ".",
                        household.street,
                        str(household.number),
                        suffix,
                        postcode,
                        "Haarlem",
                        phones[0] if phones else "",
                        phones[1] if len(phones) > 1 else "",
                        "",
                        household.wijk if household.wijk_in_file else "",
                    ]
                )
        rng.shuffle(rows)
        for row in rng.sample(rows, 10):  # the portal exported a few rows twice
            rows.append(list(row))
            self.duplicates += 1
        self.signal_rows = rows

    # --- history ----------------------------------------------------------------------

    def _days(self, start: date, count: int) -> Iterator[date]:
        """`count` different calling days (no Sundays) from `start`, 1–3 days apart."""
        day = start
        for _ in range(count):
            day += timedelta(days=self.rng.randrange(1, 4))
            if day.weekday() == 6:
                day += timedelta(days=1)
            yield day

    def _moment(self, day: date, prefer_contact: bool) -> datetime:
        rng = self.rng
        if day.weekday() == 5:
            slot = "saturday"
        elif prefer_contact:
            slot = rng.choices(["morning", "afternoon", "evening"], weights=[2, 3, 6])[0]
        else:
            slot = rng.choices(["morning", "afternoon", "evening"], weights=[5, 4, 3])[0]
        hh, mm = map(int, rng.choice(SLOT_TIMES[slot]).split(":"))
        return datetime(day.year, day.month, day.day, hh, mm)

    def _attempt(self, household: Household, at: datetime, outcome: str, **extra: str) -> None:
        contact = outcome in {
            "callback_requested",
            "reached_no_help_needed",
            "reached_help_accepted",
            "reached_help_declined",
            "already_in_debt_help",
        }
        slot = slot_of(at)
        self.by_slot[slot][0] += 1
        self.by_slot[slot][1] += int(contact)
        self.history_rows.append(
            [
                self.rng.choice(household.refs),
                at.strftime("%Y-%m-%d %H:%M"),
                self.rng.choice(AGENTS),
                outcome,
                extra.get("help_types", ""),
                extra.get("urgent", ""),
                extra.get("notes", ""),
            ]
        )

    def write_history(self) -> None:
        rng = self.rng
        for wijk, _cases, reached, accepted in PILOT_WIJKEN:
            members = [h for h in self.households if h.wijk == wijk and not h.no_phone]
            rng.shuffle(members)
            assert len(members) >= reached
            for position, household in enumerate(members):
                start = max(household.received)
                if position < accepted:
                    self._reached(household, start, final="reached_help_accepted")
                elif position < reached:
                    self._reached(household, start, final=rng.choice(REACHED_OTHER))
                else:
                    self._not_reached(household, start)
        # the earlier system exported its calls grouped per agent, not in time order
        self.history_rows.sort(key=lambda r: (r[2], r[0], r[1]))

    def _reached(self, household: Household, start: date, final: str) -> None:
        rng = self.rng
        misses = rng.choices(range(6), weights=[30, 25, 18, 12, 9, 6])[0]
        callback_first = final != "callback_requested" and rng.random() < 0.2
        days = list(self._days(start, misses + 1 + int(callback_first)))
        for day in days[:misses]:
            self._attempt(household, self._moment(day, False), rng.choice(NO_CONTACT))
        if callback_first:
            self._attempt(
                household,
                self._moment(days[misses], True),
                "callback_requested",
                notes="Belt liever 's avonds",
            )
        extra: dict[str, str] = {}
        if final == "reached_help_accepted":
            extra["help_types"] = "|".join(rng.sample(HELP_TYPES, rng.randrange(1, 3)))
            extra["urgent"] = rng.choice(["yes", "no", "no", "ja", "nee", ""])
            extra["notes"] = "Wil graag een regeling"
        self._attempt(household, self._moment(days[-1], True), final, **extra)

    def _not_reached(self, household: Household, start: date) -> None:
        rng = self.rng
        if len(household.phones) == 1 and rng.random() < 0.04:
            day = next(self._days(start, 1))
            self._attempt(household, self._moment(day, False), "wrong_number")
            return
        count = rng.choices([1, 2, 3, 4, 5, 6, 7], weights=[6, 8, 10, 12, 12, 12, 40])[0]
        for day in self._days(start, count):
            self._attempt(household, self._moment(day, False), rng.choice(NO_CONTACT))

    # --- expected figures -------------------------------------------------------------

    def expected(self) -> dict[str, Any]:
        return {
            "period": {"from": None, "to": None},
            "total": {
                "cases": TOTAL_CASES,
                "reached": TOTAL_REACHED,
                "accepted": TOTAL_ACCEPTED,
                "reach_pct": pct(TOTAL_REACHED, TOTAL_CASES),
                "acceptance_pct": pct(TOTAL_ACCEPTED, TOTAL_REACHED),
            },
            "by_wijk": [
                {
                    "wijk": wijk,
                    "cases": cases,
                    "reached": reached,
                    "accepted": accepted,
                    "reach_pct": pct(reached, cases),
                    "acceptance_pct": pct(accepted, reached),
                }
                for wijk, cases, reached, accepted in PILOT_WIJKEN
            ],
            "by_slot": [
                {
                    "slot": slot,
                    "attempts": attempts,
                    "contacts": contacts,
                    "contact_rate_pct": pct(contacts, attempts),
                }
                for slot, (attempts, contacts) in self.by_slot.items()
            ],
            "file": {
                "signal_rows": len(self.signal_rows),
                "signals": len(self.signal_rows) - self.duplicates,
                "duplicates": self.duplicates,
                "households": len(self.households),
                "multi_signal_households": self.multi_signal,
                "needs_phone": self.needs_phone,
                "history_rows": len(self.history_rows),
            },
        }


def _mark_needs_phone(pilot: Pilot) -> None:
    """A few households (never reached, of course) have no valid phone number at all."""
    for wijk, cases, reached, _accepted in PILOT_WIJKEN:
        members = [h for h in pilot.households if h.wijk == wijk]
        for household in pilot.rng.sample(members, 1 if cases - reached > 60 else 0):
            household.no_phone = True
            pilot.needs_phone += 1


def build(seed: int = 2022) -> Pilot:
    pilot = Pilot(seed)
    pilot.make_households()
    _mark_needs_phone(pilot)
    pilot.write_signals()
    pilot.write_history()
    return pilot


def write(out: Path, seed: int = 2022) -> dict[str, Path]:
    pilot = build(seed)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "signals": out / "signalen-pilot.csv",
        "wijken": out / "wijken-pilot.csv",
        "history": out / "historie-pilot.csv",
        "expected": out / "verwacht-pilot.json",
    }
    with paths["signals"].open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(SIGNAL_HEADER)
        writer.writerows(pilot.signal_rows)
    with paths["wijken"].open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["postcode", "wijk"])
        for wijk, areas in AREAS.items():
            for area in areas:
                writer.writerow([area, wijk])
        writer.writerow([OVERRIDE_POSTCODE, OVERRIDE_WIJK])
    with paths["history"].open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(HISTORY_HEADER)
        writer.writerows(pilot.history_rows)
    paths["expected"].write_text(
        json.dumps(pilot.expected(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=2022)
    args = parser.parse_args()
    for name, path in write(args.out, args.seed).items():
        print(f"{name}: {path}")


if __name__ == "__main__":
    main()
