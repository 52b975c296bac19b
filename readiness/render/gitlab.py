"""``--format gitlab``: GitLab Code Quality, the report of ``artifacts: reports: codequality``.

A JSON array with one issue per finding that is not met and per problem of a file that could
not be read, in the fields GitLab reads (its documentation, "Implement a custom tool"; the rest
of the Code Climate format GitLab ignores): ``description``, ``check_name`` (the rule id, or
``INPUT``), ``fingerprint`` (the same in every run that finds the same thing:
readiness/render/source.py), ``severity`` and ``location.path`` (relative to the repository's
root) with ``location.lines.begin``. GitLab keeps one issue per fingerprint and drops an issue
that does not fit its schema, so each is unique and whole.

Severities: an unmet rule that makes the file fail (required; recommended with --strict)
``major``, a file that cannot be read ``critical``, another unmet recommendation ``minor``,
advice and everything in a concluded assessment ``info``. An accepted deviation is no issue:
Code Quality has no way to show one as accepted, and the JUnit report lists it.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from readiness.assess.results import Invalid, Result, finding_fails
from readiness.render import RenderContext
from readiness.render.source import fingerprint, repo_path, shown_path
from readiness.render.words import said

INPUT_CHECK = "INPUT"


def _issue(
    description: str, check: str, print_: str, severity: str, path: str, line: int
) -> dict[str, Any]:
    return {
        "type": "issue",
        "description": description,
        "check_name": check,
        "fingerprint": print_,
        "severity": severity,
        "location": {"path": path, "lines": {"begin": max(1, line)}},
    }


def issues(results: Sequence[Result], ctx: RenderContext) -> list[dict[str, Any]]:
    lang, root = ctx.lang, ctx.source_root
    out: list[dict[str, Any]] = []
    for r in results:
        if isinstance(r, Invalid):
            file = r.shown_file(lang)
            path = shown_path(file, root)
            seen: dict[str, int] = {}
            for e, nb in zip(r.errors(lang), r.errors("nb"), strict=True):
                n = seen[nb["message"]] = seen.get(nb["message"], 0) + 1
                key = repo_path(file, root) or file
                print_ = fingerprint(key, INPUT_CHECK, nb["message"], str(n))
                out.append(_issue(e["message"], INPUT_CHECK, print_, "critical", path, e["line"]))
            continue
        path = shown_path(r.file, root)
        for f in r.findings:
            if f.status != "unmet":
                continue
            if finding_fails(r, f, ctx.strict):
                severity = "major"
            elif f.severity == "recommended" and r.verdict != "concluded":
                severity = "minor"
            else:
                severity = "info"
            words = said(f, r, ctx.catalog, lang)
            description = f"{f.rule} {words.title}: {words.message}"
            print_ = fingerprint(repo_path(r.file, root) or r.file, f.rule)
            out.append(_issue(description, f.rule, print_, severity, path, f.location.line))
    return out


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    return json.dumps(issues(results, ctx), ensure_ascii=False, indent=2) + "\n"
