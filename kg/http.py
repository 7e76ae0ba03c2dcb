"""HTTP to SPARQL servers (httpx): Basic, Digest or bearer authentication, and one-line errors.

Credentials: a user and password (``--user`` / ``--password``, else KG_ENDPOINT_USER /
KG_ENDPOINT_PASSWORD) answer whichever challenge the server sends, Digest (Virtuoso's
``/sparql-auth`` and ``/sparql-graph-crud-auth``) or Basic; KG_ENDPOINT_TOKEN is sent as a bearer
token. Every failure becomes an EndpointError (or a QueryError for a malformed query) whose message
is one line with the HTTP status and an excerpt of the server's answer.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from .errors import EndpointError, QueryError

USER_AGENT = "kg/0.1"
EXCERPT = 200  # characters of a server's error body quoted in a message
QUERY_URL_HINT = "is this the query URL? Virtuoso: http://host:8890/sparql; oxigraph serve: its base URL"
PROBE_ABOVE = 64 << 10  # request bodies larger than this are not sent before the auth scheme is known


@dataclass(frozen=True)
class Credentials:
    user: str | None = None
    password: str = ""
    token: str | None = None

    @classmethod
    def resolve(cls, user: str | None = None, password: str | None = None) -> Credentials:
        """Explicit user/password first, else KG_ENDPOINT_USER / KG_ENDPOINT_PASSWORD / KG_ENDPOINT_TOKEN."""
        user = user or os.environ.get("KG_ENDPOINT_USER") or None
        if password is None:
            password = os.environ.get("KG_ENDPOINT_PASSWORD", "")
        token = None if user else (os.environ.get("KG_ENDPOINT_TOKEN") or None)
        return cls(user, password, token)

    def __bool__(self) -> bool:
        return bool(self.user or self.token)


def _challenges(response: httpx.Response) -> list[str]:
    return [h.strip().lower() for h in response.headers.get_list("www-authenticate")]


class ServerAuth(httpx.Auth):
    """Answers the server's 401 challenge: Digest when offered, else Basic; a bearer token as given.

    Nothing is sent in the clear before the server asks for it. The scheme learnt from the first
    challenge is kept, so later requests of one session authenticate at once. A large upload is not
    sent twice: a HEAD request fetches the challenge first.
    """

    def __init__(self, credentials: Credentials):
        self.credentials = credentials
        self._scheme: str | None = None
        self._digest = httpx.DigestAuth(credentials.user or "", credentials.password)
        self._basic = httpx.BasicAuth(credentials.user or "", credentials.password)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        c = self.credentials
        if c.token:
            request.headers["Authorization"] = f"Bearer {c.token}"
            yield request
            return
        if not c.user:
            yield request
            return
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        big = int(request.headers.get("content-length", "0") or 0) > PROBE_ABOVE
        if big:
            probe = httpx.Request("HEAD", request.url, headers={"User-Agent": USER_AGENT})
            response = yield probe
            if response.status_code != 401:
                response = yield request
        else:
            response = yield request
        if response.status_code != 401:
            return
        offered = _challenges(response)
        if any(h.startswith("digest") for h in offered):
            self._scheme = "digest"
            flow = self._digest.auth_flow(request)
            next(flow)  # Digest's own unauthenticated attempt: its answer is the 401 we already have
            try:
                nxt = flow.send(response)
                while True:
                    nxt = flow.send((yield nxt))
            except StopIteration:
                return
        elif any(h.startswith("basic") for h in offered):
            self._scheme = "basic"
            yield from self._basic.auth_flow(request)


class FileBody:
    """A file as a request body that can be sent more than once (an auth retry reads it again)."""

    def __init__(self, path: str | os.PathLike[str], chunk: int = 1 << 20):
        self.path, self.chunk = Path(path), chunk
        self.size = self.path.stat().st_size

    def __iter__(self) -> Iterator[bytes]:
        with self.path.open("rb") as f:
            while block := f.read(self.chunk):
                yield block


def excerpt(body: bytes | str, limit: int = EXCERPT) -> str:
    """A server's answer on one short line: markup removed, whitespace collapsed, cut at limit."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else body
    if "<" in text and re.search(r"(?i)<(html|body|h1|p|xmp|pre|title)\b", text):
        text = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", text)
        text = re.sub(r"<[^>]*>", " ", text)
        text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", '"').replace("&amp;", "&")
    s = " ".join(text.split())
    return s if len(s) <= limit else s[: limit - 1] + "…"


def _where(url: str) -> str:
    return url.split("?", 1)[0]


def request(
    method: str,
    url: str,
    *,
    what: str = "request",
    credentials: Credentials | None = None,
    auth: ServerAuth | None = None,
    timeout: float = 60.0,
    headers: Mapping[str, str] | None = None,
    params: Mapping[str, str] | None = None,
    data: Mapping[str, str] | None = None,
    content: Any = None,
    check: bool = True,
    missing: str | None = None,
) -> httpx.Response:
    """One HTTP request; the (read) response if its status is below 400 (any status if not check).

    Unreachable servers, timeouts and refusals raise EndpointError; HTTP 400 to a query or update
    raises QueryError with the server's message (a malformed query). missing is the hint given when
    the URL turns out not to serve this request (404, 405, 501).
    """
    auth = auth or ServerAuth(credentials or Credentials.resolve())
    h = {"User-Agent": USER_AGENT, **(headers or {})}
    try:
        with httpx.Client(timeout=timeout, auth=auth, follow_redirects=True) as client:
            response = client.request(method, url, headers=h, params=params, data=data, content=content)
    except httpx.InvalidURL as e:
        raise EndpointError(f"{url}: not a usable endpoint URL ({e})") from None
    except httpx.ConnectError as e:
        raise EndpointError(f"cannot reach the SPARQL endpoint {_where(url)}: {_reason(e)}") from None
    except httpx.TimeoutException:
        raise EndpointError(
            f"the SPARQL endpoint {_where(url)} did not answer within {timeout:g} s"
        ) from None
    except (httpx.HTTPError, httpx.StreamError) as e:
        raise EndpointError(
            f"lost the connection to the SPARQL endpoint {_where(url)}: {_reason(e)}"
        ) from None
    status = response.status_code
    if status < 400 or not check:
        return response
    detail = excerpt(response.content)
    where = _where(str(response.request.url))
    line = f"HTTP {status} {response.reason_phrase}".rstrip() + (f": {detail}" if detail else "")
    if status == 400 and what in ("query", "update"):
        raise QueryError(f"malformed {what} (endpoint {where}): {detail or line}")
    if status in (401, 403):
        creds = auth.credentials
        hint = (
            "check --user/--password (or KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD)"
            if creds.user
            else "give --user and --password (or KG_ENDPOINT_USER/KG_ENDPOINT_PASSWORD, KG_ENDPOINT_TOKEN)"
        )
        raise EndpointError(f"{where} refused the {what}: {line} ({hint})")
    if status in (404, 405, 501) and (missing or what in ("query", "update")):
        line += f" ({missing or QUERY_URL_HINT})"
    raise EndpointError(f"{where} failed the {what}: {line}")


def _reason(e: Exception) -> str:
    s = str(e) or type(e).__name__
    return " ".join(s.split())
