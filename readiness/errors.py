"""The project's one error hierarchy; readiness/cli/shared.py maps it to exit codes (2 input, 3
internal)."""

from __future__ import annotations

from dataclasses import dataclass, field

from readiness.text import Lang, redacted, t


@dataclass(frozen=True)
class Problem:
    """One located input problem. ``key`` names a message in readiness.text.MESSAGES; ``path``
    is the key of the file it is about (``("parties", 2, "name")``), where it is known."""

    key: str
    line: int = 1
    column: int = 1
    params: dict[str, object] = field(default_factory=dict)
    path: tuple[str | int, ...] = ()

    def message(self, lang: Lang = "nb") -> str:
        return t(self.key, lang, **self.params)

    render = message  # as a parameter of another message (readiness.text.t)

    def to_dict(self, lang: Lang = "nb") -> dict[str, object]:
        return {"message": self.message(lang), "line": self.line, "column": self.column}


class ReadinessError(Exception):
    """Base of every error this project raises on purpose."""


class InputError(ReadinessError):
    """The user's input cannot be assessed; carries every problem found (exit code 2)."""

    def __init__(self, file: str, problems: list[Problem]):
        self.file = file
        self.problems = sorted(problems, key=lambda p: (p.line, p.column))
        super().__init__(f"{file}: {len(problems)} problem(s)")

    def __reduce__(self) -> tuple[object, ...]:
        # picklable for the batch's worker processes (readiness/assess/batch.py)
        return (InputError, (self.file, self.problems))

    def lines(self, lang: Lang = "nb") -> list[str]:
        file = redacted(self.file, lang)  # a name may hold a number (personal.fnr_name)
        return [f"{file}:{p.line}:{p.column}: {p.message(lang)}" for p in self.problems]


class UsageError(ReadinessError):
    """A command was called with arguments that do not fit (exit code 2)."""

    def __init__(self, key: str, **params: object):
        self.key = key
        self.params = params
        super().__init__(key)

    def __reduce__(self) -> tuple[object, ...]:
        return (_usage_error, (self.key, self.params))

    def message(self, lang: Lang = "nb") -> str:
        return t(self.key, lang, **self.params)


def _usage_error(key: str, params: dict[str, object]) -> UsageError:
    return UsageError(key, **params)


class CatalogError(ReadinessError):
    """The rule catalog itself is malformed: a bug in rules/, reported as internal (exit 3)."""


class EngineError(ReadinessError):
    """durable_rules failed or behaved unexpectedly; never turned into a verdict (exit 3)."""
