"""Binds every scenario in features/ (step definitions: tests/conftest.py)."""

from pytest_bdd import scenarios

scenarios(".")
