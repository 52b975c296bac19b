"""Step 3: the rule catalog (rules/*.yaml), loaded and validated once per process.

The catalog is data: every rule carries its id, name, severity, gates, waivability, source,
path, Norwegian and English texts, and its condition in durable_rules' JSON form
(``unmet_when``: a list of alternatives, each one durable_rules rule; the rule is unmet when
any alternative fires). The call's parameters (amount limits, deadline year) live in
rules/call.yaml, so next year's call is a data change. This module is the one explicit
registry: unknown ids raise with the list of known ones.
"""

from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    ValidationError,
    field_validator,
)

from readiness import source
from readiness.errors import CatalogError, InputError, Problem
from readiness.i18n import Lang

Severity = Literal["required", "recommended", "advice"]
SEVERITY_ORDER: tuple[Severity, ...] = ("required", "recommended", "advice")
GROUP_ORDER = ("GEN", "IDE", "FOR", "ETB", "APP")
RULE_FILES = ("gen.yaml", "ide.yaml", "for.yaml", "etb.yaml", "app.yaml")
_ID = re.compile(r"^(GEN|IDE|FOR|ETB|APP)-(\d{2})$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Texts(_Strict):
    nb: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.nb


class Source(_Strict):
    document: str
    section: str
    quote: str | None = None  # a short quote from the seed, shown by `readiness explain`


class Document(_Strict):
    title: str
    year: int | None = None
    note: str | None = None


class Gate(_Strict):
    id: str
    name: Texts
    question: Texts
    phases: list[str]
    # The order of next steps in `readiness plan`: the booklet's checklist (idefase 1.13) and
    # phase table (1.5). Rules of the gate not listed come after, in catalog order.
    plan_order: list[str] = Field(default_factory=list)


class Call(_Strict):
    """Parameters of the grant scheme's call that change from year to year."""

    year: int
    name: Texts
    amount_limits: dict[str, NonNegativeInt]  # NOK per gate
    deadline: str | None = None  # informative: the call's usual deadline
    note: str | None = None


class Rule(_Strict):
    id: str
    name: str
    severity: Severity
    waivable: bool
    gates: list[str] = Field(min_length=1)
    scope: Literal["gate", "application"] = "gate"
    source: Source
    path: str
    title: Texts
    message: Texts
    remedy: Texts
    condition: Texts  # the condition in words, for `readiness explain`
    keys: list[str] = Field(default_factory=list)  # keys to fill to meet the rule (for plans)
    # A value that meets the rule, by edit path (readiness.edit syntax; `parties[i]` = each
    # offending party); values may name {party}, {core_party}, {core_parties},
    # {municipal_party}, {specialist_party}, {main_applicant}, {as_of} (readiness.plan
    # resolves them). Verifies plans.
    example: dict[str, Any] | None = None
    unmet_when: list[dict[str, Any]] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError("id must look like IDE-01 (GEN, IDE, FOR, ETB or APP, two digits)")
        return v

    @field_validator("unmet_when")
    @classmethod
    def _alternatives(cls, v: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for alt in v:
            if set(alt) != {"all"} or not isinstance(alt["all"], list) or not alt["all"]:
                raise ValueError("each alternative must be {all: [condition, ...]}")
        return v

    @property
    def sort_key(self) -> tuple[int, int]:
        m = _ID.match(self.id)
        assert m
        return (GROUP_ORDER.index(m.group(1)), int(m.group(2)))

    @property
    def per_party(self) -> bool:
        """True for rules over every (core) party: their findings name the offending parties."""
        return "[i]" in self.path


class Parameters(_Strict):
    age_min: int
    age_max: int


class CatalogFile(_Strict):
    version: int
    documents: dict[str, Document]
    parameters: Parameters
    gates: list[Gate]


class Catalog:
    """The validated catalog: rules in catalog order, gates, documents, call parameters."""

    def __init__(self, meta: CatalogFile, rules: list[Rule], call: Call):
        self.version = meta.version
        self.documents = meta.documents
        self.parameters = meta.parameters
        self.gates = {g.id: g for g in meta.gates}
        self.call = call
        self.rules = sorted(rules, key=lambda r: r.sort_key)
        self._by_id = {r.id: r for r in self.rules}

    def rule(self, rule_id: str) -> Rule:
        try:
            return self._by_id[rule_id]
        except KeyError:
            raise KeyError(
                f"unknown rule id {rule_id!r}; known: {', '.join(self._by_id)}"
            ) from None

    def has_rule(self, rule_id: str) -> bool:
        return rule_id in self._by_id

    @property
    def ids(self) -> list[str]:
        return list(self._by_id)

    def gate(self, gate_id: str) -> Gate:
        return self.gates[gate_id]

    def gate_for_phase(self, phase: str) -> str:
        for gate in self.gates.values():
            if phase in gate.phases:
                return gate.id
        raise CatalogError(f"no gate for phase {phase!r}")

    def rules_for(self, gate_id: str, *, with_application: bool = False) -> list[Rule]:
        """The rules of a gate in catalog order; application rules only when asked."""
        return [
            r for r in self.rules if gate_id in r.gates and (r.scope == "gate" or with_application)
        ]

    def fill_doc(self, text: str, lang: Lang) -> str:
        """A rule text with its placeholders filled for documentation (explain, rules, SARIF):
        the call's year and limits, '…' for what only an assessment knows (parties, amounts)."""
        from readiness.i18n import money

        known = {
            "call_year": str(self.call.year),
            "limit": " / ".join(
                f"{money(v, lang)} ({g})" for g, v in self.call.amount_limits.items()
            ),
        }
        return re.sub(r"\{(\w+)\}", lambda m: known.get(m.group(1), "…"), text)

    def gates_with_rules(self) -> list[str]:
        return [g for g in self.gates if any(g in r.gates for r in self.rules)]


def catalog_dir() -> Path:
    """rules/ in a source checkout; the copy packaged as readiness._catalog_data otherwise."""
    here = Path(__file__).resolve().parent.parent / "rules"
    if (here / "catalog.yaml").is_file():
        return here
    # An installed wheel (pre-commit, CI) has the copy beside this module. rules/ has no
    # __init__.py, so resources.files() would give a namespace MultiplexedPath, whose str()
    # is not a path.
    installed = Path(__file__).resolve().parent / "_catalog_data"
    if (installed / "catalog.yaml").is_file():
        return installed
    return Path(str(resources.files("readiness._catalog_data")))


def _cache_dir() -> Path | None:
    if os.environ.get("READINESS_NO_CACHE"):
        return None
    base = os.environ.get("READINESS_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "readiness" if base else Path.home() / ".cache" / "readiness"


def _read_yaml(path: Path) -> Any:
    """Parse one catalog file. Parsing the catalog's YAML is a fifth of a cold run, so the
    parsed data is cached (pickle, keyed by the file's SHA-256 and the PyYAML version) under
    ~/.cache/readiness; a changed file gets a new key. A cache that cannot be read or written
    is ignored (READINESS_NO_CACHE=1 turns it off)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{path}: {exc}") from exc
    cache = _cache_dir()
    key = hashlib.sha256(raw + f"|{yaml.__version__}|1".encode()).hexdigest()
    if cache is not None:
        try:
            with (cache / f"{key}.pickle").open("rb") as fh:
                return pickle.load(fh)  # noqa: S301 - our own cache, keyed by content hash
        except Exception:  # noqa: BLE001 - a missing or unreadable cache is a miss
            pass
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise CatalogError(f"{path}: {exc}") from exc
    if cache is not None:
        try:
            cache.mkdir(parents=True, exist_ok=True)
            tmp = cache / f"{key}.{os.getpid()}.tmp"
            tmp.write_bytes(pickle.dumps(data, protocol=pickle.HIGHEST_PROTOCOL))
            tmp.replace(cache / f"{key}.pickle")
        except OSError:
            pass
    return data


def _validate(model: type[BaseModel], data: Any, where: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise CatalogError(f"{where}: {loc}: {first['msg']}") from exc


def load_call(call_file: Path, gates: list[str]) -> Call:
    """A call file the user gave (``--call``): its faults are input errors naming the file,
    with line and column (exit 2), not internal errors like a broken rules/call.yaml."""
    name = str(call_file)

    def bad(detail: str, line: int = 1, column: int = 1) -> InputError:
        return InputError(name, [Problem("call.invalid", line, column, {"detail": detail})])

    try:
        text = call_file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise bad(str(exc)) from exc
    doc, problems = source.parse(text, is_json=call_file.suffix.lower() == ".json")
    if problems or doc is None:
        raise InputError(name, problems or [Problem("file.empty")])
    try:
        call = Call.model_validate(doc.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        raise bad(f"{'.'.join(map(str, loc)) or '-'}: {first['msg']}", *doc.locate(loc)) from exc
    unknown = [g for g in call.amount_limits if g not in gates]
    if unknown:
        raise bad(
            f"amount_limits: unknown gate(s) {', '.join(unknown)}; known: {', '.join(gates)}",
            *doc.locate(("amount_limits", unknown[0])),
        )
    return call


def _check_plan_orders(meta: CatalogFile, rules: list[Rule]) -> None:
    by_id = {r.id: r for r in rules}
    for gate in meta.gates:
        for rule_id in gate.plan_order:
            if rule_id not in by_id or gate.id not in by_id[rule_id].gates:
                raise CatalogError(
                    f"rules/catalog.yaml: gate {gate.id}: plan_order names {rule_id}, "
                    f"which is not a rule of that gate"
                )


def load_catalog(directory: Path | None = None, call_file: Path | None = None) -> Catalog:
    """Load and validate the catalog; a malformed rule raises CatalogError naming it. A bad
    ``call_file`` (the user's ``--call``) raises InputError instead."""
    directory = directory or catalog_dir()
    meta = _validate(CatalogFile, _read_yaml(directory / "catalog.yaml"), "rules/catalog.yaml")
    if call_file is not None:
        call = load_call(call_file, [g.id for g in meta.gates])
    else:
        call = _validate(Call, _read_yaml(directory / "call.yaml"), "rules/call.yaml")
    rules: list[Rule] = []
    seen: set[str] = set()
    for name in RULE_FILES:
        path = directory / name
        if not path.is_file():
            continue
        data = _read_yaml(path) or []
        if not isinstance(data, list):
            raise CatalogError(f"rules/{name}: expected a list of rules")
        for i, item in enumerate(data):
            label = item.get("id", f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
            rule = _validate(Rule, item, f"rules/{name}: rule {label}")
            if rule.id in seen:
                raise CatalogError(f"rules/{name}: rule {rule.id} is defined twice")
            seen.add(rule.id)
            if rule.source.document not in meta.documents:
                raise CatalogError(
                    f"rules/{name}: rule {rule.id}: unknown source document "
                    f"{rule.source.document!r}; known: {', '.join(meta.documents)}"
                )
            unknown = [g for g in rule.gates if g not in {g.id for g in meta.gates}]
            if unknown:
                raise CatalogError(f"rules/{name}: rule {rule.id}: unknown gate(s) {unknown}")
            rules.append(rule)
    missing_limits = {g for r in rules if r.scope == "application" for g in r.gates} - set(
        call.amount_limits
    )
    _check_plan_orders(meta, rules)
    if missing_limits:
        detail = f"amount_limits: no limit for gate(s) {', '.join(sorted(missing_limits))}"
        if call_file is not None:
            raise InputError(str(call_file), [Problem("call.invalid", params={"detail": detail})])
        raise CatalogError(f"rules/call.yaml: {detail}")
    return Catalog(meta, rules, call)


@functools.lru_cache(maxsize=4)
def default_catalog(call_file: str | None = None) -> Catalog:
    """The process-wide catalog (cached); ``call_file`` overrides rules/call.yaml."""
    return load_catalog(call_file=Path(call_file) if call_file else None)
