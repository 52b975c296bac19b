"""readiness: rules-driven readiness assessment for FACT Ung initiatives."""

__version__ = "0.1.0"
