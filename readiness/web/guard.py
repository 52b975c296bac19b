"""The request filter of `readiness serve`: it answers only to its own address, takes forms
only from its own pages, and keeps its pages out of other sites' frames.

Any web page the advisor opens can make the browser send requests to this server. A page
whose DNS name is rebound to 127.0.0.1 reads the answers as its own: its requests carry its
own name in the Host header, so only this server's names are answered. A page on another
site can post a form here (and take the download): the browser names that site in the
Origin header (or, without one, the Referer), so a POST from any other origin is refused.
Django's ``ALLOWED_HOSTS`` and CSRF origin check are the models. app.py applies the checks
before every request and the headers after every response, in one before/after pair.
"""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import urlsplit

# The names of this machine that any browser here can use, whatever address is served.
LOOPBACK = ("127.0.0.1", "localhost", "::1")

# On every answer. A page only loads its own script and style (no inline code: templates
# carry none), posts only to itself and may be framed by no one (frame-ancestors; X-Frame-
# Options for browsers without CSP 2). Referrer-Policy same-origin sends no Referer to other
# sites but keeps the Origin of our own forms: with no-referrer a browser sends
# "Origin: null" on a form POST, which the origin check below would refuse.
HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
}


def _name(host: str) -> str:
    """A host name as compared: lowercase, an IPv6 address without its brackets."""
    return host.strip().lower().removeprefix("[").removesuffix("]")


def served_hosts(*addresses: str) -> frozenset[str]:
    """The host names answered: this machine's loopback names and ``addresses`` (the
    address given to --host and the one the socket is bound to)."""
    return frozenset(_name(a) for a in (*LOOPBACK, *addresses) if a)


def _split(netloc: str) -> tuple[str, int] | None:
    """(host name, port) of ``host[:port]`` (a Host header, an origin's authority), or None
    when it is not one: user info, a path, a bad port, spaces.

    Written here because Werkzeug's host check (Flask's ``TRUSTED_HOSTS``,
    ``host_is_trusted``) gives no port, which the origin check compares, and in Werkzeug
    3.1.9 never matches a bracketed IPv6 entry such as [::1], nor LOCALHOST for localhost;
    urllib.parse does the parsing."""
    if not netloc or any(c in netloc for c in "@/\\?# \t"):
        return None
    try:
        parts = urlsplit("//" + netloc)
        port = parts.port
    except ValueError:
        return None
    if parts.hostname is None:
        return None
    return _name(parts.hostname), port or 80


def own_host(host_header: str, allowed: Iterable[str]) -> bool:
    """Whether a request's Host header names this server. The port is not compared, as
    Django does not: a rebound name differs in the name, and a tunnel (ssh -L 9000:...)
    may change the port."""
    split = _split(host_header)
    return split is not None and split[0] in allowed


def foreign_origin(origin: str | None, referer: str | None, host_header: str) -> str | None:
    """The other site a POST came from, by its Origin header (else its Referer's origin), or
    None when it came from a page of this origin (``http://`` and the Host it was sent to) or
    from no page at all (a client that is not a browser sends neither; a browser always sends
    Origin on a POST)."""
    if origin is None:
        if not referer:
            return None
        parts = urlsplit(referer)
        origin = f"{parts.scheme}://{parts.netloc}"
    if origin != "null":
        parts = urlsplit(origin)
        if parts.scheme == "http" and not parts.path.strip("/"):
            split = _split(parts.netloc)
            if split is not None and split == _split(host_header):
                return None
    return origin
