"""Loading the catalog: rules/*.yaml read, validated into readiness/catalog/records.py's records,
and kept between runs; the user's call file (``--call``), read as every input is.

pydantic validates the files into the records themselves (named tuples it builds from the
mappings, refusing unknown keys); it is imported only on a cache miss. The validated catalog is
kept (pickle) under ~/.cache/readiness, keyed by the SHA-256 of its files and of this package's
code (readiness/cache.py): a cold start then neither parses the YAML nor imports pydantic.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any, NamedTuple

from readiness import cache, personal_data
from readiness.catalog.records import (
    Basis,
    Call,
    Catalog,
    Document,
    Gate,
    Group,
    Parameters,
    ReportSection,
    Rule,
    Source,
    Texts,
)
from readiness.errors import CatalogError, InputError, Problem
from readiness.read import document
from readiness.read import files as reader


class CatalogFile(NamedTuple):
    """rules/catalog.yaml: the frame of the catalog."""

    version: int
    documents: dict[str, Document]
    bases: dict[str, Basis]
    parameters: Parameters
    groups: tuple[Group, ...]
    gates: tuple[Gate, ...]


class ReportFile(NamedTuple):
    """rules/report.yaml: what the report shows of each gate."""

    version: int
    gates: dict[str, ReportSection]


def catalog_dir() -> Path:
    """rules/ in a source checkout; the copy packaged as readiness._catalog_data otherwise."""
    here = Path(__file__).resolve().parents[2] / "rules"
    if (here / "catalog.yaml").is_file():
        return here
    # An installed wheel (pre-commit, CI) has the copy beside the package. rules/ has no
    # __init__.py, so resources.files() would give a namespace MultiplexedPath, whose str()
    # is not a path.
    installed = Path(__file__).resolve().parents[1] / "_catalog_data"
    if (installed / "catalog.yaml").is_file():
        return installed
    from importlib import resources  # only here: importing it costs a cold start ~5 ms

    return Path(str(resources.files("readiness._catalog_data")))


# -- reading and validating ---------------------------------------------------------------------
def read_yaml(path: Path) -> Any:
    """A catalog file's data, read as every file is (readiness/read/document.py); a broken one
    is a catalog error (a bug in rules/, exit 3)."""
    try:
        doc, problems = document.parse(path.read_text(encoding="utf-8"), mapping=False)
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogError(f"{path}: {exc}") from exc
    if problems or doc is None:
        first = problems[0] if problems else None
        where = f"{first.line}:{first.column}: {first.message('en')}" if first else "empty"
        raise CatalogError(f"{path}:{where}")
    return doc.data


@functools.cache
def _adapter(kind: type) -> Any:
    from pydantic import TypeAdapter  # a cache miss only (see the module's docstring)

    return TypeAdapter(kind)


def _validate(kind: type, data: Any, where: str) -> Any:
    from pydantic import ValidationError

    try:
        return _adapter(kind).validate_python(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(x) for x in first["loc"])
        raise CatalogError(f"{where}: {loc}: {first['msg']}") from exc


def _texts(value: Any, where: str) -> None:
    """Every text of the catalog has both languages, and neither is blank."""
    if isinstance(value, Texts):
        if not value.nb.strip() or not value.en.strip():
            raise CatalogError(f"{where}: a text is blank in one language")
    elif isinstance(value, tuple):
        for item in value:
            _texts(item, where)
    elif isinstance(value, dict):
        for item in value.values():
            _texts(item, where)


# A section a person cites: numbers of the booklet's or the reply's sections ("1.10.1"),
# several with commas ("1.12, 1.13").
_SECTIONS = re.compile(r"\d+(?:\.\d+)*(?:, \d+(?:\.\d+)*)*")


def _check_source(source: Source, meta: CatalogFile, where: str) -> None:
    """The documents are the catalog's, and each place is one a person can cite: numbered
    sections (with a checklist item), or a point of the grant scheme named in words."""
    places = [(source.document, source.section, source.item), *source.also]
    for doc, section, _item in places:
        if doc not in meta.documents:
            raise CatalogError(
                f"{where}: unknown source document {doc!r}; known: {', '.join(meta.documents)}"
            )
        if source.point is None and not _SECTIONS.fullmatch(section):
            raise CatalogError(
                f"{where}: source section {section!r}: write numbered sections "
                '("1.10.1, 1.13"), a checklist item as item, or a point in words as point'
            )


def _check_rule(rule: Rule, meta: CatalogFile, group: Group, where: str) -> None:
    prefix, _, number = rule.id.partition("-")
    if prefix != group.id or len(number) != 2 or not number.isdigit():
        raise CatalogError(f"{where}: id must be {group.id}- and two digits ({group.file})")
    _check_source(rule.source, meta, where)
    if rule.basis not in meta.bases:
        raise CatalogError(f"{where}: unknown basis {rule.basis!r}; known: {', '.join(meta.bases)}")
    gates = {g.id for g in meta.gates}
    if not rule.gates or set(rule.gates) - gates:
        raise CatalogError(f"{where}: gates must name some of {', '.join(sorted(gates))}")
    _conditions(rule.unmet_when, where, frozenset(rule.variants))
    named = {alt.get("variant") for alt in rule.unmet_when}
    for name, variant in rule.variants.items():
        if name not in named:
            raise CatalogError(f"{where}: variant {name} is named by no alternative")
        if set(variant.replaces) - set(rule.variants):
            raise CatalogError(f"{where}: variant {name} replaces a variant the rule lacks")
    _texts(tuple(rule), where)


def _conditions(
    alternatives: tuple[Any, ...], where: str, variants: frozenset[str] = frozenset()
) -> None:
    """Each alternative is ``{all: [condition, ...]}``, and may name one of ``variants``."""
    if not alternatives:
        raise CatalogError(f"{where}: no condition")
    for alt in alternatives:
        if set(alt) - {"variant"} != {"all"} or not isinstance(alt["all"], list) or not alt["all"]:
            raise CatalogError(f"{where}: each alternative must be {{all: [condition, ...]}}")
        if "variant" in alt and alt["variant"] not in variants:
            raise CatalogError(
                f"{where}: an alternative names variant {alt['variant']!r}; the rule's variants: "
                f"{', '.join(sorted(variants)) or 'none'}"
            )


def _check_gates(meta: CatalogFile, rules: list[Rule], report: ReportFile) -> None:
    by_id = {r.id: r for r in rules}
    for gate in meta.gates:
        for rule_id in gate.plan_order:
            if rule_id not in by_id or gate.id not in by_id[rule_id].gates:
                raise CatalogError(
                    f"rules/catalog.yaml: gate {gate.id}: plan_order names {rule_id}, "
                    f"which is not a rule of that gate"
                )
        if gate.concluded_when:
            _conditions(gate.concluded_when, f"rules/catalog.yaml: gate {gate.id}")
    for gate_id, section in report.gates.items():
        if gate_id not in {g.id for g in meta.gates}:
            raise CatalogError(f"rules/report.yaml: unknown gate {gate_id}")
        for item in section.items:
            for rule_id in item.rules:
                if rule_id not in by_id or gate_id not in by_id[rule_id].gates:
                    raise CatalogError(
                        f"rules/report.yaml: {gate_id} item {item.number} names {rule_id}, "
                        f"which is not a rule of that gate"
                    )


def load_call(call_file: Path, gates: list[str], data: bytes | None = None) -> Call:
    """A call file the user gave (``--call``; ``data``: its bytes, if already read): its
    faults are input errors naming the file, with line and column (exit 2), not internal
    errors like a broken rules/call.yaml. It is read as every input is
    (readiness/read/files.py): a regular file of at most 1 MiB."""
    from pydantic import ValidationError

    name = str(call_file)

    def bad(detail: str, line: int = 1, column: int = 1) -> InputError:
        return InputError(name, [Problem("call.invalid", line, column, {"detail": detail})])

    text = reader.decode(reader.read_bytes(name) if data is None else data, name)
    doc, problems = document.parse(text, is_json=call_file.suffix.lower() == ".json")
    guarded = [Problem("personal.fnr_name")] if personal_data.found(name) else []
    if problems or guarded or doc is None:
        raise InputError(name, [*guarded, *problems] or [Problem("file.empty")])
    try:
        call: Call = _adapter(Call).validate_python(doc.data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = tuple(first["loc"])
        raise bad(f"{'.'.join(map(str, loc)) or '-'}: {first['msg']}", *doc.locate(loc)) from exc
    unknown = [g for g in call.amount_limits if g not in gates]
    negative = [g for g, v in call.amount_limits.items() if v < 0]
    if unknown or negative:
        gate = (unknown or negative)[0]
        detail = (
            f"amount_limits: unknown gate(s) {', '.join(unknown)}; known: {', '.join(gates)}"
            if unknown
            else f"amount_limits.{gate}: a limit is 0 or more"
        )
        raise bad(detail, *doc.locate(("amount_limits", gate)))
    return call


def validate_catalog(
    directory: Path, call_file: Path | None = None, call_data: bytes | None = None
) -> Catalog:
    """Read and validate the catalog in ``directory``; a malformed rule raises CatalogError
    naming it. A bad ``call_file`` (the user's ``--call``; ``call_data``: its bytes, if
    already read) raises InputError instead."""
    meta: CatalogFile = _validate(
        CatalogFile, read_yaml(directory / "catalog.yaml"), "rules/catalog.yaml"
    )
    _texts(tuple(meta), "rules/catalog.yaml")
    if call_file is not None:
        call = load_call(call_file, [g.id for g in meta.gates], call_data)
    else:
        call = _validate(Call, read_yaml(directory / "call.yaml"), "rules/call.yaml")
    report: ReportFile = _validate(
        ReportFile, read_yaml(directory / "report.yaml"), "rules/report.yaml"
    )
    rules: list[Rule] = []
    seen: set[str] = set()
    for group in meta.groups:
        path = directory / group.file
        data = read_yaml(path) if path.is_file() else []
        if not isinstance(data, list):
            raise CatalogError(f"rules/{group.file}: expected a list of rules")
        for i, item in enumerate(data):
            label = item.get("id", f"#{i + 1}") if isinstance(item, dict) else f"#{i + 1}"
            where = f"rules/{group.file}: rule {label}"
            rule: Rule = _validate(Rule, item, where)
            _check_rule(rule, meta, group, where)
            if rule.id in seen:
                raise CatalogError(f"rules/{group.file}: rule {rule.id} is defined twice")
            seen.add(rule.id)
            rules.append(rule)
    _check_gates(meta, rules, report)
    missing_limits = {g for r in rules if r.scope == "application" for g in r.gates} - set(
        call.amount_limits
    )
    if missing_limits:
        detail = f"amount_limits: no limit for gate(s) {', '.join(sorted(missing_limits))}"
        if call_file is not None:
            raise InputError(str(call_file), [Problem("call.invalid", params={"detail": detail})])
        raise CatalogError(f"rules/call.yaml: {detail}")
    for gate_id, section in report.gates.items():
        _check_source(section.source, meta, f"rules/report.yaml: {gate_id}")
    return Catalog(
        version=meta.version,
        documents=meta.documents,
        bases=meta.bases,
        parameters=meta.parameters,
        groups=list(meta.groups),
        gates=list(meta.gates),
        rules=rules,
        call=call,
        report=report.gates,
    )


# -- kept between runs --------------------------------------------------------------------------
def _cache_key(directory: Path, call: tuple[Path, bytes] | None) -> str | None:
    """The SHA-256 of everything the validated catalog depends on: every file of the catalog
    directory (and the user's call file: its path and the bytes the bounded reader read), this
    package's code (the records and their validation), and the versions of readiness,
    pydantic, PyYAML and Python. None when a file cannot be read: the catalog is then
    validated, which reports the problem."""
    here = Path(__file__).resolve().parent
    pyyaml = cache.package_version("yaml")  # without importing it: a hit never parses YAML
    digest = cache.digest("catalog-v2", cache.pydantic_version(), pyyaml)
    try:
        files = [here / "records.py", here / "load.py"]
        files += sorted(p for p in directory.iterdir() if p.suffix == ".yaml")
        if call is not None:
            files = [p for p in files if p != directory / "call.yaml"]
        for i, path in enumerate(files):
            raw = path.read_bytes()
            digest.update(f"|{i}:{path.name}:{len(raw)}:".encode())
            digest.update(raw)
    except OSError:
        return None
    if call is not None:
        # The call file's suffix decides how it is parsed (JSON or YAML).
        path, raw = call
        digest.update(f"|call:{path.suffix.lower()}:{len(raw)}:".encode())
        digest.update(raw)
    return digest.hexdigest()


def load_catalog(directory: Path | None = None, call_file: Path | None = None) -> Catalog:
    """Load and validate the catalog; a malformed rule raises CatalogError naming it. A bad
    ``call_file`` (the user's ``--call``) raises InputError instead."""
    directory = directory or catalog_dir()
    # read once, as every input is (bounded, a regular file only), for the key and the
    # validation alike
    call = (call_file, reader.read_bytes(str(call_file))) if call_file is not None else None
    where = cache.cache_dir()
    key = _cache_key(directory, call) if where is not None else None
    cached = where / f"catalog-{key}.pickle" if where is not None and key is not None else None
    if cached is not None:
        catalog = cache.load(cached, Catalog)
        if catalog is not None:
            return catalog
    catalog = validate_catalog(directory, call_file, call[1] if call is not None else None)
    if cached is not None:
        cache.store(cached, catalog)
    return catalog


@functools.lru_cache(maxsize=4)
def default_catalog(call_file: str | None = None) -> Catalog:
    """The process-wide catalog (cached); ``call_file`` overrides rules/call.yaml."""
    return load_catalog(call_file=Path(call_file) if call_file else None)
