"""Immutable data model: Document, Sentence, Mention, Entity, Relation, Quantity, each with evidence."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

# The entity classes and relations of SCHEMA.md in a fixed order (used for stable output), read from the
# ontology by kg.schema; re-exported for the modules that import them from the model.
from .schema import CLASSES as CLASSES
from .schema import ORG_CLASSES as ORG_CLASSES
from .schema import PLACE_CLASSES as PLACE_CLASSES
from .schema import RELATIONS as RELATIONS


def fast_pickle(cls):
    """Pickle a frozen dataclass as (class, field values): the default for slotted dataclasses
    looks up fields() for every object, which dominated shipping results between processes.
    A slotted one is also built the fast way (fast_init)."""
    from dataclasses import fields
    from operator import attrgetter

    names = tuple(f.name for f in fields(cls))
    get = attrgetter(*names)

    def __reduce__(self):
        return cls, get(self)

    cls.__reduce__ = __reduce__
    return fast_init(cls) if "__slots__" in cls.__dict__ else cls


def fast_init(cls):
    """Build a frozen, slotted dataclass ~3x faster, with the same signature and the same object.

    A frozen dataclass's __init__ sets each field with object.__setattr__, which goes through the
    slot descriptor (~0.3 us a field: 16 of them per Mention, the most made object of a build).
    Here __new__ fills a plain twin with the same __slots__ (same memory layout) by ordinary
    attribute stores, then makes it an instance of cls: frozen from then on, equal, hashed and
    pickled as before. Classes with default factories or non-init fields are left as they are.
    """
    from dataclasses import MISSING, fields

    fs = fields(cls)
    if any(f.default_factory is not MISSING or not f.init for f in fs) or "__post_init__" in cls.__dict__:
        return cls
    env: dict = {"_new": object.__new__}
    params = []
    for f in fs:
        if f.default is MISSING:
            params.append(f.name)
        else:
            env[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
    env["_Twin"] = type(f"_{cls.__name__}Twin", (), {"__slots__": cls.__slots__})
    sig = ", ".join(params)
    src = (
        f"def __new__(cls, {sig}):\n    o = _new(_Twin)\n"
        + "".join(f"    o.{f.name} = {f.name}\n" for f in fs)
        + "    o.__class__ = cls\n    return o\n"
        + f"def __init__(self, {sig}):\n    pass\n"
    )
    exec(src, env)  # noqa: S102 - generated from the field names, as dataclasses itself does
    env["__new__"].__qualname__ = f"{cls.__qualname__}.__new__"
    env["__init__"].__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__new__ = env["__new__"]
    cls.__init__ = env["__init__"]
    return cls


@fast_pickle
@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of a document: its span in the original text and its cleaned text."""

    doc_id: str
    index: int
    start: int  # offsets into Document.text
    end: int
    vstart: int  # span in Document.view
    vend: int
    text: str  # cleaned, simplified text (layout breaks removed) == view[vstart:vend]
    kind: str = "body"  # body | heading | caption | credit


class Offsets(Sequence[int]):
    """The view -> text offset map of a document, stored as runs of consecutive positions.

    Layout repair only drops or joins a few characters, so an article's map is a few dozen runs:
    kilobytes less per document than a tuple of one int per character, with the same interface
    (indexing, slicing, len, iteration, equality with any sequence of the same ints).
    """

    __slots__ = ("_vs", "_ts", "_n")

    def __init__(self, values: Iterable[int] = ()) -> None:
        vs: list[int] = []
        ts: list[int] = []
        n = 0
        prev = None
        for i, t in enumerate(values):
            if prev is None or t != prev + 1:
                vs.append(i)
                ts.append(t)
            prev = t
            n = i + 1
        self._vs, self._ts, self._n = tuple(vs), tuple(ts), n

    @classmethod
    def from_runs(cls, runs: Iterable[tuple[int, int, int]]) -> Offsets:
        """From (view start, text start, length) runs, contiguous in the view, in order."""
        vs: list[int] = []
        ts: list[int] = []
        n = 0
        for v, t, length in runs:
            if length <= 0:
                continue
            if v != n:
                raise ValueError("runs must cover the view contiguously")
            if not vs or t != ts[-1] + (v - vs[-1]):  # not a continuation of the previous run
                vs.append(v)
                ts.append(t)
            n = v + length
        return cls._from_runs(tuple(vs), tuple(ts), n)

    @classmethod
    def _from_runs(cls, vs: tuple[int, ...], ts: tuple[int, ...], n: int) -> Offsets:
        o = cls.__new__(cls)
        o._vs, o._ts, o._n = vs, ts, n
        return o

    def __reduce__(self):
        return Offsets._from_runs, (self._vs, self._ts, self._n)

    def __len__(self) -> int:
        return self._n

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(self._n)))
        if i < 0:
            i += self._n
        if not 0 <= i < self._n:
            raise IndexError("offset index out of range")
        k = bisect_right(self._vs, i) - 1
        return self._ts[k] + i - self._vs[k]

    def span(self, vstart: int, vend: int) -> tuple[int, int]:
        """(self[vstart], self[vend - 1] + 1): one search when both ends lie in one run (nearly always)."""
        vs = self._vs
        if 0 <= vstart < vend <= self._n:
            k = bisect_right(vs, vstart) - 1
            if k + 1 == len(vs) or vend <= vs[k + 1]:
                t = self._ts[k] - vs[k]
                return t + vstart, t + vend
        return self[vstart], self[vend - 1] + 1

    def __iter__(self) -> Iterator[int]:
        bounds = (*self._vs[1:], self._n) if self._vs else ()
        for v, t, end in zip(self._vs, self._ts, bounds, strict=True):
            yield from range(t, t + end - v)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Offsets):
            return (self._vs, self._ts, self._n) == (other._vs, other._ts, other._n)
        if isinstance(other, Sequence):
            return len(other) == self._n and all(a == b for a, b in zip(self, other, strict=True))
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self._vs, self._ts, self._n))

    def __repr__(self) -> str:
        return (
            f"Offsets({list(self)!r})"
            if self._n <= 20
            else f"Offsets(<{self._n} offsets in {len(self._vs)} runs>)"
        )


@dataclass(frozen=True)
class Document:
    """One article: the original decoded text plus a cleaned view with an offset map back to it."""

    id: str  # file name, e.g. 000_1fb6f0697af30933.txt
    text: str  # the decoded original text (what offsets point into)
    sha1: str
    encoding: str
    script: str  # "simplified" | "traditional"
    view: str  # layout-repaired, simplified text used by extractors
    offsets: Offsets  # view index -> index in text
    sentences: tuple[Sentence, ...]
    year: int | None = None  # the article's year, for dates written without one
    path: str = ""

    def span(self, vstart: int, vend: int) -> tuple[int, int]:
        """Map a half-open span of the view to the original text."""
        return self.offsets.span(vstart, vend)

    def sentence_at(self, vpos: int) -> Sentence:
        """The sentence containing view position vpos."""
        idx = bisect_right(self._vstarts, vpos) - 1
        return self.sentences[max(idx, 0)]

    @cached_property
    def _vstarts(self) -> list[int]:
        return [s.vstart for s in self.sentences]


@fast_pickle
@dataclass(frozen=True, slots=True)
class Evidence:
    """Where and how a fact was found."""

    doc_id: str
    start: int  # offsets into Document.text
    end: int
    sentence: str  # cleaned sentence text
    rule: str
    confidence: float


@fast_pickle
@dataclass(frozen=True, slots=True)
class Mention:
    """A typed name found in a document. text == doc.text[start:end]; surface is the cleaned name."""

    doc_id: str
    start: int
    end: int
    text: str  # exact slice of the original text (may contain a layout break)
    surface: str  # cleaned, simplified name used for resolution
    type: str
    rule: str
    confidence: float
    vstart: int  # span in the document's view
    vend: int
    label: str = ""  # normalised full name if the rule knows it (e.g. 开原 -> 开原市)
    code: str = ""  # national division code for places
    parent_code: str = ""
    sentence: str = ""
    original: str = ""  # the name as written in the original script (鐵嶺 where surface is 铁岭)
    # the parts its name was parsed into, each (role, view start, view end, class): the place of
    # 铁岭市发改委 ("place"), the town before a firm ("town"), a project's operator ("operator").
    # Extractors record them; the relation stage (kg/relations/parts.py) says what they mean.
    parts: tuple[tuple[str, int, int, str], ...] = ()

    @property
    def name(self) -> str:
        return self.label or self.surface

    def evidence(self) -> Evidence:
        return Evidence(self.doc_id, self.start, self.end, self.sentence, self.rule, self.confidence)


@fast_pickle
@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalised value (money, capacity, count, date-free quantities) with its evidence."""

    kind: str  # amount, investment, totalInvestment, capacity, annualCapacity, count, percentage, area, length, duration
    value: float
    unit: str  # CNY, MW, kV, t/year, m2, km, %, 个
    approximate: bool
    text: str
    evidence: Evidence


@fast_pickle
@dataclass(frozen=True, slots=True)
class DateValue:
    """A date the text states for an entity (an event's day, a firm's founding), with its evidence."""

    value: str  # ISO: 2022, 2022-10, 2022-10-08
    text: str  # the date as written
    evidence: Evidence


# the merge reasons kg.resolve gives mentions that meet under one key: the same name of a class (or,
# after resolution, the same label), the same national division code, the same article for an
# unnamed 本报. What they say is what the entity's names, code and IRI say: not published as
# kg:mergeReason (docs/rdf-model.md); the alias steps' reasons (anaphora, short names …) are.
KEY_MERGES = ("same ", "national division code ", "本报 in ")


def key_merge(reason: str) -> bool:
    """Whether a merge reason is one of KEY_MERGES (a merge by name, code or article)."""
    return reason.startswith(KEY_MERGES)


@fast_pickle
@dataclass(frozen=True, slots=True)
class Entity:
    """One real thing: preferred label, aliases and every mention that names it."""

    id: str  # IRI path below the resource namespace, e.g. place/211282 or company/3f2a9c0b1d7e
    type: str
    label: str
    aliases: tuple[str, ...] = ()
    code: str = ""
    mentions: tuple[Mention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    merges: tuple[str, ...] = ()  # human-readable reasons for every merge that formed this entity
    dates: tuple[DateValue, ...] = ()  # dates stated for it (kg.attach)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@fast_pickle
@dataclass(frozen=True, slots=True)
class Relation:
    """A typed, directed fact between two entities, with details and evidence."""

    subject: str  # Entity.id
    predicate: str
    object: str
    evidence: tuple[Evidence, ...] = ()
    amount: float | None = None
    currency: str = ""
    approximate: bool = False
    date: str = ""  # ISO: 2022, 2022-10, 2022-10-08
    title: str = ""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.subject, self.predicate, self.object)


@dataclass(frozen=True)
class Graph:
    """The result of a build: entities and relations, sorted, plus the documents they came from."""

    documents: tuple[Document, ...]
    entities: tuple[Entity, ...]
    relations: tuple[Relation, ...]
    skipped: tuple[tuple[str, str], ...] = field(default=())  # (path, reason)

    def entity(self, eid: str) -> Entity:
        return self._index[eid]

    @property
    def _index(self) -> dict[str, Entity]:
        idx = self.__dict__.get("_idx")
        if idx is None:
            idx = {e.id: e for e in self.entities}
            object.__setattr__(self, "_idx", idx)
        return idx
