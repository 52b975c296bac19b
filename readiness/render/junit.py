"""``--format junit``: JUnit XML for CI test reports (GitLab, Jenkins, GitHub test reporters).

One ``testsuite`` per file and one ``testcase`` per rule of its gate (classname = the file). A
case fails when its finding makes the file fail (an unmet required rule; with --strict also a
recommended one), so the report agrees with the exit code. A file that could not be assessed
is one ``error`` case.

An unmet rule that does not fail the file (a recommendation not followed, advice, anything in
a concluded assessment) and an accepted deviation are ``skipped`` cases, with a ``message``
(what kind of remark, and the rule's title) and the details as the element's text: GitLab
shows a case's details only for ``failure``, ``error`` and ``skipped`` (its parser drops
``system-out`` of a passing case, and a ``skipped`` without text), Jenkins shows a skipped
case's message and text, and neither counts a skipped case as a failure. Passing cases (rules
met) have nothing to say. The output keeps to the attributes of Jenkins' JUnit schema (the
xunit plugin's junit-10.xsd), which the tests validate it against. Built with
xml.etree.ElementTree, which escapes everything.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence

from readiness.assess.assessment import Assessment, Finding
from readiness.assess.results import Invalid, Result, finding_fails
from readiness.render import RenderContext, shown
from readiness.render.words import said
from readiness.text import t

INPUT_CASE = "readiness.input"


def _details(a: Assessment, f: Finding, ctx: RenderContext) -> str:
    lang = ctx.lang
    words = said(f, a, ctx.catalog, lang)
    lines = [
        f"{a.file}:{f.location.line}:{f.location.column} ({f.location.path})",
        f"{f.rule} {words.title} [{words.weight}]",
        words.message,
    ]
    if f.status == "accepted" and f.deviation is not None:
        lines.append(
            f"{t('status.accepted', lang)}: {f.deviation.reason} "
            f"({t('label.accepted_by', lang)} {f.deviation.accepted_by})"
        )
    elif words.remedy:
        lines.append(f"{t('label.remedy', lang)}: {words.remedy}")
    lines.append(f"{t('label.source', lang)}: {words.source}")
    return "\n".join(lines)


def _remark(a: Assessment, f: Finding, ctx: RenderContext) -> str:
    """The ``message`` of a skipped case: what kind of remark, and the rule's title."""
    lang = ctx.lang
    title = said(f, a, ctx.catalog, lang).title
    if f.status == "accepted":
        return f"{t('status.accepted', lang)}: {title}"
    return f"{t('severity.' + f.severity, lang)}, {t('status.unmet', lang)}: {title}"


def _suite(root: ET.Element, r: Result, ctx: RenderContext) -> tuple[int, int, int]:
    file = r.shown_file(ctx.lang) if isinstance(r, Invalid) else r.file
    suite = ET.SubElement(root, "testsuite", name=file)
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", name="verdict", value=r.verdict)
    ET.SubElement(props, "property", name="as_of", value=ctx.as_of.isoformat())
    if isinstance(r, Invalid):
        case = ET.SubElement(suite, "testcase", classname=file, name=INPUT_CASE, time="0")
        lines = r.lines(ctx.lang)
        err = ET.SubElement(case, "error", message=lines[0] if lines else "", type="invalid")
        err.text = "\n".join(lines)
        tests, failures, errors, skipped = 1, 0, 1, 0
    else:
        ET.SubElement(props, "property", name="initiative", value=r.initiative)
        ET.SubElement(props, "property", name="gate", value=r.gate)
        tests, failures, errors, skipped = 0, 0, 0, 0
        for f in r.findings:
            case = ET.SubElement(
                suite, "testcase", classname=r.file, name=f"{f.rule} {f.name}", time="0"
            )
            # How binding the rule is stands in the text of a failure or a skipped case
            # (``_details``): Jenkins' junit-10.xsd allows no properties in a test case.
            tests += 1
            if finding_fails(r, f, ctx.strict):
                failures += 1
                title = said(f, r, ctx.catalog, ctx.lang).title
                fail = ET.SubElement(case, "failure", message=title, type=f.severity)
                fail.text = _details(r, f, ctx)
            elif f.status != "met":
                skipped += 1
                skip = ET.SubElement(case, "skipped", message=_remark(r, f, ctx))
                skip.text = _details(r, f, ctx)
    suite.set("tests", str(tests))
    suite.set("failures", str(failures))
    suite.set("errors", str(errors))
    suite.set("skipped", str(skipped))
    suite.set("time", "0")
    return tests, failures, errors


def render(results: Sequence[Result], ctx: RenderContext) -> str:
    root = ET.Element("testsuites", name="readiness")
    totals = [0, 0, 0]
    for r in results:
        for i, n in enumerate(_suite(root, r, ctx)):
            totals[i] += n
    root.set("tests", str(totals[0]))
    root.set("failures", str(totals[1]))
    root.set("errors", str(totals[2]))
    root.set("time", "0")
    ET.indent(root)
    # control characters from the file written out: XML 1.0 may not hold them at all
    document = ET.tostring(root, encoding="unicode")
    return shown('<?xml version="1.0" encoding="UTF-8"?>\n' + document + "\n")
