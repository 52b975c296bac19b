"""Valid initiative files, generated: one generator for the property tests and the benchmark.

``build_initiative(d)`` writes a valid initiative (every section of the format, parties of
every kind, references that resolve, deviations only of waivable rules, an optional application
section) from the choices ``d`` makes. Two sources of choices implement the ``Draw`` protocol:
``RandomDraw`` (a seeded ``random.Random``: the benchmark's corpus) and the Hypothesis adapter in
tests/test_properties.py (so that a failing case shrinks). Values cluster around the catalog's
thresholds (15,000 inhabitants, 20 youths, 60 minutes, ages 12 and 25) where rules flip.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from typing import Any, Protocol, TypeVar, get_args

from readiness.format.model import Party, PartyKind, Phase, key_named

T = TypeVar("T")

# The format's own choices, so that the generator follows the model when it changes.
KINDS: tuple[str, ...] = get_args(PartyKind)
PHASES: tuple[str, ...] = get_args(Phase)
_STANCE = key_named(Party, "stance")
assert _STANCE is not None
STANCES: tuple[str, ...] = get_args(_STANCE.annotation)
LEADERSHIP = ("none", "informed", "endorsed", "committed")
AGREEMENT = ("none", "intent", "draft", "signed")
WORDS = (
    "Tønsberg",
    "Færder",
    "BUP",
    "barnevernet",
    "PPT",
    "NAV",
    "ungdom",
    "samarbeid",
    "oppfølging",
    "skole",
    "kommune",
    "helseforetak",
    "Åsgårdstrand",
    "ÆØÅ",
    "tiltak",
    "team",
)
SLUGS = ("tonsberg", "faerder", "siv-bup", "mhu", "bv", "vgs", "horten", "dps-1", "x", "a-b")
# A waivable rule set; deviations naming these are valid in every catalog version that has them.
WAIVABLE_DEFAULT = ("GEN-02", "GEN-03", "IDE-02", "IDE-03", "IDE-04", "IDE-06", "IDE-08")


class Draw(Protocol):
    def integer(self, lo: int, hi: int) -> int: ...
    def choice(self, options: Sequence[T]) -> T: ...
    def boolean(self) -> bool: ...


class RandomDraw:
    """Choices from a seeded ``random.Random``."""

    def __init__(self, seed: int | None = None, rng: random.Random | None = None):
        self.rng = rng or random.Random(seed)

    def integer(self, lo: int, hi: int) -> int:
        return self.rng.randint(lo, hi)

    def choice(self, options: Sequence[T]) -> T:
        return options[self.rng.randrange(len(options))]

    def boolean(self) -> bool:
        return self.rng.random() < 0.5


def _often(d: Draw, fill: int) -> bool:
    """True with probability ``fill``/10: how complete this initiative is."""
    return d.integer(0, 9) < fill


def _best(d: Draw, fill: int, best: T, options: Sequence[T]) -> T:
    """``best`` (the value that meets the rules) mostly, in a complete initiative."""
    if fill == 10 and d.integer(0, 9) > 0:
        return best
    return d.choice(options)


def _text(d: Draw, fill: int = 0) -> str:
    if fill < 10 and d.integer(0, 9) == 0:
        return d.choice(("   ", "", "\t"))  # blank: counts as absent
    return " ".join(d.choice(WORDS) for _ in range(d.integer(1, 6)))


def _date(d: Draw) -> dt.date:
    return dt.date(2025, 1, 1) + dt.timedelta(days=d.integer(0, 900))


def _number(d: Draw, near: Sequence[int], hi: int) -> int:
    if d.boolean():
        return max(0, d.choice(near) + d.integer(-1, 1))
    return d.integer(0, hi)


def _subset(d: Draw, items: Sequence[str]) -> list[str]:
    return [x for x in items if d.boolean()]


def build_initiative(d: Draw, waivable: Sequence[str] = WAIVABLE_DEFAULT) -> dict[str, Any]:
    """A valid initiative file (plain data: dump it as YAML or JSON)."""
    fill = d.choice((2, 5, 8, 10, 10))  # 10: every optional part present (often ready)
    data: dict[str, Any] = {"schema_version": 1}
    info: dict[str, Any] = {
        "name": "FACT Ung " + _text(d).strip() or "FACT Ung",
        "phase": d.choice(PHASES),
    }
    if _often(d, fill):
        info["updated"] = _date(d)
    data["initiative"] = info
    if _often(d, fill):
        c: dict[str, Any] = {}
        for key, near, hi in (
            ("population", (15000,), 200000),
            ("youth_population", (3000,), 40000),
            ("max_travel_minutes", (60,), 240),
        ):
            if _often(d, fill):
                c[key] = _number(d, near, hi)
        data["catchment"] = c

    n = d.integer(1, 6)
    ids = list(dict.fromkeys(d.choice(SLUGS) for _ in range(n)))
    parties = []
    for i, pid in enumerate(ids):
        kind = (
            KINDS[i] if i < 3 and fill >= 8 else d.choice(KINDS)
        )  # complete ones hold both levels
        p: dict[str, Any] = {"id": pid, "name": f"{_text(d).strip() or 'Part'} {i}", "kind": kind}
        if _often(d, fill):
            p["core"] = d.boolean() if fill < 10 else kind in KINDS[:3] or d.boolean()
        if _often(d, fill):
            p["stance"] = _best(d, fill, "committed", STANCES)
        if _often(d, fill):
            p["contact_established"] = _date(d)
        if _often(d, fill):
            lead: dict[str, Any] = {"level": _best(d, fill, "committed", LEADERSHIP)}
            if d.boolean():
                lead["by"] = _text(d)
            if d.boolean():
                lead["date"] = _date(d)
            p["leadership"] = lead
        parties.append(p)
    data["parties"] = parties

    if _often(d, fill):
        ag: dict[str, Any] = {
            "status": _best(d, fill, "signed", AGREEMENT),
            "parties": _best(d, fill, ids, [_subset(d, ids)]),
        }
        if d.boolean():
            ag["date"] = _date(d)
        if d.boolean():
            ag["document"] = _text(d)
        data["agreement"] = ag
    if _often(d, fill):
        data["youth_involvement"] = [
            {
                "with": _text(d).strip() or "Ungdomsrådet",
                "kind": d.choice(("user_organisation", "youth_council", "young_people", "other")),
                **({"how": _text(d)} if d.boolean() else {}),
            }
            for _ in range(d.integer(1 if fill == 10 else 0, 3))
        ]
    if _often(d, fill):
        tg: dict[str, Any] = {}
        if _often(d, fill):
            tg["age_min"] = _number(d, (12,), 30)
        if _often(d, fill):
            tg["age_max"] = _number(d, (25,), 30)
        if _often(d, fill):
            tg["basis"] = _best(d, fill, "function", ("function", "diagnosis", "mixed"))
        if _often(d, fill):
            tg["estimated_size"] = _number(d, (20,), 300)
        if _often(d, fill):
            tg["sources"] = [d.choice(WORDS) for _ in range(d.integer(2 if fill == 10 else 0, 4))]
        data["target_group"] = tg
    if _often(d, fill):
        data["services"] = {k: _text(d, fill) for k in ("gaps", "fit") if _often(d, fill)}
    if _often(d, fill):
        data["lead_body"] = _best(d, fill, ids[0], ids)
    if _often(d, fill):
        plan: dict[str, Any] = {}
        if d.boolean():
            plan["recruit_by"] = _date(d)
        if fill == 10 or d.boolean():
            plan["description"] = _text(d, fill)
        if d.boolean():
            plan["funded_by"] = _text(d)
        data["project_leader_plan"] = plan
    if _often(d, fill):
        data["checklist"] = {k: _often(d, fill) for k in ("model_studied", "grant_rules_read")}
    if _often(d, fill):
        dec: dict[str, Any] = {
            "outcome": _best(
                d, fill, "proceed", ("proceed", "proceed", "other_solution", "undecided")
            )
        }
        if _often(d, fill):
            dec["rationale"] = _text(d, fill)
        if d.boolean():
            dec["document"] = _text(d)
        data["decision"] = dec
    if _often(d, fill - 2):
        data["pre_project"] = _pre_project(d, ids, fill)
    if _often(d, fill - 4):
        est: dict[str, Any] = {}
        for key in ("staff_recruited", "peer_specialist"):
            if _often(d, fill):
                est[key] = _often(d, fill)
        for key in ("location", "team_leader"):
            if _often(d, fill):
                est[key] = _text(d, fill)
        for key in ("personnel_responsibility", "professional_responsibility"):
            if _often(d, fill):
                est[key] = d.choice(ids)
        for key in ("intake_start", "fidelity_review"):
            if _often(d, fill):
                est[key] = _date(d)
        data["establishment"] = est
    if d.integer(0, 3) == 0:
        rules = list(dict.fromkeys(d.choice(waivable) for _ in range(d.integer(1, 3))))
        data["deviations"] = [
            {
                "rule": r,
                "reason": _text(d).strip() or "lokalt valg",
                "accepted_by": "Styringsgruppen",
            }
            for r in rules
        ]
    if d.integer(0, 2) == 0:
        data["application"] = _application(d, ids, fill)
    return data


def _pre_project(d: Draw, ids: list[str], fill: int) -> dict[str, Any]:
    pp: dict[str, Any] = {}
    if _often(d, fill):
        pp["establishment_owner"] = d.choice(ids)
    for key in (
        "establishment_lead",
        "organisation",
        "local_target_group",
        "records",
        "user_involvement",
    ):
        if _often(d, fill):
            pp[key] = _text(d, fill)
    if _often(d, fill):
        m = min(100, _number(d, (50, 0, 100), 100))
        fin: dict[str, Any] = {"municipal_share": m}
        if _often(d, fill):
            fin["specialist_share"] = 100 - m if fill == 10 or d.boolean() else d.integer(0, 100)
        if _often(d, fill):
            fin["after_grant"] = _text(d, fill)
        pp["financing"] = fin
    if _often(d, fill):
        pp["quality_assurance"] = {"fidelity_measurement": _often(d, fill), "plan": _text(d, fill)}
    if _often(d, fill):
        pp["cooperation"] = [
            {
                "with": d.choice(("child_welfare", "school", "nav", "other")),
                "agreement": d.choice(("none", "planned", "signed")),
            }
            for _ in range(d.integer(1 if fill == 10 else 0, 3))
        ]
    if _often(d, fill):
        pp["intake"] = {"procedure": _text(d, fill), "gradual": d.boolean()}
    if _often(d, fill):
        gov: dict[str, Any] = {"steering_group": _subset(d, ids)}
        if d.boolean():
            gov["decision_rule"] = d.choice(("consensus", "majority", "single_party"))
        pp["governance"] = gov
    if _often(d, fill):
        pp["staffing_plan"] = [
            {
                "role": _text(d).strip() or "rolle",
                "level": d.choice(("specialist", "municipal")),
                "fte": d.choice((0.5, 1, 2.5)),
            }
            for _ in range(d.integer(0, 3))
        ]
    return pp


def _application(d: Draw, ids: list[str], fill: int) -> dict[str, Any]:
    app: dict[str, Any] = {"for_gate": d.choice(("preproject", "establishment"))}
    if _often(d, fill):
        app["main_applicant"] = _best(d, fill, ids[0], ids)
    if _often(d, fill):
        app["co_applicants"] = _best(d, fill, ids[1:], [_subset(d, ids)])
    if _often(d, fill):
        app["amount_requested"] = _number(d, (1_000_000, 6_000_000), 8_000_000)
    if _often(d, fill):
        app["own_funding"] = _number(d, (0,), 500_000)
    for key in ("budget", "goals", "risk_assessment", "lasting_operation"):
        if _often(d, fill):
            app[key] = _text(d, fill)
    if _often(d, fill):
        app["milestones"] = [
            {"what": _text(d).strip() or "milepæl", "by": _date(d)}
            for _ in range(d.integer(1 if fill == 10 else 0, 2))
        ]
    if _often(d, fill):
        signed = _best(d, fill, ids, [_subset(d, ids)])
        app["signatures"] = [{"party": p, "role": "Kommunedirektør"} for p in signed]
    if _often(d, fill):
        app["deadline"] = _date(d)
    if d.integer(0, 3) == 0:
        app["submitted"] = _date(d)
    return app


def dump_yaml(data: dict[str, Any]) -> str:
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # the C emitter: 10x faster
    return yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False)


def write_corpus(directory: Any, count: int, seed: int = 7) -> list[str]:
    """Write ``count`` generated initiative files into ``directory``; return their paths."""
    from pathlib import Path

    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    rng = RandomDraw(seed)
    paths = []
    for i in range(count):
        path = out / f"initiativ-{i:05d}.yaml"
        path.write_text(dump_yaml(build_initiative(rng)), encoding="utf-8")
        paths.append(str(path))
    return paths


WIDE_BASE = "examples/vestfold-nord-soknad-klar.yaml"


def wide_initiative(parties: int) -> str:
    """A valid initiative with ``parties`` extra core municipalities, each missing what a
    party can miss (contact, leadership, stance, a place in the agreement, a signature on the
    application it co-applies for): every per-party rule names every one of them, so that the
    cost of ``plan``, ``whatif`` and ``report`` in the number of parties shows. One flow
    mapping a party keeps 12,000 parties under the loader's 1 MiB size limit."""
    from pathlib import Path

    text = (Path(__file__).resolve().parent.parent / WIDE_BASE).read_text(encoding="utf-8")
    ids = [f"k{i}" for i in range(parties)]
    rows = "".join(f"  - {{id: {p}, name: K {p}, kind: municipality, core: true}}\n" for p in ids)
    head, sep, rest = text.partition("\nparties:\n")
    assert sep, WIDE_BASE
    text = f"{head}{sep}{rows}{rest}"
    co = "  co_applicants: [siv-bup]\n"
    assert co in text, WIDE_BASE
    return text.replace(co, f"  co_applicants: [{', '.join(['siv-bup', *ids])}]\n")
