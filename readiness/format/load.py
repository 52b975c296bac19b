"""Step 2 (the loading boundary): a file → a validated ``Initiative`` with positions.

Every input problem becomes a located ``Problem``; all problems of a file are collected and
raised together as one ``InputError`` (exit code 2). The bytes come from readiness/read/files.py
(regular files only, bounded); nothing here ever writes a file.
"""

from __future__ import annotations

import dataclasses
import os
import re
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic_core import ValidationError

from readiness import personal_data
from readiness.catalog.records import Catalog
from readiness.errors import InputError, Problem
from readiness.format.model import Initiative, is_section, key_named, keys_of
from readiness.format.validator import initiative_validator
from readiness.read import document as source
from readiness.read.files import EXTENSIONS, STDIN, read_text
from readiness.read.files import MAX_BYTES as MAX_BYTES  # the reader's limit, named here too


@dataclass(frozen=True)
class LoadedInitiative:
    """A validated initiative, the name it was read from, its text and its positions."""

    file: str
    initiative: Initiative
    document: source.Document
    text: str
    notes: tuple[Problem, ...] = ()  # warnings that do not stop the assessment

    def locate(self, path: tuple[str | int, ...]) -> tuple[int, int]:
        return place(self.document, path)


def place(doc: source.Document, path: tuple[str | int, ...]) -> tuple[int, int]:
    """Where the key at ``path`` stands in the file, or where it belongs when the file lacks
    it: the key of the section that would hold it, and for a section missing at the top level
    the key it would be written before (the next one in the format's order that the file has;
    the last one before it when none follows). The one place that positions a key for a
    finding or a problem, so nothing missing is pointed at line 1."""
    found = doc.key_at(path)
    if found is not None:
        return found
    for depth in range(len(path) - 1, 0, -1):
        found = doc.key_at(path[:depth])
        if found is not None:
            return found
    order = [k.key for k in keys_of(Initiative)]
    if path and path[0] in order:
        at = order.index(str(path[0]))
        for key in [*order[at + 1 :], *reversed(order[:at])]:
            found = doc.key_at((key,))
            if found is not None:
                return found
    return doc.locate(path)


def load_file(file: str, catalog: Catalog) -> LoadedInitiative:
    if file != STDIN:
        ext = os.path.splitext(file)[1].lower()
        # a path that is not there is "not found" (read_text says so), whatever its name: a
        # mistyped directory (`readiness check initiativs/`) has no file type to speak of
        if ext not in EXTENSIONS and os.path.lexists(file):
            raise InputError(file, [Problem("file.extension", params={"ext": ext or file})])
    text = read_text(file)
    return load_text(text, file, catalog, is_json=file.lower().endswith(".json"))


def load_text(text: str, file: str, catalog: Catalog, *, is_json: bool = False) -> LoadedInitiative:
    """Validate ``text`` as an initiative file called ``file``; raise InputError if unusable.

    The personal-data guard looks at the name here; the reader looks at the raw text (comments
    too) and the decoded keys and values (escapes, folded lines, numbers in other bases)."""
    doc, parse_problems = source.parse(text, is_json=is_json)
    if doc is None or parse_problems:
        raise InputError(file, [*_name_problems(file), *parse_problems])
    return load_document(doc, text, file, catalog)


def load_document(doc: source.Document, text: str, file: str, catalog: Catalog) -> LoadedInitiative:
    """Validate a document the reader made (``text``: the text it was read from) as an
    initiative file called ``file``, as ``load_text`` validates what it reads; raise InputError
    if unusable. readiness.explore.whatif gives it a file's data with edits applied."""
    problems = _name_problems(file)
    initiative = None
    try:
        initiative = initiative_validator().validate_python(_whole_numbers(doc.data))
    except ValidationError as exc:
        problems += _translate_all(exc, doc)
    if initiative is not None:
        problems += _check_references(initiative, doc)
        problems += _check_deviations(initiative, doc, catalog)
    if problems:
        raise InputError(file, problems)
    assert initiative is not None
    return LoadedInitiative(file, initiative, doc, text, tuple(template_leftovers(doc, text)))


def template_leftovers(doc: source.Document, text: str = "") -> list[Problem]:
    """A warning for each text the file still has as `readiness init` wrote it ("FACT Ung
    (navn på området)", "Navn på kommunen"): assessed as if it were the coordinator's own.
    The texts are the template's (readiness/format/template.py, ``placeholder_texts``).
    ``text``, the source ``doc`` was read from ("" when unknown, as for a what-if's data):
    a source with none of the texts in it, as the template writes them on one line, is not
    walked (most files; the walk is a tenth of a file's check)."""
    from readiness.format.template import placeholder_texts

    left = placeholder_texts()
    if text and not any(placeholder in text for placeholder in left):
        return []
    found: list[Problem] = []

    def walk(value: Any, path: tuple[str | int, ...]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for i, item in enumerate(value):
                walk(item, (*path, i))
        elif isinstance(value, str) and value.strip() in left:
            line, col = doc.locate_value(path)
            params: dict[str, object] = {"field": field_label(path), "text": value.strip()}
            found.append(Problem("template.leftover", line, col, params))

    walk(doc.data, ())
    return found


def _name_problems(file: str) -> list[Problem]:
    return [Problem("personal.fnr_name")] if personal_data.found(file) else []


# -- validation errors → located problems ------------------------------------------------------
_EXPECTED = {
    "int_type": "type.int",
    "int_parsing": "type.int",
    "int_from_float": "type.int",
    "float_type": "type.number",
    "float_parsing": "type.number",
    "bool_type": "type.bool",
    "bool_parsing": "type.bool",
    "string_type": "type.str",
    "date_type": "type.date",
    "date_parsing": "type.date",
    "date_from_datetime_parsing": "type.date",
    "date_from_datetime_inexact": "type.date",
    "list_type": "type.list",
    "dataclass_type": "type.mapping",
    "dataclass_exact_type": "type.mapping",
    "dict_type": "type.mapping",
}
# an unknown key: pydantic-core's error type for a dataclass's (the format's sections) and a
# model's
_UNKNOWN_KEY = ("unexpected_keyword_argument", "extra_forbidden")


def field_label(loc: tuple[str | int, ...]) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _unwrap(annotation: Any) -> Any:
    """The section class inside Optional[...] / list[...] / Annotated[...], if any."""
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _unwrap(typing.get_args(annotation)[0])
    if origin in (typing.Union, types.UnionType, list):
        for arg in typing.get_args(annotation):
            found = _unwrap(arg)
            if found is not None:
                return found
        return None
    return annotation if is_section(annotation) else None


def model_at(loc: tuple[str | int, ...]) -> type | None:
    """The section of the format that holds the keys at ``loc`` (a mapping's path)."""
    section: type | None = Initiative
    for part in loc:
        if section is None:
            return None
        if isinstance(part, int):
            continue
        fld = key_named(section, part)
        if fld is None:
            return None
        section = _unwrap(fld.annotation)
    return section


def valid_keys(loc: tuple[str | int, ...]) -> list[str]:
    section = model_at(loc)
    if section is None:
        return []
    return [k.key for k in keys_of(section)]


def _close_match(word: str, candidates: list[str]) -> str | None:
    """The candidate ``word`` is most likely a misspelling of, if any ("did you mean")."""
    import difflib  # only for files with an unknown key: not imported on a cold start

    close = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return close[0] if close else None


def _translate_all(exc: ValidationError, doc: source.Document) -> list[Problem]:
    """Translate every error; a missing key that a misspelt key next to it would have
    supplied is not reported twice (the misspelling says it all)."""
    errors = exc.errors(include_url=False)
    meant: set[tuple[str | int, ...]] = set()
    for err in errors:
        if err["type"] in _UNKNOWN_KEY:
            loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
            close = _close_match(str(loc[-1]), valid_keys(loc[:-1]))
            if close:
                meant.add((*loc[:-1], close))
    out = []
    for err in errors:
        loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
        if err["type"] == "missing" and loc in meant:
            continue
        out.append(dataclasses.replace(_translate(err, doc), path=loc))
    return out


def _whole_numbers(data: Any) -> Any:
    """``data`` with each number that has no fraction (``70.0``) as an integer. JSON and JSON
    Schema have one kind of number, and a number with a zero fraction is an integer there
    (JSON Schema's "integer"): an editor's schema takes ``estimated_size: 70.0``, so the
    format does too (tests/test_schema.py holds the two to the same verdicts). A number with
    a fraction, a text and a boolean are left as they are, and refused where they do not fit.
    Done here, for the whole document, because pydantic's strict integers refuse a float."""
    if isinstance(data, float):
        # within 2**53 a float holds every integer exactly; past it (1e300) it stays a float
        return int(data) if data.is_integer() and abs(data) <= 2**53 else data
    if isinstance(data, dict):
        if not any(isinstance(v, (float, dict, list)) for v in data.values()):
            return data
        return {k: _whole_numbers(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_whole_numbers(v) for v in data]
    return data


def _translate(err: Any, doc: source.Document) -> Problem:
    loc = tuple(p for p in err["loc"] if isinstance(p, (str, int)))
    kind = err["type"]
    label = field_label(loc)
    value = err.get("input")
    ctx = err.get("ctx") or {}
    if kind == "missing":
        line, col = place(doc, loc)
        return Problem("schema.missing", line, col, {"field": label, "hint": ""})
    if kind in _UNKNOWN_KEY:
        line, col = doc.key_at(loc) or doc.locate(loc)
        valid = valid_keys(loc[:-1])
        close = _close_match(str(loc[-1]), valid)
        return Problem(
            "schema.unknown_key",
            line,
            col,
            {
                "key": loc[-1],
                "suggestion": _Lazy("schema.did_you_mean", name=close) if close else "",
                "valid": ", ".join(valid),
            },
        )
    line, col = doc.locate_value(loc)
    if loc == ("schema_version",) and kind == "literal_error":
        return Problem("schema.schema_version", line, col, {"value": value})
    if kind in ("literal_error", "enum"):
        choices = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        meant = _choice_meant(loc, value, choices)
        params = {
            "value": value,
            "field": label,
            "choices": _Choices(loc, choices),
            "suggestion": _Lazy(
                "schema.did_you_mean_choice", name=meant, label=_Meaning(loc, meant)
            )
            if meant
            else "",
        }
        return Problem("schema.choice", line, col, params)
    if kind == "no_such_date":  # date-shaped, but no such day (model._to_date)
        return Problem("date.no_such_day", line, col, {"value": ctx.get("value", value)})
    if kind == "string_pattern_mismatch":
        return Problem("schema.slug", line, col, {"value": value})
    if kind == "greater_than_equal":
        return Problem("schema.ge", line, col, {"field": label, "limit": ctx.get("ge")})
    if kind == "less_than_equal":
        return Problem("schema.le", line, col, {"field": label, "limit": ctx.get("le")})
    if kind == "greater_than":
        return Problem("schema.gt", line, col, {"field": label, "limit": ctx.get("gt")})
    if kind == "too_short":
        # pydantic always gives the length asked for; a list can only be too short for 1+
        limit = ctx.get("min_length")
        limit = limit if isinstance(limit, int) and limit > 0 else 1
        return Problem("schema.too_short", line, col, {"field": label, "limit": limit})
    if kind in _EXPECTED:
        expected = _EXPECTED[kind]
        params = {"field": label, "expected": _Lazy(expected), "got": _LazyValue(value)}
        return Problem("schema.type", line, col, {**params, "hint": _type_hint(expected, value)})
    return Problem("schema.other", line, col, {"field": label, "detail": err.get("msg", kind)})


_YAML_11_BOOLEANS = frozenset({"yes", "no", "on", "off", "y", "n"})


def _type_hint(expected: str, value: Any) -> _Lazy | str:
    """What to do about a value of the wrong type that YAML 1.2's typing (format 1.1) makes
    of a common way of writing: ``yes`` for a boolean, a quoted number, a number as a text."""
    if expected == "type.bool" and isinstance(value, str) and value.lower() in _YAML_11_BOOLEANS:
        return _Lazy("hint.yaml_boolean")
    if expected in ("type.int", "type.number") and isinstance(value, str):
        try:
            float(value)
        except ValueError:
            return ""
        return _Lazy("hint.quoted_number")
    if expected == "type.str" and isinstance(value, (int, float)):
        return _Lazy("hint.number_as_text")
    return ""


class _Lazy:
    """A message fragment rendered in the language of the message that embeds it."""

    def __init__(self, key: str, **params: object):
        self.key = key
        self.params = params

    def render(self, lang: str) -> str:
        from readiness.text import t

        return t(self.key, lang, **self.params)  # type: ignore[arg-type]

    def __format__(self, spec: str) -> str:
        return self.render("nb")


class _LazyValue(_Lazy):
    def __init__(self, value: Any):
        super().__init__("")
        self.value = value

    def render(self, lang: str) -> str:
        from readiness.text import t

        if self.value is None:
            return t("got.null", lang)  # type: ignore[arg-type]
        if isinstance(self.value, bool):
            return repr(self.value).lower()
        if isinstance(self.value, dict):
            return t("type.mapping", lang)  # type: ignore[arg-type]
        if isinstance(self.value, list):
            return t("type.list", lang)  # type: ignore[arg-type]
        if isinstance(self.value, (int, float)):
            return t("got.number", lang, number=str(self.value)[:40])  # type: ignore[arg-type]
        return f"«{str(self.value)[:40]}»" if lang == "nb" else f"'{str(self.value)[:40]}'"


class _Meaning(_Lazy):
    """What the choice ``value`` of the key at ``loc`` means, in the message's language."""

    def __init__(self, loc: tuple[str | int, ...], value: str):
        super().__init__("")
        self.loc = loc
        self.value = value

    def render(self, lang: str) -> str:
        from readiness.format.labels import choice_label

        return choice_label(self.loc, self.value, lang) or self.value  # type: ignore[arg-type]


class _Choices(_Lazy):
    """Every choice of the key at ``loc``, each with what it means: "municipality (kommune),
    city_district (bydel), …"."""

    def __init__(self, loc: tuple[str | int, ...], choices: list[str]):
        super().__init__("")
        self.meanings = [_Meaning(loc, c) for c in choices]

    def render(self, lang: str) -> str:
        shown = []
        for meaning in self.meanings:
            said = meaning.render(lang)
            shown.append(meaning.value if said == meaning.value else f"{meaning.value} ({said})")
        return ", ".join(shown)


def _choice_meant(loc: tuple[str | int, ...], value: object, choices: list[str]) -> str | None:
    """The choice a refused ``value`` most likely means: a misspelling of a choice
    ("endorsd"), or the choice's meaning in words, in either language ("kommune",
    "ungdomsråd", "youth council"). The format's keys and values are English while its
    template explains them in Norwegian, so a Norwegian word is a common way to miss."""
    if not isinstance(value, str) or not choices:
        return None
    from readiness.format.labels import choice_label

    words: dict[str, str] = {}  # a way of writing a choice → the choice
    for choice in choices:
        words.setdefault(choice.casefold(), choice)
        for lang in ("nb", "en"):
            label = choice_label(loc, choice, lang)
            if label:
                words.setdefault(label.casefold(), choice)
    close = _close_match(value.casefold(), list(words))
    return words[close] if close else None


# -- cross-references ------------------------------------------------------------------------
def _references(ini: Initiative) -> list[tuple[tuple[str | int, ...], str]]:
    refs: list[tuple[tuple[str | int, ...], str]] = []
    if ini.agreement:
        refs += [(("agreement", "parties", i), pid) for i, pid in enumerate(ini.agreement.parties)]
    if ini.lead_body:
        refs.append((("lead_body",), ini.lead_body))
    pp = ini.pre_project
    if pp:
        if pp.establishment_owner:
            refs.append((("pre_project", "establishment_owner"), pp.establishment_owner))
        if pp.governance:
            refs += [
                (("pre_project", "governance", "steering_group", i), pid)
                for i, pid in enumerate(pp.governance.steering_group)
            ]
    est = ini.establishment
    if est:
        for key in ("personnel_responsibility", "professional_responsibility"):
            if getattr(est, key):
                refs.append((("establishment", key), getattr(est, key)))
    app = ini.application
    if app:
        if app.main_applicant:
            refs.append((("application", "main_applicant"), app.main_applicant))
        refs += [
            (("application", "co_applicants", i), pid) for i, pid in enumerate(app.co_applicants)
        ]
        refs += [
            (("application", "signatures", i, "party"), s.party)
            for i, s in enumerate(app.signatures)
        ]
    return refs


def _check_references(ini: Initiative, doc: source.Document) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}  # party id → index of its first entry
    for i, party in enumerate(ini.parties):
        if party.id in seen:  # positions are looked up only for a problem
            line, col = doc.locate_value(("parties", i, "id"))
            first_line = doc.locate_value(("parties", seen[party.id], "id"))[0]
            problems.append(
                Problem(
                    "ref.duplicate_party",
                    line,
                    col,
                    {"id": party.id, "first_line": first_line},
                    ("parties", i, "id"),
                )
            )
        else:
            seen[party.id] = i
    known = ", ".join(seen)
    # a party meant by its id misspelt, or by its name ("Siljan kommune" for siljan)
    ways = {pid: pid for pid in seen} | {p.name.casefold(): p.id for p in ini.parties}
    for path, pid in _references(ini):
        if pid not in seen:
            line, col = doc.locate_value(path)
            close = _close_match(pid.casefold(), list(ways))
            problems.append(
                Problem(
                    "ref.dangling",
                    line,
                    col,
                    {
                        "field": field_label(path),
                        "id": pid,
                        "known": known,
                        "suggestion": _Lazy("schema.did_you_mean", name=ways[close])
                        if close
                        else "",
                    },
                    path,
                )
            )
    return problems


def _check_deviations(ini: Initiative, doc: source.Document, catalog: Catalog) -> list[Problem]:
    problems = []
    first: dict[str, int] = {}
    for i, dev in enumerate(ini.deviations):
        at: tuple[str | int, ...] = ("deviations", i, "rule")
        line, col = doc.locate_value(at)
        if not catalog.has_rule(dev.rule):
            problems.append(
                Problem(
                    "deviation.unknown_rule",
                    line,
                    col,
                    {"rule": dev.rule, "known": ", ".join(catalog.ids)},
                    at,
                )
            )
            continue
        rule = catalog.rule(dev.rule)
        if not rule.waivable:
            problems.append(
                Problem(
                    "deviation.not_waivable", line, col, {"rule": rule.id, "name": rule.name}, at
                )
            )
        if dev.rule in first:
            problems.append(
                Problem(
                    "deviation.duplicate",
                    line,
                    col,
                    {"rule": dev.rule, "first_line": first[dev.rule]},
                    at,
                )
            )
        first.setdefault(dev.rule, line)
    return problems
