"""readiness/render/github.py: workflow commands escaped as GitHub's toolkit does."""

from __future__ import annotations

from readiness.render.github import command, escape_data, escape_property


def test_data_escapes_percent_and_line_breaks() -> None:
    assert escape_data("100% ok\r\nneste: a, b") == "100%25 ok%0D%0Aneste: a, b"


def test_property_also_escapes_colon_and_comma() -> None:
    assert escape_property("IDE-05: a, b%\n") == "IDE-05%3A a%2C b%25%0A"


def test_command_shape() -> None:
    line = command("error", "linje 1\nlinje 2", file="ini/a,b.yaml", line=3, col=5, title="T: x")
    assert line == "::error file=ini/a%2Cb.yaml,line=3,col=5,title=T%3A x::linje 1%0Alinje 2"
