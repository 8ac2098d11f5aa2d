"""One realistic month of work whose figures are counted by hand in the tests.

Cases received in September 2026 (the period the tests report on) and two outside it; calls in
October 2026, every outcome, every close reason, handoffs with each help_offered combination,
cases with and without BSN, open cases, one case purged by retention. Local times:
10:00 morning, 12:15 morning (DDAS: Middag), 14:00 afternoon, 17:30 evening (DDAS: Middag),
19:00 evening, Saturday 11:00 saturday.
"""

from __future__ import annotations

from datetime import date

from reporting_world import BSNS, World, local

from app.models.enums import CloseReason, HelpType, Outcome
from app.services.context import AppContext

H = HelpType
Oc = Outcome

SEPTEMBER = (date(2026, 9, 1), date(2026, 9, 30))


def build_scenario(ctx: AppContext) -> dict[str, int]:
    """Returns the case ids by label (E1…E7 Europawijk, O1…O8 Oude Stad, U1, X1, X2)."""
    ids: dict[str, int] = {}
    with ctx.db.begin() as session:
        w = World(session, ctx)
        w.agent("anna", "Anna Beller")
        w.agent("bram", "Bram Beller")

        def d(day: int) -> date:
            return date(2026, 9, day)

        # --- Europawijk -------------------------------------------------------------
        e1 = w.case("Europawijk", d(1), creditor_types=("rent", "energy"), bsn=BSNS[0])
        w.call(e1, Oc.NO_ANSWER, local(2026, 10, 5, 10))
        w.call(
            e1,
            Oc.REACHED_HELP_ACCEPTED,
            local(2026, 10, 6, 19),
            agent="bram",
            help_types=[H.PAYMENT_ARRANGEMENT],
        )
        w.coach(
            e1,
            first_contact_at=local(2026, 10, 8, 11),
            offered=[H.PAYMENT_ARRANGEMENT],
            close=True,
        )

        e2 = w.case(
            "Europawijk",
            d(2),
            creditor_types=("energy", "water", "health_insurance"),
            arrears=(45_050, 9_949, 100),
            suffix="A",
        )
        w.call(
            e2, Oc.CALLBACK_REQUESTED, local(2026, 10, 3, 11), callback_at=local(2026, 10, 5, 19)
        )
        w.call(
            e2, Oc.REACHED_HELP_ACCEPTED, local(2026, 10, 5, 19), help_types=[H.BOOM], urgent=True
        )
        w.coach(e2, first_contact_at=local(2026, 10, 5, 20), offered=[H.BOOM, H.MONEY_ADVICE])

        e3 = w.case("Europawijk", d(10))
        w.call(e3, Oc.REACHED_HELP_ACCEPTED, local(2026, 10, 7, 14), help_types=[H.LISTENING_EAR])
        w.coach(
            e3,
            first_contact_at=local(2026, 10, 12, 10),
            offered=[H.LISTENING_EAR, H.OTHER],
            close=True,
        )

        e4 = w.case("Europawijk", d(15), bsn=BSNS[1])
        w.call(e4, Oc.BUSY, local(2026, 10, 8, 12, 15))
        w.call(
            e4,
            Oc.REACHED_HELP_ACCEPTED,
            local(2026, 10, 9, 17, 30),
            help_types=[H.MONEY_ADVICE, H.LISTENING_EAR],
        )
        w.coach(
            e4,
            first_contact_at=local(2026, 10, 19, 9),
            offered=[H.MONEY_ADVICE, H.LISTENING_EAR],
            close=True,
        )

        e5 = w.case("Europawijk", d(20), creditor_types=("other",))
        w.call(
            e5, Oc.REACHED_HELP_ACCEPTED, local(2026, 10, 10, 11), help_types=[H.DEBT_COUNSELLING]
        )
        # The coach has not reached the resident yet.

        e6 = w.case("Europawijk", d(21), creditor_types=("water",))
        for when, outcome in [
            (local(2026, 10, 12, 10), Oc.NO_ANSWER),
            (local(2026, 10, 13, 14), Oc.VOICEMAIL),
            (local(2026, 10, 14, 19), Oc.BUSY),
            (local(2026, 10, 15, 10), Oc.NO_ANSWER),
            (local(2026, 10, 16, 19), Oc.NO_ANSWER),
            (local(2026, 10, 17, 11), Oc.VOICEMAIL),
            (local(2026, 10, 19, 14), Oc.NO_ANSWER),
        ]:
            w.call(e6, outcome, when, agent=None, history_name="Belbureau Oud")

        e7 = w.case("Europawijk", d(30), bsn=BSNS[2])

        # --- Oude Stad ----------------------------------------------------------------
        o1 = w.case("Oude Stad", d(3), bsn=BSNS[3])
        w.call(o1, Oc.REACHED_NO_HELP_NEEDED, local(2026, 10, 5, 14), agent="bram")
        o2 = w.case("Oude Stad", d(4))
        w.call(o2, Oc.BUSY, local(2026, 10, 6, 10), agent="bram")
        w.call(o2, Oc.REACHED_HELP_DECLINED, local(2026, 10, 7, 19), agent="bram")
        o3 = w.case("Oude Stad", d(5), creditor_types=("health_insurance",))
        w.call(o3, Oc.ALREADY_IN_DEBT_HELP, local(2026, 10, 10, 11), agent="bram")
        o4 = w.case("Oude Stad", d(6))
        w.call(o4, Oc.WRONG_NUMBER, local(2026, 10, 6, 14), agent="bram")
        o5 = w.case("Oude Stad", d(7))
        w.call(o5, Oc.VOICEMAIL, local(2026, 10, 8, 19), agent="bram")
        o6 = w.case("Oude Stad", d(8))
        w.close(o6, CloseReason.WITHDRAWN, local(2026, 10, 2, 9))
        o7 = w.case("Oude Stad", d(9))
        w.call(o7, Oc.CALLBACK_REQUESTED, local(2026, 10, 9, 10), agent="bram")
        o8 = w.case("Oude Stad", d(11), bsn=BSNS[4])
        w.call(o8, Oc.REACHED_NO_HELP_NEEDED, local(2026, 10, 9, 14), agent="bram")
        w.purge(o8, local(2026, 11, 20, 3))

        u1 = w.case("Onbekend", d(12))

        # --- outside September ----------------------------------------------------------
        x1 = w.case("Zijlwegkwartier", date(2026, 8, 31))
        w.call(x1, Oc.REACHED_HELP_ACCEPTED, local(2026, 10, 5, 10), help_types=[H.OTHER])
        x2 = w.case("Europawijk", date(2026, 10, 1))
        w.call(x2, Oc.NO_ANSWER, local(2026, 10, 12, 10))

        for label, case in {
            "E1": e1,
            "E2": e2,
            "E3": e3,
            "E4": e4,
            "E5": e5,
            "E6": e6,
            "E7": e7,
            "O1": o1,
            "O2": o2,
            "O3": o3,
            "O4": o4,
            "O5": o5,
            "O6": o6,
            "O7": o7,
            "O8": o8,
            "U1": u1,
            "X1": x1,
            "X2": x2,
        }.items():
            ids[label] = case.id
    return ids
