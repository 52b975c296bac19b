"""Step 3: the rule catalog (rules/*.yaml), loaded and validated once per process.

The catalog is data: every rule carries its id, name, severity, gates, waivability, source,
path, Norwegian and English texts, and its condition in durable_rules' JSON form
(``unmet_when``: a list of alternatives, each one durable_rules rule; the rule is unmet when
any alternative fires). The call's parameters (amount limits, deadline year) live in
rules/call.yaml, so next year's call is a data change. This module is the one explicit
registry: unknown ids raise with the list of known ones.

Rules, gates and texts are immutable named tuples; the pydantic models that validate the
files are in readiness.catalog.load, imported only when the catalog is not in the cache.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, Literal, NamedTuple

from readiness import cache
from readiness.errors import CatalogError
from readiness.read.files import read_bytes
from readiness.text import Lang

Severity = Literal["required", "recommended", "advice"]
SEVERITY_ORDER: tuple[Severity, ...] = ("required", "recommended", "advice")
GROUP_ORDER = ("GEN", "IDE", "FOR", "ETB", "APP")
RULE_FILES = ("gen.yaml", "ide.yaml", "for.yaml", "etb.yaml", "app.yaml")
RULE_ID = re.compile(r"^(GEN|IDE|FOR|ETB|APP)-(\d{2})$")

# The catalog at run time: immutable records, validated by the pydantic models of
# readiness.catalog.load (same names, same fields) and cached whole (see load_catalog).
# NamedTuples, not dataclasses: every cold start defines them, and a NamedTuple costs a fifth
# of a frozen dataclass to define.


class Texts(NamedTuple):
    nb: str
    en: str

    def get(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.nb

    @classmethod
    def __get_pydantic_core_schema__(cls, source: Any, handler: Any) -> Any:
        """As a field of a pydantic model (readiness.render.report.view's), validate as the schema's
        Texts
        does (both languages, non-empty, no other keys) and give this record."""
        from pydantic_core import core_schema

        from readiness.catalog.load import Texts as Schema

        return core_schema.no_info_after_validator_function(
            lambda texts: texts.to_runtime(), handler(Schema)
        )


class Source(NamedTuple):
    document: str
    section: str
    quote: str | None = None  # a short quote from the seed, shown by `readiness explain`


class Document(NamedTuple):
    title: str
    year: int | None = None
    note: str | None = None


class Gate(NamedTuple):
    id: str
    name: Texts
    question: Texts
    phases: list[str]
    # The order of next steps in `readiness plan`: the booklet's checklist (idefase 1.13) and
    # phase table (1.5). Rules of the gate not listed come after, in catalog order.
    plan_order: list[str]


class Call(NamedTuple):
    """Parameters of the grant scheme's call that change from year to year."""

    year: int
    name: Texts
    amount_limits: dict[str, int]  # NOK per gate
    deadline: str | None = None  # informative: the call's usual deadline
    note: str | None = None

    def model_dump(self) -> dict[str, Any]:
        """The call as plain data (the name of the pydantic method it replaces)."""
        return {**self._asdict(), "name": self.name._asdict()}


class Rule(NamedTuple):
    id: str
    name: str
    severity: Severity
    waivable: bool
    gates: list[str]
    scope: Literal["gate", "application"]
    source: Source
    path: str
    title: Texts
    message: Texts
    remedy: Texts
    condition: Texts  # the condition in words, for `readiness explain`
    keys: list[str]  # keys to fill to meet the rule (for plans)
    # A value that meets the rule, by edit path (readiness.explore.edit syntax; `parties[i]` = each
    # offending party); values may name {party}, {core_party}, {core_parties},
    # {municipal_party}, {specialist_party}, {main_applicant}, {as_of} (readiness.explore.plan
    # resolves them). Verifies plans.
    example: dict[str, Any] | None
    unmet_when: list[dict[str, Any]]  # alternatives, each {all: [durable_rules condition, ...]}

    @property
    def sort_key(self) -> tuple[int, int]:
        m = RULE_ID.match(self.id)
        assert m
        return (GROUP_ORDER.index(m.group(1)), int(m.group(2)))

    @property
    def per_party(self) -> bool:
        """True for rules over every (core) party: their findings name the offending parties."""
        return "[i]" in self.path


class Parameters(NamedTuple):
    age_min: int
    age_max: int


class Catalog:
    """The validated catalog: rules in catalog order, gates, documents, call parameters."""

    def __init__(
        self,
        *,
        version: int,
        documents: dict[str, Document],
        parameters: Parameters,
        gates: list[Gate],
        rules: list[Rule],
        call: Call,
    ):
        self.version = version
        self.documents = documents
        self.parameters = parameters
        self.gates = {g.id: g for g in gates}
        self.call = call
        self.rules = sorted(rules, key=lambda r: r.sort_key)
        self._by_id = {r.id: r for r in self.rules}
        # (gate, with application rules) → the rules, worked out once (every file asks)
        self._for_gate: dict[tuple[str, bool], tuple[Rule, ...]] = {}
        self._with_rules: tuple[str, ...] | None = None

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
        return list(self.gate_rules(gate_id, with_application=with_application))

    def gate_rules(self, gate_id: str, *, with_application: bool = False) -> tuple[Rule, ...]:
        """``rules_for``, as the catalog keeps it (one tuple per gate and choice)."""
        key = (gate_id, with_application)
        found = self._for_gate.get(key)
        if found is None:
            found = self._for_gate[key] = tuple(
                r
                for r in self.rules
                if gate_id in r.gates and (r.scope == "gate" or with_application)
            )
        return found

    def fill_doc(self, text: str, lang: Lang) -> str:
        """A rule text with its placeholders filled for documentation (explain, rules, SARIF):
        the call's year and limits, '…' for what only an assessment knows (parties, amounts)."""
        from readiness.text import money

        known = {
            "call_year": str(self.call.year),
            "limit": " / ".join(
                f"{money(v, lang)} ({g})" for g, v in self.call.amount_limits.items()
            ),
        }
        return re.sub(r"\{(\w+)\}", lambda m: known.get(m.group(1), "…"), text)

    def gates_with_rules(self) -> list[str]:
        """The gates some rule applies to, in catalog order (worked out once: every
        assessment asks)."""
        if self._with_rules is None:
            self._with_rules = tuple(g for g in self.gates if any(g in r.gates for r in self.rules))
        return list(self._with_rules)


def catalog_dir() -> Path:
    """rules/ in a source checkout; the copy packaged as readiness._catalog_data otherwise."""
    here = Path(__file__).resolve().parents[2] / "rules"
    if (here / "catalog.yaml").is_file():
        return here
    # An installed wheel (pre-commit, CI) has the copy beside this module. rules/ has no
    # __init__.py, so resources.files() would give a namespace MultiplexedPath, whose str()
    # is not a path.
    installed = Path(__file__).resolve().parents[1] / "_catalog_data"
    if (installed / "catalog.yaml").is_file():
        return installed
    from importlib import resources  # only here: importing it costs a cold start ~5 ms

    return Path(str(resources.files("readiness._catalog_data")))


def _cache_key(directory: Path, call: tuple[Path, bytes] | None) -> str | None:
    """The SHA-256 of everything the validated catalog depends on: the catalog files (and the
    user's call file: its path and the bytes the bounded reader read), this module and
    catalog_schema (the records and their validation), and the versions of readiness,
    pydantic, PyYAML and Python. None when a file cannot be read: the catalog is then
    validated, which reports the problem."""
    here = Path(__file__).resolve().parent
    pyyaml = cache.package_version("yaml")  # without importing it: a hit never parses YAML
    digest = cache.digest("catalog-v1", cache.pydantic_version(), pyyaml)
    files = [here / "records.py", here / "load.py"]
    files += [directory / name for name in ("catalog.yaml", *RULE_FILES)]
    if call is None:
        files.append(directory / "call.yaml")
    for i, path in enumerate(files):
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            if path.parent == directory and path.name in RULE_FILES:
                digest.update(f"|{i}:absent".encode())  # an absent rule file is skipped
                continue
            return None
        except OSError:
            return None
        digest.update(f"|{i}:{path.suffix.lower()}:{len(raw)}:".encode())
        digest.update(raw)
    if call is not None:
        # The call file's suffix decides how it is parsed (JSON or YAML).
        path, raw = call
        digest.update(f"|{len(files)}:{path.suffix.lower()}:{len(raw)}:".encode())
        digest.update(raw)
    return digest.hexdigest()


def load_catalog(directory: Path | None = None, call_file: Path | None = None) -> Catalog:
    """Load and validate the catalog; a malformed rule raises CatalogError naming it. A bad
    ``call_file`` (the user's ``--call``) raises InputError instead.

    The validated catalog is cached (pickle) under ~/.cache/readiness, keyed by the SHA-256 of
    its files and code (``_cache_key``; readiness/cache.py): a cold start then neither parses
    the YAML nor builds the schema's pydantic models."""
    directory = directory or catalog_dir()
    # read once, as every input is (bounded, a regular file only: readiness/reader.py), for
    # the key and the validation alike
    call = (call_file, read_bytes(str(call_file))) if call_file is not None else None
    where = cache.cache_dir()
    key = _cache_key(directory, call) if where is not None else None
    cached = where / f"catalog-{key}.pickle" if where is not None and key is not None else None
    if cached is not None:
        catalog = cache.load(cached, Catalog)
        if catalog is not None:
            return catalog
    from readiness.catalog.load import validate_catalog  # only on a miss: see above

    catalog = validate_catalog(directory, call_file, call[1] if call is not None else None)
    if cached is not None:
        cache.store(cached, catalog)
    return catalog


@functools.lru_cache(maxsize=4)
def default_catalog(call_file: str | None = None) -> Catalog:
    """The process-wide catalog (cached); ``call_file`` overrides rules/call.yaml."""
    return load_catalog(call_file=Path(call_file) if call_file else None)
