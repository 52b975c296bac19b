"""readiness: rules-driven readiness assessment for FACT Ung initiatives."""

__version__ = "0.1.0"

import os as _os

# pydantic scans every installed distribution's entry points for plugins on the first model it
# builds (importlib.metadata: ~30 ms of a cold `readiness check`). readiness uses no pydantic
# plugins; set PYDANTIC_DISABLE_PLUGINS yourself to override.
_os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
