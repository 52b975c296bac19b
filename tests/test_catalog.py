"""The catalog as a whole: every rule traceable (source, path into the format), documented in
both languages, specified in a Gherkin scenario, and compilable by durable_rules."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from readiness.catalog.load import default_catalog
from readiness.engine.durable import check_rule
from readiness.explore.edit import parse_path as edit_parse_path
from readiness.format.load import valid_keys

ROOT = Path(__file__).resolve().parent.parent
CATALOG = default_catalog()
RULES = CATALOG.rules
FEATURES = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "features").rglob("*.feature"))
# The shared spec beside the checkout (/work/main → /work/shared), or beside the directory of
# worktrees (/work/wt/NAME → /work/shared).
SPEC = next(
    (
        p / "shared" / "spec" / "rule-catalog.md"
        for p in ROOT.parents
        if (p / "shared" / "spec" / "rule-catalog.md").is_file()
    ),
    ROOT.parent / "shared" / "spec" / "rule-catalog.md",
)


def _key_path_is_in_the_format(path: str) -> bool:
    """Every key of ``path`` (edit syntax: parties[i].x, cooperation[school].agreement) exists
    in the pydantic model at that place."""
    parent: tuple[str | int, ...] = ()
    for kind, name in edit_parse_path(path):
        if kind == "item":
            parent = (*parent, 0)
            continue
        if name not in valid_keys(parent):
            return False
        parent = (*parent, name)
    return True


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_documented_in_both_languages(rule) -> None:
    for field in ("title", "message", "remedy", "condition"):
        texts = getattr(rule, field)
        assert texts.nb.strip() and texts.en.strip(), f"{rule.id}.{field}"
        assert texts.nb != texts.en, f"{rule.id}.{field} is not translated"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_traceable(rule) -> None:
    assert rule.source.document in CATALOG.documents
    assert rule.source.section.strip()
    assert _key_path_is_in_the_format(rule.path), (
        f"{rule.id}: path {rule.path} is not in the format"
    )
    for key in rule.keys:
        assert _key_path_is_in_the_format(key), f"{rule.id}: key {key} is not in the format"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_is_specified_in_a_scenario(rule) -> None:
    assert re.search(rf"\b{rule.id}\b", FEATURES), f"no scenario in features/ names {rule.id}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_condition_compiles(rule) -> None:
    assert check_rule(rule)


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_party_rules_name_their_parties(rule) -> None:
    """A rule over every (core) party names the parties: in its message, or in the message of
    the variant its party alternatives name."""
    if rule.per_party:
        messages = [rule.message] + [v.message for v in rule.variants.values() if v.message]
        assert any("{parties}" in m.nb and "{parties}" in m.en for m in messages)


def test_catalog_order_is_group_then_number() -> None:
    groups = list(default_catalog().groups)
    keys = [(groups.index(r.id[:3]), int(r.id[4:])) for r in RULES]
    assert keys == sorted(keys)


@pytest.mark.skipif(not SPEC.is_file(), reason="the shared spec is not beside this checkout")
def test_ids_severities_waivers_and_gates_match_the_contract() -> None:
    """Ids, severities and waivability are the contract: compare with the spec's tables."""
    rows = re.findall(
        r"^\| ((?:GEN|IDE|FOR|ETB|APP)-\d{2}) \| `([^`]+)`(?: \(\*new in \d+\*\))? \| (\w+) \| "
        r"(yes|no) \|",
        SPEC.read_text(),
        re.M,
    )
    assert rows
    by_id = {r.id: r for r in RULES}
    assert {rid for rid, *_ in rows} == set(by_id), "the catalog's rules are the spec's"
    for rid, name, severity, waivable in rows:
        rule = by_id[rid]
        assert (rule.name, rule.severity, rule.waivable) == (name, severity, waivable == "yes"), rid


def _spec_bases() -> dict[str, str]:
    """rule id → basis, from the spec's "Bases:" paragraph ("every APP rule", "every other
    rule")."""
    text = SPEC.read_text()
    m = re.search(r"^Bases: (.*?)\n\n", text, re.M | re.S)
    assert m, "no Bases: paragraph in the spec"
    ids = [r.id for r in RULES]
    out: dict[str, str] = {}
    rest = None
    for basis, names in re.findall(r"`(\w+)`: (.*?)\.(?= `|$)", " ".join(m.group(1).split())):
        if names.strip() == "every other rule":
            rest = basis
            continue
        for part in re.split(r",\s*|\s+and\s+", names):
            part = part.strip()
            if part.startswith("every ") and part.endswith(" rule"):
                group = part.split()[1]
                out |= {rid: basis for rid in ids if rid.startswith(group + "-")}
            else:
                out[part] = basis
    assert rest
    return out | {rid: rest for rid in ids if rid not in out}


@pytest.mark.skipif(not SPEC.is_file(), reason="the shared spec is not beside this checkout")
def test_bases_match_the_contract() -> None:
    spec = _spec_bases()
    assert {r.id: r.basis for r in RULES} == spec


# Words a rule that is not a condition of the grant scheme must not use: it may say what the
# booklet or the national team asks, never that Statsforvalteren or the grant depends on it.
_DEMANDS = {
    "nb": (
        "vilkår for tilskudd",
        "forutsetning for tilskudd",
        "statsforvalteren krever",
        "kan ikke innvilges",
        "blir sendt tilbake",
        "før dere søker etableringsmidler",
    ),
    "en": (
        "condition of the grant",
        "condition for the grant",
        "statsforvalteren requires",
        "cannot be granted",
        "are sent back",
        "before you apply for establishment funds",
    ),
}


@pytest.mark.parametrize(
    "rule", [r for r in RULES if r.basis != "grant_scheme"], ids=lambda r: r.id
)
def test_texts_follow_the_basis(rule) -> None:
    """A rule of the booklet or the national team never says the grant depends on it."""
    texts = [rule.title, rule.message, rule.remedy, rule.condition]
    texts += [x for v in rule.variants.values() for x in (v.message, v.remedy) if x]
    for lang in ("nb", "en"):
        for text in texts:
            for demand in _DEMANDS[lang]:
                assert demand not in getattr(text, lang).lower(), (rule.id, lang, demand)


def _spec_gates() -> dict[str, set[str]]:
    """Each gate's rules as the spec's sections say: the general rules in every gate, the
    rules of a gate's table, the ones its "Also in this gate" line names (GEN-01…04 is a
    range), and the application rules by their gates column (APP rules join a gate only with
    an application for it)."""
    text = SPEC.read_text()
    ids = r"(?:GEN|IDE|FOR|ETB|APP)-\d{2}"
    general = re.search(r"## General rules.*?(?=\n## )", text, re.S)
    assert general
    every = set(re.findall(rf"^\| ({ids}) \|", general.group(), re.M))
    gates: dict[str, set[str]] = {}
    for gate, body in re.findall(r"## Gate `(\w+)`(.*?)(?=\n## |\Z)", text, re.S):
        found = set(every) | set(re.findall(rf"^\| ({ids}) \|", body, re.M))
        also = re.search(r"Also in this gate:(.*?)(?:\.\n|:\n)", body, re.S)
        if also:
            for first, last in re.findall(rf"({ids})…(\d{{2}})", also.group(1)):
                prefix, start = first.split("-")
                found |= {f"{prefix}-{n:02d}" for n in range(int(start), int(last) + 1)}
            found |= set(re.findall(ids, also.group(1)))
        gates[gate] = found
    app = re.search(r"## Application rules.*?(?=\n## )", text, re.S)
    assert app
    for rid, which in re.findall(
        rf"^\| ({ids}) \| `[^`]+` \| \w+ \| (?:yes|no) \| (\w+) \|", app.group(), re.M
    ):
        for gate in ("preproject", "establishment") if which == "both" else (which,):
            gates[gate].add(rid)
    return gates


@pytest.mark.skipif(not SPEC.is_file(), reason="the shared spec is not beside this checkout")
def test_each_gate_has_the_rules_the_contract_gives_it() -> None:
    spec = _spec_gates()
    assert set(spec) == set(CATALOG.gates)
    for gate, expected in spec.items():
        ours = {r.id for r in CATALOG.rules_for(gate, with_application=True)}
        assert ours == expected & set(CATALOG.ids), gate


def test_an_unknown_rule_id_lists_the_known_ones() -> None:
    with pytest.raises(KeyError, match="IDE-01"):
        CATALOG.rule("IDE-99")


def test_rules_readme_documents_every_fact_the_engine_builds() -> None:
    """rules/README.md ("The facts") is the one description of the fact vocabulary: every
    property build_facts gives a kind of fact is named in that kind's row."""
    from readiness.engine.facts import FACT_KINDS, build_facts
    from readiness.format.load import load_file
    from tests.helpers import AS_OF

    catalog = default_catalog()
    rows = {}
    readme = (Path(__file__).parent.parent / "rules" / "README.md").read_text(encoding="utf-8")
    for line in readme.split("## The facts", 1)[1].splitlines():
        m = re.match(r"\| `(\w+)` \|[^|]*\|(.*)\|$", line)
        if m and m.group(1) != "t":  # the header row
            rows[m.group(1)] = set(re.findall(r"`(\w+)`", m.group(2)))
    assert set(rows) == set(FACT_KINDS)
    built: dict[str, set[str]] = {}
    for name in ("drammen-lier-etablering-klar.yaml", "vestfold-nord-soknad-klar.yaml"):
        ini = load_file(f"examples/{name}", catalog).initiative
        for gate in catalog.gates:
            for fact in build_facts(ini, catalog, gate, AS_OF):
                # ``id`` is durable_rules' own key for a fact, not a property rules match on
                built.setdefault(fact["t"], set()).update(k for k in fact if k not in ("t", "id"))
    for kind, props in built.items():
        assert props <= rows[kind], (kind, sorted(props - rows[kind]))
