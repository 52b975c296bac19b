"""The inputs behind the rules, as form controls, and the edits a submitted form asks for.

A control knows its path in the file (readiness.explore.edit's syntax, list items by index), its
kind, its choices and the value the file has now. The browser sends every control's value with each
request; only values that differ from the file become edits, so the form *is* the what-if state and
the server keeps none."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Literal

from readiness.explore.whatif import Edit
from readiness.format.model import Initiative, level_of
from readiness.text import Lang, t

PREFIX = "c:"  # every control's form name starts with it, apart from the page's own fields
Kind = Literal["select", "bool", "int", "text", "textarea", "date", "keep"]


@dataclass(frozen=True)
class Option:
    value: str
    label: str


@dataclass(frozen=True)
class Control:
    path: str
    kind: Kind
    label: str
    original: Any  # the value in the file as loaded (the model's default when absent)
    options: tuple[Option, ...] = ()
    value: Any = None  # the value shown: the posted one, or the original

    @property
    def name(self) -> str:
        return PREFIX + self.path

    @property
    def changed(self) -> bool:
        return _normal(self.kind, self.value) != _normal(self.kind, self.original)

    def show(self, value: Any, lang: Lang) -> str:
        """A value as the user reads it (the option's label, yes/no, or the text)."""
        value = _normal(self.kind, value)
        if self.kind in ("bool", "keep"):
            return {"nb": "ja", "en": "yes"}[lang] if value else {"nb": "nei", "en": "no"}[lang]
        if value is None:
            return t("web.unset", lang)
        for opt in self.options:
            if opt.value == value:
                return opt.label
        text = str(value)
        return text if len(text) <= 60 else text[:57] + "…"


@dataclass(frozen=True)
class Group:
    title: str
    controls: tuple[Control, ...]
    extra: tuple[Control, ...] = field(default=())  # the "new entry" controls of a list


def _normal(kind: Kind, value: Any) -> Any:
    if kind in ("bool", "keep"):
        return bool(value)
    if isinstance(value, str):
        value = value.replace("\r\n", "\n").strip()
        return value or None
    return value


def _options(
    prefix: str, values: tuple[str, ...], lang: Lang, blank: bool = False
) -> tuple[Option, ...]:
    opts = [Option(v, t(f"web.option.{prefix}.{v}", lang)) for v in values]
    if blank:
        opts.insert(0, Option("", t("web.option.none_chosen", lang)))
    return tuple(opts)


def _party_options(ini: Initiative, lang: Lang) -> tuple[Option, ...]:
    return (Option("", t("web.option.none_chosen", lang)),) + tuple(
        Option(p.id, f"{p.name} ({p.id})") for p in ini.parties
    )


def build(ini: Initiative, gate: str, lang: Lang) -> list[Group]:
    """The controls for an initiative assessed against ``gate``, valued as in the file."""

    def c(
        path: str, kind: Kind, key: str, original: Any, options: tuple[Option, ...] = ()
    ) -> Control:
        return Control(path, kind, t(key, lang), original, options, original)

    agreement = ini.agreement
    groups = [
        Group(
            t("web.group.agreement", lang),
            (
                c(
                    "agreement.status",
                    "select",
                    "web.field.agreement.status",
                    agreement.status if agreement else "none",
                    _options("agreement", ("none", "intent", "draft", "signed"), lang),
                ),
            ),
        )
    ]
    for i, party in enumerate(ini.parties):
        controls = [
            c(f"parties[{i}].core", "bool", "web.field.core", party.core),
            c(
                f"parties[{i}].stance",
                "select",
                "web.field.stance",
                party.stance,
                _options("stance", ("committed", "interested", "undecided", "declined"), lang),
            ),
            c(
                f"parties[{i}].leadership.level",
                "select",
                "web.field.leadership",
                party.leadership.level,
                _options("leadership", ("none", "informed", "endorsed", "committed"), lang),
            ),
        ]
        level = level_of(party.kind)
        title = f"{party.name} ({party.id}" + (
            f", {t('web.level.' + level, lang)})" if level else ")"
        )
        groups.append(Group(title, tuple(controls)))
    youth = tuple(
        Control(f"youth_involvement[{i}]", "keep", f"{y.with_} ({y.kind})", True, (), True)
        for i, y in enumerate(ini.youth_involvement)
    )
    groups.append(
        Group(
            t("web.group.youth", lang),
            youth,
            (
                c("youth_new.with", "text", "web.field.youth_new", None),
                c(
                    "youth_new.kind",
                    "select",
                    "web.field.youth_new_kind",
                    "young_people",
                    _options(
                        "youth",
                        ("young_people", "youth_council", "user_organisation", "other"),
                        lang,
                    ),
                ),
            ),
        )
    )
    checklist = ini.checklist
    decision = ini.decision
    groups.append(
        Group(
            t("web.group.idea", lang),
            (
                c(
                    "lead_body",
                    "select",
                    "web.field.lead_body",
                    ini.lead_body,
                    _party_options(ini, lang),
                ),
                c(
                    "checklist.model_studied",
                    "bool",
                    "web.field.model_studied",
                    bool(checklist and checklist.model_studied),
                ),
                c(
                    "checklist.grant_rules_read",
                    "bool",
                    "web.field.grant_rules_read",
                    bool(checklist and checklist.grant_rules_read),
                ),
                c(
                    "decision.outcome",
                    "select",
                    "web.field.decision.outcome",
                    decision.outcome if decision else "undecided",
                    _options("outcome", ("proceed", "other_solution", "undecided"), lang),
                ),
                c(
                    "decision.rationale",
                    "textarea",
                    "web.field.decision.documented",
                    decision.rationale if decision else None,
                ),
            ),
        )
    )
    if gate != "preproject" or ini.pre_project is not None:
        groups.append(_pre_project(ini, lang, c))
    if gate == "operation" or ini.establishment is not None:
        groups.append(_establishment(ini, lang, c))
    return groups


def _pre_project(ini: Initiative, lang: Lang, c: Any) -> Group:
    pp = ini.pre_project
    fin = pp.financing if pp else None
    qa = pp.quality_assurance if pp else None
    intake = pp.intake if pp else None
    gov = pp.governance if pp else None
    parties = _party_options(ini, lang)
    p = "pre_project."
    controls = [
        c(
            p + "establishment_owner",
            "select",
            "web.field.pp.establishment_owner",
            pp.establishment_owner if pp else None,
            parties,
        ),
        c(
            p + "establishment_lead",
            "text",
            "web.field.pp.establishment_lead",
            pp.establishment_lead if pp else None,
        ),
        c(
            p + "organisation",
            "textarea",
            "web.field.pp.organisation",
            pp.organisation if pp else None,
        ),
        c(
            p + "local_target_group",
            "textarea",
            "web.field.pp.local_target_group",
            pp.local_target_group if pp else None,
        ),
        c(
            p + "financing.municipal_share",
            "int",
            "web.field.pp.municipal_share",
            fin.municipal_share if fin else None,
        ),
        c(
            p + "financing.specialist_share",
            "int",
            "web.field.pp.specialist_share",
            fin.specialist_share if fin else None,
        ),
        c(
            p + "financing.after_grant",
            "textarea",
            "web.field.pp.after_grant",
            fin.after_grant if fin else None,
        ),
        c(
            p + "quality_assurance.fidelity_measurement",
            "bool",
            "web.field.pp.fidelity_measurement",
            bool(qa and qa.fidelity_measurement),
        ),
        c(
            p + "intake.procedure",
            "textarea",
            "web.field.pp.intake_procedure",
            intake.procedure if intake else None,
        ),
        c(
            p + "intake.gradual",
            "bool",
            "web.field.pp.intake_gradual",
            bool(intake and intake.gradual),
        ),
        c(
            p + "governance.decision_rule",
            "select",
            "web.field.pp.decision_rule",
            gov.decision_rule if gov else None,
            _options("decision_rule", ("consensus", "majority", "single_party"), lang, blank=True),
        ),
    ]
    for i, coop in enumerate(pp.cooperation if pp else []):
        ctl = c(
            f"{p}cooperation[{i}].agreement",
            "select",
            "web.field.pp.cooperation",
            coop.agreement,
            _options("cooperation", ("none", "planned", "signed"), lang),
        )
        controls.append(replace(ctl, label=t("web.field.pp.cooperation", lang, with_=coop.with_)))
    controls += [
        c(p + "records", "textarea", "web.field.pp.records", pp.records if pp else None),
        c(
            p + "user_involvement",
            "textarea",
            "web.field.pp.user_involvement",
            pp.user_involvement if pp else None,
        ),
    ]
    return Group(t("web.group.pre_project", lang), tuple(controls))


def _establishment(ini: Initiative, lang: Lang, c: Any) -> Group:
    est = ini.establishment
    parties = _party_options(ini, lang)
    p = "establishment."

    def get(key: str) -> Any:
        return getattr(est, key) if est else None

    return Group(
        t("web.group.establishment", lang),
        (
            c(
                p + "staff_recruited",
                "bool",
                "web.field.est.staff_recruited",
                bool(get("staff_recruited")),
            ),
            c(p + "location", "text", "web.field.est.location", get("location")),
            c(p + "team_leader", "text", "web.field.est.team_leader", get("team_leader")),
            c(
                p + "personnel_responsibility",
                "select",
                "web.field.est.personnel_responsibility",
                get("personnel_responsibility"),
                parties,
            ),
            c(
                p + "professional_responsibility",
                "select",
                "web.field.est.professional_responsibility",
                get("professional_responsibility"),
                parties,
            ),
            c(
                p + "peer_specialist",
                "bool",
                "web.field.est.peer_specialist",
                bool(get("peer_specialist")),
            ),
            c(p + "intake_start", "date", "web.field.est.intake_start", get("intake_start")),
            c(
                p + "fidelity_review",
                "date",
                "web.field.est.fidelity_review",
                get("fidelity_review"),
            ),
        ),
    )


# -- a submitted form → the values shown and the edits ---------------------------------------
def _posted(ctl: Control, form: Mapping[str, str]) -> Any:
    raw = form.get(ctl.name)
    if ctl.kind in ("bool", "keep"):
        return raw is not None
    if raw is None:
        return ctl.original
    if ctl.kind == "select":
        allowed = {o.value for o in ctl.options}
        return (raw or None) if raw in allowed else ctl.original
    text = raw.replace("\r\n", "\n").strip()
    if not text:
        return None
    if ctl.kind == "int":
        try:
            return int(text)
        except ValueError:
            return text  # the loader says, located, that a whole number is expected
    if ctl.kind == "date":
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            return text
    return raw.replace("\r\n", "\n")


def apply_form(groups: list[Group], form: Mapping[str, str]) -> tuple[list[Group], list[Edit]]:
    """The groups valued as posted, and the edits that take the file there."""
    out: list[Group] = []
    sets: list[Edit] = []
    removals: list[Edit] = []
    appends: list[Edit] = []
    for g in groups:
        controls = tuple(replace(ctl, value=_posted(ctl, form)) for ctl in g.controls)
        extra = tuple(replace(ctl, value=_posted(ctl, form)) for ctl in g.extra)
        out.append(Group(g.title, controls, extra))
        for ctl in controls:
            if not ctl.changed:
                continue
            if ctl.kind == "keep":
                removals.append(Edit("unset", ctl.path))
            elif _normal(ctl.kind, ctl.value) is None:
                sets.append(Edit("unset", ctl.path))
            else:
                sets.append(Edit("set", ctl.path, ctl.value))
        new = {ctl.path: ctl for ctl in extra}
        who = new.get("youth_new.with")
        if who is not None and _normal("text", who.value):
            kind = new["youth_new.kind"].value or "young_people"
            entry = {"with": who.value.strip(), "kind": kind}
            appends.append(Edit("set", "youth_involvement[+]", entry))
    # list items go last, highest index first, so earlier removals do not shift later ones
    removals.sort(key=lambda e: int(e.path.rsplit("[", 1)[1].rstrip("]")), reverse=True)
    return out, [*sets, *removals, *appends]


def changes(groups: list[Group], lang: Lang) -> list[tuple[str, str, str]]:
    """(label, before, after) for every control the form changed, for the page's summary."""
    out = []
    for g in groups:
        for ctl in g.controls:
            if ctl.changed:
                label = ctl.label if g.title in ctl.label else f"{g.title}: {ctl.label}"
                out.append((label, ctl.show(ctl.original, lang), ctl.show(ctl.value, lang)))
        for ctl in g.extra:
            if ctl.path == "youth_new.with" and _normal("text", ctl.value):
                out.append((f"{g.title}: {ctl.label}", "", str(ctl.value).strip()))
    return out
