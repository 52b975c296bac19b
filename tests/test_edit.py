"""readiness/explore/edit.py: one editor finds list items through an index that follows its own
edits."""

from __future__ import annotations

from typing import Any

import pytest

from readiness.errors import UsageError
from readiness.explore.edit import Editor


def _data() -> dict[str, Any]:
    return {
        "parties": [{"id": "a", "stance": "interested"}, {"id": "b"}, {"id": "a", "note": "2nd"}],
        "application": {"signatures": [{"party": "a", "role": "Leder"}]},
    }


def test_an_item_is_found_by_name_and_by_index_the_first_of_a_name_wins() -> None:
    ed = Editor(_data())
    assert ed.get("parties[a].stance") == "interested"
    assert ed.get("parties[2].note") == "2nd"
    assert ed.get("application.signatures[a].role") == "Leder"
    assert ed.get("parties[c]") is None
    assert ed.get("parties[9]") is None
    assert ed.get("application.signatures.x") is None  # a key of a list: not there


def test_the_index_follows_a_renamed_item() -> None:
    ed = Editor(_data())
    assert ed.get("parties[b]") == {"id": "b"}  # the index is made
    ed.set("parties[b].id", "c")
    assert ed.get("parties[b]") is None
    assert ed.get("parties[c]") == {"id": "c"}
    ed.unset("parties[c].id")
    assert ed.get("parties[c]") is None


def test_the_index_follows_appended_replaced_and_removed_items() -> None:
    ed = Editor(_data())
    assert ed.get("parties[a].stance") == "interested"
    ed.set("parties[+]", {"id": "d"})
    ed.set("parties[+]", {"id": "b", "note": "later"})  # the earlier b still wins
    assert ed.get("parties[d]") == {"id": "d"}
    assert ed.get("parties[b]") == {"id": "b"}
    ed.set("parties[b]", {"id": "e"})
    assert ed.get("parties[e]") == {"id": "e"}
    assert ed.get("parties[b].note") == "later"  # the one left with that name
    ed.unset("parties[a]")  # the first a: the second one moves up
    assert ed.get("parties[a].note") == "2nd"
    assert ed.get("parties[d]") == {"id": "d"}
    ed.set("parties", [{"id": "z"}])  # a new list: its own index
    assert ed.get("parties[z]") == {"id": "z"}
    assert ed.get("parties[d]") is None


def test_a_missing_item_names_the_items_there() -> None:
    ed = Editor(_data())
    with pytest.raises(UsageError) as err:
        ed.set("parties[x].stance", "committed")
    assert err.value.params["known"] == "a, b, a"


@pytest.mark.parametrize("absent", [{}, {"youth_involvement": None}])
def test_appending_to_a_list_the_file_does_not_have_makes_the_list(absent: dict) -> None:
    data: dict[str, Any] = dict(absent, agreement={"status": "none"})
    editor = Editor(data)
    editor.set("youth_involvement[+]", {"with": "Ungdomsrådet", "kind": "youth_council"})
    editor.set("pre_project.cooperation[+]", {"with": "nav"})
    assert data["youth_involvement"] == [{"with": "Ungdomsrådet", "kind": "youth_council"}]
    assert data["pre_project"] == {"cooperation": [{"with": "nav"}]}
