"""General knowledge of how Chinese news names things: surnames, titles, organisation heads.

Nothing here is copied from an article: these are closed lists of the language and the state
(common surnames, official titles, the State Council's ministries and commissions).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

LEXICON_DIR = Path(__file__).resolve().parent / "data" / "lexicon"


def read_entries(path: Path) -> tuple[str, ...]:
    """The entries of a word-list file in file order: one a line, a TAB starts a note, # a comment."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("\t", 1)[0].strip()
        if entry and not entry.startswith("#"):
            out.append(entry)
    return tuple(out)


@functools.cache
def entries(name: str) -> tuple[str, ...]:
    """The entries of data/lexicon/NAME.txt in file order (read_entries)."""
    return read_entries(LEXICON_DIR / f"{name}.txt")


@functools.cache
def notes(name: str) -> dict[str, str]:
    """The notes of data/lexicon/NAME.txt by entry (entries without a note are left out)."""
    out = {}
    for line in (LEXICON_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        if "\t" in line and not line.startswith("#"):
            entry, note = line.split("\t", 1)
            if entry.strip():
                out[entry.strip()] = note.strip()
    return out


# Single-character surnames (the ranking's common ones and 百家姓), compound ones, and the 百家姓 surnames
# whose character is also an everyday word: those are taken only after a title or in a list of officials.
SURNAMES_1 = frozenset(entries("surnames_single"))
SURNAMES_2 = frozenset(entries("surnames_compound"))
SURNAMES_RARE = frozenset(entries("surnames_rare"))
# elements of Tibetan personal names (no surname: 扎西多吉, 次仁卓玛); see the file
TIBETAN_NAME_ELEMENTS = frozenset(entries("name_elements_tibetan"))

# Titles that introduce or follow a person's name, longest first (regex alternation takes the first).
PUBLIC_TITLES = frozenset(entries("titles_public"))
OTHER_TITLES = frozenset(entries("titles_other"))
TITLES = sorted(PUBLIC_TITLES | OTHER_TITLES, key=lambda t: (-len(t), t))

# Words that end a name (verbs of officials, honorifics, function words) and cues of lists of officials.
NAME_FOLLOWERS = frozenset(entries("name_followers"))
ADDRESS_TERMS = frozenset(entries("address_terms"))
LEADER_CUES = tuple(sorted(entries("leader_cues"), key=lambda t: (-len(t), t)))

# Central party and state organs by name (the State Council's list of its organs, not article names).
CENTRAL_BODIES = frozenset(entries("central_bodies"))
# national news media written by their bare names (新华社, 中央人民广播电台, 大公报): Institutions
NATIONAL_MEDIA = entries("national_media")
# their short forms and full names (中新网 -> 中国新闻网): short form -> full name
NATIONAL_MEDIA_FULL = dict(notes("national_media_full"))
# national industry federations by their full names (中国物流与采购联合会): names the heads do not delimit
NATIONAL_ASSOCIATIONS = entries("national_associations")
# national bodies known by a short form alone (兵团 -> 新疆生产建设兵团): short form -> full name
NATIONAL_SHORT = dict(notes("national_short_names"))

# Fields that form 市X局 / 省X厅 names, longest first, and the full field of each short form (发改 -> 发展和改革).
BUREAU_CORES = sorted(entries("bureau_cores"), key=lambda t: (-len(t), t))
BUREAU_FULL = {k: v for k, v in notes("bureau_cores").items() if "\u4e00" <= v[:1] <= "\u9fff"}
PARTY_ORGANS = tuple(sorted(entries("party_organs"), key=lambda t: (-len(t), t)))
# head nouns of government bodies' names (a name ending in one is no firm)
GOV_HEADS = entries("gov_heads")

# Head nouns and suffixes of names, by class (data files: one entry a line, with the source on top).
COMPANY_SUFFIXES = entries("company_suffixes")
INSTITUTION_HEADS = entries("institution_heads") + entries("peoples_organisations")
# people's organisations every place has (市工商联, 县妇联): after a bare level word, the home place's branch
PEOPLES_ORGANISATIONS = frozenset(entries("peoples_organisations"))
# public institutions every county has, written after a bare level word (县融媒体中心): the home place's
HOME_INSTITUTIONS = frozenset(entries("home_institutions"))
ZONE_HEADS = entries("zone_heads")
EVENT_HEADS = entries("event_heads")
PROGRAMME_HEADS = entries("programme_heads")
PROJECT_KINDS = entries("project_kinds")
PROJECT_HEADS = entries("project_heads")
# heads of public works a list names without 项目 (机场, 高速, 大桥), longest first
INFRASTRUCTURE_HEADS = tuple(sorted(entries("infrastructure_heads"), key=lambda t: (-len(t), t)))
DESIGNATION_HEADS = entries("designation_heads")
# heads of venue names (会展中心, 宾馆): buildings, no entity class
VENUE_HEADS = entries("venue_heads")
# a production site with a proper name of its own (X牧场, X电站): after a firm, the firm is its operator
FACILITY_HEADS = entries("facility_heads")
# energy and utility terms the segmenter opens with a verb (抽水蓄能): no clause's verb after a place
VERB_LED_TERMS = entries("verb_led_terms")


def alternation(*names: str) -> str:
    """A regex alternation of the entries of lexicons NAMES, longest first (alternation takes the first)."""
    words = sorted({w for n in names for w in entries(n)}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in words)
