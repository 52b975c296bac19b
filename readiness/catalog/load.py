"""The catalog files' schema: pydantic models that validate rules/*.yaml and call files.

Imported only when the catalog is validated, that is on a catalog cache miss or with a user's
``--call`` file (readiness.catalog.records): building these models is a noticeable part of a cold
start. Each model converts to its runtime record in readiness.catalog.records (``to_runtime``); the
model classes keep the runtime names, which pydantic's messages quote ("instance of Texts").
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    NonNegativeInt,
    ValidationError,
    field_validator,
)

from readiness import personal_data
from readiness.catalog import records as rt
from readiness.catalog.records import RULE_FILES, Catalog
from readiness.errors import CatalogError, InputError, Problem
from readiness.read import document as source
from readiness.read import files as reader
from readiness.text import Lang


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    runtime: ClassVar[type]  # the record in readiness.catalog.records this model validates

    def to_runtime(self) -> Any:
        return self.runtime(
            **{name: _runtime(getattr(self, name)) for name in type(self).model_fields}
        )


def _runtime(value: Any) -> Any:
    if isinstance(value, _Strict):
        return value.to_runtime()
    if isinstance(value, list):
        return [_runtime(v) for v in value]
    if isinstance(value, dict):
        return {k: _runtime(v) for k, v in value.items()}
    return value


class Texts(_Strict):
    runtime = rt.Texts
    nb: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, lang: Lang) -> str:
        return self.en if lang == "en" else self.nb


class Source(_Strict):
    runtime = rt.Source
    document: str
    section: str
    quote: str | None = None


class Document(_Strict):
    runtime = rt.Document
    title: str
    year: int | None = None
    note: str | None = None


class Gate(_Strict):
    runtime = rt.Gate
    id: str
    name: Texts
    question: Texts
    phases: list[str]
    plan_order: list[str] = Field(default_factory=list)


class Call(_Strict):
    runtime = rt.Call
    year: int
    name: Texts
    amount_limits: dict[str, NonNegativeInt]  # NOK per gate
    deadline: str | None = None
    note: str | None = None


class Rule(_Strict):
    runtime = rt.Rule
    id: str
    name: str
    severity: rt.Severity
    waivable: bool
    gates: list[str] = Field(min_length=1)
    scope: Literal["gate", "application"] = "gate"
    source: Source
    path: str
    title: Texts
    message: Texts
    remedy: Texts
    condition: Texts
    keys: list[str] = Field(default_factory=list)
    example: dict[str, Any] | None = None
    unmet_when: list[dict[str, Any]] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _id_shape(cls, v: str) -> str:
        if not rt.RULE_ID.match(v):
            raise ValueError("id must look like IDE-01 (GEN, IDE, FOR, ETB or APP, two digits)")
        return v

    @field_validator("unmet_when")
    @classmethod
    def _alternatives(cls, v: list[dict[str, Any]]) -> list[dict[str, Any]]:
        for alt in v:
            if set(alt) != {"all"} or not isinstance(alt["all"], list) or not alt["all"]:
                raise ValueError("each alternative must be {all: [condition, ...]}")
        return v


class Parameters(_Strict):
    runtime = rt.Parameters
    age_min: int
    age_max: int


class CatalogFile(_Strict):
    version: int
    documents: dict[str, Document]
    parameters: Parameters
    gates: list[Gate]


def read_yaml(path: Path) -> Any:
    """A catalog file's data, read as every file is (readiness/read/document.py); a broken one
    is a catalog error (a bug in rules/, exit 3)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{path}: {exc}") from exc
    try:
        doc, problems = source.parse(raw.decode("utf-8"), mapping=False)
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: {exc}") from exc
    if problems or doc is None:
        first = problems[0] if problems else None
        where = f"{first.line}:{first.column}: {first.message('en')}" if first else "empty"
        raise CatalogError(f"{path}:{where}")
    return doc.data


def _validate(model: type[BaseModel], data: Any, where: str) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise CatalogError(f"{where}: {loc}: {first['msg']}") from exc


def load_call(call_file: Path, gates: list[str], data: bytes | None = None) -> rt.Call:
    """A call file the user gave (``--call``; ``data``: its bytes, if already read): its
    faults are input errors naming the file, with line and column (exit 2), not internal
    errors like a broken rules/call.yaml. It is read as every input is (readiness/reader.py):
    a regular file of at most 1 MiB."""
    name = str(call_file)

    def bad(detail: str, line: int = 1, column: int = 1) -> InputError:
        return InputError(name, [Problem("call.invalid", line, column, {"detail": detail})])

    text = reader.decode(reader.read_bytes(name) if data is None else data, name)
    doc, problems = source.parse(text, is_json=call_file.suffix.lower() == ".json")
    guarded = [Problem("personal.fnr_name")] if personal_data.found(name) else []
    if problems or guarded or doc is None:
        raise InputError(name, [*guarded, *problems] or [Problem("file.empty")])
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
    return call.to_runtime()


def _check_plan_orders(meta: CatalogFile, rules: list[Rule]) -> None:
    by_id = {r.id: r for r in rules}
    for gate in meta.gates:
        for rule_id in gate.plan_order:
            if rule_id not in by_id or gate.id not in by_id[rule_id].gates:
                raise CatalogError(
                    f"rules/catalog.yaml: gate {gate.id}: plan_order names {rule_id}, "
                    f"which is not a rule of that gate"
                )


def validate_catalog(
    directory: Path, call_file: Path | None = None, call_data: bytes | None = None
) -> Catalog:
    """Read and validate the catalog in ``directory``; a malformed rule raises CatalogError
    naming it. A bad ``call_file`` (the user's ``--call``; ``call_data``: its bytes, if
    already read) raises InputError instead."""
    meta = _validate(CatalogFile, read_yaml(directory / "catalog.yaml"), "rules/catalog.yaml")
    if call_file is not None:
        call = load_call(call_file, [g.id for g in meta.gates], call_data)
    else:
        call = _validate(Call, read_yaml(directory / "call.yaml"), "rules/call.yaml").to_runtime()
    rules: list[Rule] = []
    seen: set[str] = set()
    for name in RULE_FILES:
        path = directory / name
        if not path.is_file():
            continue
        data = read_yaml(path) or []
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
    return Catalog(
        version=meta.version,
        documents=_runtime(meta.documents),
        parameters=meta.parameters.to_runtime(),
        gates=_runtime(meta.gates),
        rules=[r.to_runtime() for r in rules],
        call=call,
    )
