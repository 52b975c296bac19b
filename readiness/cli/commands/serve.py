"""`readiness serve [FILE|DIR...]`: the coordinator's workspace in the browser (a local web
application)."""

from __future__ import annotations

import datetime as dt

import click

from readiness.catalog.load import default_catalog
from readiness.cli import click_text as cli_text
from readiness.cli.settings import use_settings
from readiness.cli.shared import as_of_option, call_option, handle_errors, lang_option
from readiness.errors import UsageError
from readiness.text import Lang, t
from readiness.web.guard import LOOPBACK


@click.command()
@click.argument("paths", metavar="STI", nargs=-1, type=cli_text.Path(exists=True, dir_okay=True))
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Adressen serveren lytter på (standard: bare denne maskinen). Sidene svarer bare når "
    "de åpnes med denne adressen, 127.0.0.1, localhost eller [::1].",
)
@click.option(
    "--port",
    default=8000,
    type=cli_text.IntRange(0, 65535),
    metavar="PORT",
    show_default=True,
    help="Porten (0: en ledig port).",
)
@lang_option
@as_of_option
@call_option
@handle_errors
@use_settings("lang", "call")
def serve(
    paths: tuple[str, ...],
    host: str,
    port: int,
    lang: Lang,
    as_of: dt.datetime | None,
    call_file: str | None,
) -> int:
    """Arbeid med initiativfiler i nettleseren: se hva som mangler, fyll det inn, lagre.

    Uten argument: initiativfilene i mappen du står i. En MAPPE gir filene i den (og nye
    initiativer lagres der). Filene endres bare når du trykker «Lagre»; forrige versjon blir
    liggende ved siden av som FIL.~1~, FIL.~2~ og så videre. En fil som er endret på disken
    siden du åpnet den, lagres ikke.

    Serveren svarer bare på sin egen adresse og tar bare imot skjemaer fra sine egne sider. En
    forbindelse som står stille i 10 sekunder, lukkes; høyst 32 forbindelser betjenes om gangen.
    En fil med flere enn 500 parter (eller oppføringer i en annen liste) åpnes ikke i
    nettleseren; bruk `readiness whatif` for den.
    """
    from readiness.web.app import create_app, make_server

    app = create_app(
        paths or (".",),
        catalog=default_catalog(call_file),
        as_of=as_of.date() if as_of else None,
        lang=lang,
        call_file=call_file,
    )
    try:
        server = make_server(app, host, port)
    except OSError as exc:
        raise UsageError(
            "web.cannot_listen", host=host, port=port, detail=exc.strerror or exc
        ) from None
    if host not in LOOPBACK:
        click.echo(t("web.exposed", lang, host=host), err=True)
    shown = f"[{host}]" if ":" in host else host
    click.echo(t("web.listening", lang, url=f"http://{shown}:{server.port}/"))
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
