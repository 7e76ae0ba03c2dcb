"""Interactive HTML page of a graph (placeholder renderer, replaced by the offline pyvis page)."""

from __future__ import annotations

import html as _html

from .model import Graph


def render_html(graph: Graph) -> str:
    rows = "".join(f"<li>{_html.escape(e.type)}: {_html.escape(e.label)}</li>" for e in graph.entities)
    return f"<!doctype html><meta charset='utf-8'><title>kg</title><ul>{rows}</ul>"
