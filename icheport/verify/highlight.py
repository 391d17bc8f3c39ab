"""Evidence highlighting in worksheet cells: spans from the matcher become rich-text runs."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from typing import Any

from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont

# ---------------------------------------------------------------------------------------------------------
# Rich text

_COLOR_PRESENT = "C00000"
_COLOR_UNCERTAIN = "E26B0A"
_COLOR_GREY = "808080"
_COLOR_TRIGGER = "1F4E79"


def _span_style(span: Mapping[str, Any]) -> dict[str, Any]:
    role = str(span.get("role", "mention"))
    status = str(span.get("status", ""))
    if role == "trigger":
        return {"u": "single", "color": _COLOR_TRIGGER, "rank": 1}
    if role == "stop":
        return {"u": "double", "color": _COLOR_GREY, "rank": 2}
    if status == "present":
        return {"b": True, "color": _COLOR_PRESENT, "rank": 5}
    if status == "uncertain":
        return {"b": True, "color": _COLOR_UNCERTAIN, "rank": 4}
    if status == "negated":
        return {"strike": True, "color": _COLOR_GREY, "rank": 3}
    if status in ("resolved", "extracranial"):
        return {"i": True, "color": _COLOR_GREY, "rank": 3}
    return {"b": True, "rank": 0}


def _parse_spans(spans_json: Any) -> list[dict[str, Any]]:
    if spans_json is None or (isinstance(spans_json, float) and math.isnan(spans_json)):
        return []
    if isinstance(spans_json, list):
        data = spans_json
    else:
        s = str(spans_json).strip()
        if not s:
            return []
        try:
            data = json.loads(s)
        except json.JSONDecodeError:
            return []
    return [d for d in data if isinstance(d, dict)] if isinstance(data, list) else []


def _rich_text(text: str, mapping: list[int], spans: list[dict[str, Any]], field_name: str) -> Any:
    """CellRichText of ``text`` (already cleaned) with the spans of ``field_name`` highlighted."""
    if not text:
        return None
    n = len(text)
    # per character: color (by rank), bold, italic, strike, underline
    rank = [-1] * n
    color: list[str | None] = [None] * n
    bold = [False] * n
    italic = [False] * n
    strike = [False] * n
    underline: list[str | None] = [None] * n
    for span in spans:
        if span.get("field") != field_name:
            continue
        try:
            start, stop = int(span["start"]), int(span["stop"])
        except (KeyError, TypeError, ValueError):
            continue
        if not 0 <= start < stop < len(mapping):
            continue
        a, b = mapping[start], mapping[stop]
        style = _span_style(span)
        for i in range(a, min(b, n)):
            if style["rank"] > rank[i] and "color" in style:
                rank[i] = style["rank"]
                color[i] = style["color"]
            bold[i] = bold[i] or style.get("b", False)
            italic[i] = italic[i] or style.get("i", False)
            strike[i] = strike[i] or style.get("strike", False)
            if underline[i] is None:
                underline[i] = style.get("u")
    keys = [(color[i], bold[i], italic[i], strike[i], underline[i]) for i in range(n)]
    parts: list[Any] = []
    start = 0
    for i in range(1, n + 1):
        if i == n or keys[i] != keys[start]:
            chunk = text[start:i]
            c, b_, i_, s_, u_ = keys[start]
            if (c, b_, i_, s_, u_) == (None, False, False, False, None):
                parts.append(chunk)
            else:
                font = InlineFont(color=c, b=b_ or None, i=i_ or None, strike=s_ or None, u=u_)
                parts.append(TextBlock(font, chunk))
            start = i
    return CellRichText(parts)
