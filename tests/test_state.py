"""Case state from a hand-built Chhoeun v. Marin history (facts written by hand: the parser is not used)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from monitor.state import (
    CaseState,
    Hearing,
    HearingMove,
    StateEntry,
    build_state,
    next_hearing,
    relief_subject,
    reliefs_in_force,
)
from parsers.docket_text import EntryFacts, HearingAction

D = dt.date
T = dt.time
PI_ABOUT = "motion for preliminary injunction"


def entry(
    number: int | None,
    day: dt.date,
    text: str,
    *,
    key: str | None = None,
    **facts: object,
) -> StateEntry:
    return StateEntry(
        key=key or f"n{number}",
        entry_number=number,
        date_filed=day,
        text=text,
        facts=EntryFacts(**facts),  # type: ignore[arg-type]
    )


def stub_of(full: StateEntry, short: str = "Order on Motion") -> StateEntry:
    """What the PACER RSS feed gives first: the same key, a short description, no disposition."""
    return replace(
        full, text=short, facts=EntryFacts(order_type=full.facts.order_type, from_short_description=True)
    )


def chhoeun_entries(*, move_states_old_date: bool = True) -> list[StateEntry]:
    moved = HearingAction(
        "moved",
        date=D(2019, 2, 4),
        time=T(10, 0),
        previous_date=D(2019, 1, 28) if move_states_old_date else None,
        about=PI_ABOUT,
    )
    return [
        entry(1, D(2017, 10, 27), "PETITION for Writ of Habeas Corpus and CLASS ACTION COMPLAINT"),
        entry(12, D(2017, 12, 1), "MOTION for Preliminary Injunction filed by Petitioners"),
        entry(
            30,
            D(2018, 1, 10),
            "ORDER GRANTING PETITIONERS' MOTION FOR PRELIMINARY INJUNCTION [12] as to the named petitioners",
            order_type="preliminary_injunction",
            disposition="granted",
            refs=(12,),
        ),
        entry(
            185, D(2018, 12, 27), "EX PARTE APPLICATION for Temporary Restraining Order filed by Petitioners"
        ),
        entry(
            190,
            D(2019, 1, 3),
            "ORDER GRANTING PETITIONERS' EX PARTE APPLICATION FOR A TEMPORARY RESTRAINING ORDER [185] AND "
            "ORDER TO SHOW CAUSE RE PRELIMINARY INJUNCTION. Respondents shall provide 14 days' written notice "
            "before re-detaining any class member. Hearing on the OSC set for 1/28/2019 at 1:30 PM.",
            order_type="temporary_restraining_order",
            disposition="granted",
            refs=(185,),
            hearings=(HearingAction("set", date=D(2019, 1, 28), time=T(13, 30), about=PI_ABOUT),),
        ),
        entry(196, D(2019, 1, 14), "MOTION for Preliminary Injunction filed by Petitioners"),
        entry(
            200,
            D(2019, 1, 22),
            "ORDER EXTENDING TEMPORARY RESTRAINING ORDER [190] through the hearing on the preliminary injunction",
            order_type="temporary_restraining_order",
            disposition="extended",
            refs=(190,),
        ),
        entry(
            203,
            D(2019, 1, 24),
            "MINUTE ORDER (IN CHAMBERS): the hearing on the motion for preliminary injunction is continued "
            "to February 4, 2019 at 10:00 a.m.",
            order_type="scheduling_order",
            hearings=(moved,),
        ),
        entry(
            205,
            D(2019, 1, 25),
            "SCHEDULING NOTICE: Status Conference set for 3/11/2019 at 09:00 AM",
            hearings=(HearingAction("set", date=D(2019, 3, 11), time=T(9, 0), about="status conference"),),
        ),
        entry(
            209,
            D(2019, 2, 4),
            "MINUTES OF hearing on motion for preliminary injunction held; the matter is taken under submission",
            hearings=(HearingAction("held", about="preliminary injunction"),),
        ),
        entry(
            210,
            D(2019, 2, 6),
            "ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION [196]; the TRO [190] is superseded",
            order_type="preliminary_injunction",
            disposition="granted",
            refs=(196, 190),
        ),
        entry(
            212,
            D(2019, 3, 1),
            "MINUTE ORDER: the Status Conference set for March 11, 2019 is VACATED; matter taken under submission",
            order_type="scheduling_order",
            hearings=(HearingAction("vacated", date=D(2019, 3, 11), about="status conference"),),
        ),
    ]


@pytest.fixture
def state() -> CaseState:
    return build_state(chhoeun_entries())


def test_relief_lines(state: CaseState) -> None:
    assert [line.id for line in state.reliefs] == ["n30", "n190"]
    pi_2018, class_line = state.reliefs
    assert pi_2018.posture == "preliminary_injunction"
    assert pi_2018.started_by == 30
    assert [(c.from_posture, c.to_posture, c.entry_key) for c in pi_2018.history] == [
        (None, "preliminary_injunction", "n30")
    ]
    assert class_line.posture == "preliminary_injunction"
    assert class_line.started_by == 190
    assert [(c.from_posture, c.to_posture, c.entry_number, c.disposition) for c in class_line.history] == [
        (None, "temporary_restraining_order", 190, "granted"),
        ("temporary_restraining_order", "temporary_restraining_order", 200, "extended"),
        ("temporary_restraining_order", "preliminary_injunction", 210, "granted"),
    ]
    assert class_line.subject == "petitioners' ex parte application for a temporary restraining order"
    assert reliefs_in_force(state) == state.reliefs


def test_orders(state: CaseState) -> None:
    assert [(o.entry_key, o.order_type, o.disposition, o.date) for o in state.orders] == [
        ("n30", "preliminary_injunction", "granted", D(2018, 1, 10)),
        ("n190", "temporary_restraining_order", "granted", D(2019, 1, 3)),
        ("n200", "temporary_restraining_order", "extended", D(2019, 1, 22)),
        ("n203", "scheduling_order", None, D(2019, 1, 24)),
        ("n210", "preliminary_injunction", "granted", D(2019, 2, 6)),
        ("n212", "scheduling_order", None, D(2019, 3, 1)),
    ]


@pytest.mark.parametrize("old_date", [True, False])
def test_hearings(old_date: bool) -> None:
    state = build_state(chhoeun_entries(move_states_old_date=old_date))
    assert [(h.id, h.about, h.date, h.time, h.status) for h in state.hearings] == [
        ("n190", PI_ABOUT, D(2019, 2, 4), T(10, 0), "held"),
        ("n205", "status conference", D(2019, 3, 11), T(9, 0), "vacated"),
    ]
    assert state.hearings[0].history == (HearingMove(D(2019, 1, 28), D(2019, 2, 4), "n203", 203),)
    assert [(c.action, c.entry_key, c.date) for c in state.hearings[0].changes] == [
        ("set", "n190", D(2019, 1, 28)),
        ("moved", "n203", D(2019, 2, 4)),
        ("held", "n209", D(2019, 2, 4)),
    ]


def test_next_hearing() -> None:
    entries = chhoeun_entries()
    before_hearing = build_state([e for e in entries if e.entry_number is not None and e.entry_number <= 205])
    nxt = next_hearing(before_hearing, D(2019, 1, 25))
    assert nxt is not None and (nxt.id, nxt.date, nxt.time) == ("n190", D(2019, 2, 4), T(10, 0))
    assert next_hearing(before_hearing, D(2019, 2, 5)) is not None
    assert next_hearing(before_hearing, D(2019, 2, 5)).id == "n205"  # type: ignore[union-attr]
    assert next_hearing(build_state(entries), D(2019, 1, 1)) is None  # held and vacated are not "next"


def test_pi_without_refs_continues_the_only_tro_in_force() -> None:
    entries = [e for e in chhoeun_entries() if e.key != "n210"]
    entries.append(
        entry(
            210,
            D(2019, 2, 6),
            "ORDER GRANTING PI",
            order_type="preliminary_injunction",
            disposition="granted",
        )
    )
    lines = build_state(entries).reliefs
    assert [(line.id, line.posture) for line in lines] == [
        ("n30", "preliminary_injunction"),
        ("n190", "preliminary_injunction"),
    ]


def test_pi_on_a_new_subject_starts_a_new_line_when_two_tros_are_in_force() -> None:
    entries = [e for e in chhoeun_entries() if e.key != "n210"]
    entries += [
        entry(
            206,
            D(2019, 1, 28),
            "ORDER GRANTING TRO re transfers [204]",
            order_type="temporary_restraining_order",
            disposition="granted",
            refs=(204,),
        ),
        entry(
            210,
            D(2019, 2, 6),
            "ORDER GRANTING PI [207]",
            order_type="preliminary_injunction",
            disposition="granted",
            refs=(207,),
        ),
    ]
    lines = build_state(entries).reliefs
    assert [(line.id, line.posture) for line in lines] == [
        ("n30", "preliminary_injunction"),
        ("n190", "temporary_restraining_order"),
        ("n206", "temporary_restraining_order"),
        ("n210", "preliminary_injunction"),
    ]
    # citing the TRO's motion picks the line
    entries[-1] = replace(entries[-1], facts=replace(entries[-1].facts, refs=(204,)))
    lines = build_state(entries).reliefs
    assert [(line.id, line.posture) for line in lines][1:] == [
        ("n190", "temporary_restraining_order"),
        ("n206", "preliminary_injunction"),
    ]


def test_pi_denied_ends_the_tro_line_and_denial_without_relief_changes_nothing() -> None:
    entries = [e for e in chhoeun_entries() if e.key != "n210"]
    entries.append(
        entry(
            210,
            D(2019, 2, 6),
            "ORDER DENYING MOTION FOR PI [196] [190]",
            order_type="preliminary_injunction",
            disposition="denied",
            refs=(196, 190),
        )
    )
    entries.append(
        entry(
            220,
            D(2019, 3, 6),
            "ORDER DENYING TRO [218]",
            order_type="temporary_restraining_order",
            disposition="denied",
            refs=(218,),
        )
    )
    state = build_state(entries)
    assert [(line.id, line.posture) for line in state.reliefs] == [
        ("n30", "preliminary_injunction"),
        ("n190", None),
    ]
    assert state.reliefs[1].history[-1].to_posture is None
    assert [line.id for line in reliefs_in_force(state)] == ["n30"]
    assert state.orders[-1].entry_key == "n220"


def test_dissolved_and_new_subject_tro() -> None:
    entries = chhoeun_entries() + [
        entry(
            230,
            D(2019, 4, 1),
            "ORDER DISSOLVING PRELIMINARY INJUNCTION [30]",
            order_type="preliminary_injunction",
            disposition="dissolved",
            refs=(30,),
        ),
        entry(
            231,
            D(2019, 4, 2),
            "ORDER GRANTING TRO re conditions of confinement [229]",
            order_type="temporary_restraining_order",
            disposition="granted",
            refs=(229,),
        ),
    ]
    state = build_state(entries)
    assert [(line.id, line.posture) for line in state.reliefs] == [
        ("n30", None),
        ("n190", "preliminary_injunction"),
        ("n231", "temporary_restraining_order"),
    ]


def test_stub_contributes_nothing_until_its_text_arrives() -> None:
    entries = chhoeun_entries()
    stubbed = [stub_of(e) if e.key == "n190" else e for e in entries]
    state = build_state(stubbed)
    assert "n190" not in [o.entry_key for o in state.orders]
    assert [line.id for line in state.reliefs] == ["n30", "n210"]  # the PI alone: a new line
    assert build_state(stubbed + entries) == build_state(entries)
    assert build_state(entries + stubbed) == build_state(entries)


def test_hearing_rules() -> None:
    base = [
        entry(
            1,
            D(2020, 1, 2),
            "notice",
            hearings=(
                HearingAction("set", D(2020, 2, 3), T(9, 0), about="status conference"),
                HearingAction("set", D(2020, 2, 10), about="motion to dismiss"),
            ),
        ),
        entry(
            2,
            D(2020, 1, 3),
            "notice again",
            hearings=(HearingAction("set", D(2020, 2, 3), T(9, 0), about="status conference"),),
        ),
        entry(
            3,
            D(2020, 1, 20),
            "minute order: hearing continued to 2/17/2020",
            hearings=(HearingAction("moved", D(2020, 2, 17)),),
        ),  # no about, no old date: the next upcoming
        entry(
            4,
            D(2020, 1, 21),
            "hearing re motion to dismiss vacated",
            hearings=(HearingAction("vacated", about="motion to dismiss"),),
        ),
        entry(
            5,
            D(2020, 3, 1),
            "minutes: sentencing held",
            hearings=(HearingAction("held", about="sentencing"),),
        ),  # nothing matches: created, dated as filed
        entry(
            6,
            D(2020, 3, 2),
            "trial vacated",
            hearings=(HearingAction("vacated", D(2020, 5, 1), about="trial"),),
        ),
    ]
    state = build_state(base)
    assert [(h.id, h.about, h.date, h.time, h.status, len(h.changes)) for h in state.hearings] == [
        ("n1", "status conference", D(2020, 2, 17), T(9, 0), "scheduled", 2),
        ("n1:1", "motion to dismiss", D(2020, 2, 10), None, "vacated", 2),
        ("n5", "sentencing", D(2020, 3, 1), None, "held", 1),
        ("n6", "trial", D(2020, 5, 1), None, "vacated", 1),
    ]
    assert state.hearings[0].history == (HearingMove(D(2020, 2, 3), D(2020, 2, 17), "n3", 3),)
    # a second notice of the same move changes nothing
    again = base + [
        entry(
            7,
            D(2020, 1, 22),
            "notice: status conference continued from 2/3 to 2/17",
            hearings=(
                HearingAction(
                    "moved", D(2020, 2, 17), previous_date=D(2020, 2, 3), about="status conference"
                ),
            ),
        )
    ]
    assert build_state(again) == state


def test_moved_with_unknown_hearing_creates_one() -> None:
    state = build_state(
        [
            entry(
                9,
                D(2021, 5, 1),
                "hearing on motion to compel continued from 5/3 to 5/10",
                hearings=(
                    HearingAction(
                        "moved", D(2021, 5, 10), previous_date=D(2021, 5, 3), about="motion to compel"
                    ),
                ),
            ),
        ]
    )
    assert state.hearings == (
        Hearing(
            id="n9",
            about="motion to compel",
            date=D(2021, 5, 10),
            time=None,
            status="scheduled",
            history=(HearingMove(D(2021, 5, 3), D(2021, 5, 10), "n9", 9),),
            changes=state.hearings[0].changes,
            related=frozenset({9}),
        ),
    )
    assert [c.action for c in state.hearings[0].changes] == ["moved"]


def test_relief_subject() -> None:
    assert relief_subject("ORDER GRANTING MOTION FOR PRELIMINARY INJUNCTION [196]") == (
        "motion for preliminary injunction"
    )
    assert (
        relief_subject("Order re: re-detention of class members (Dkt. 12)") == "re-detention of class members"
    )
    assert relief_subject("TRO") == "TRO"


def test_moved_matches_by_shared_words_then_next_upcoming() -> None:
    entries = [
        entry(
            190,
            D(2019, 1, 3),
            "TRO; OSC hearing set 1/28",
            hearings=(HearingAction("set", D(2019, 1, 28), about=PI_ABOUT),),
        ),
        entry(
            191,
            D(2019, 1, 4),
            "status conference set 1/25",
            hearings=(HearingAction("set", D(2019, 1, 25), about="status conference"),),
        ),
        entry(
            203,
            D(2019, 1, 10),
            "MINUTE ORDER: hearing on the OSC re preliminary injunction continued to 2/4/2019",
            hearings=(
                HearingAction("moved", D(2019, 2, 4), about="order to show cause re preliminary injunction"),
            ),
        ),
    ]
    # the status conference is the next upcoming, but the PI hearing is picked by its words
    state = build_state(entries)
    assert [(h.id, h.date) for h in state.hearings] == [("n190", D(2019, 2, 4)), ("n191", D(2019, 1, 25))]
    # words that match nothing: the next upcoming hearing as of the entry's date moves
    other = entry(
        207, D(2019, 1, 11), "hearing continued", hearings=(HearingAction("moved", D(2019, 2, 20)),)
    )
    state = build_state([*entries, other])
    assert [(h.id, h.date) for h in state.hearings] == [("n190", D(2019, 2, 4)), ("n191", D(2019, 2, 20))]
