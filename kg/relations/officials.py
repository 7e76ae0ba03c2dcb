"""Officials' posts: every title + name gives worksFor to the body the title names (written later)."""

from __future__ import annotations
