"""Printing rows as JSON, CSV or an aligned table — one formatter for every command."""

from __future__ import annotations

import csv
import json
import re
import sys
import unicodedata
from typing import Any, TextIO

from arkg.cli import UsageError

FORMATS = ("table", "json", "csv")


_BREAK = re.compile(r"\s*\n\s*")
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef]) (?=[\u3000-\u9fff\uff00-\uffef])")


def _cell(value: Any) -> str:
    """One line per cell: a quote broken across lines in the source is joined (CJK without a space)."""
    if isinstance(value, dict) and "id" in value and "labels" in value:
        return str(value["id"])
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else _CJK_GAP.sub("", _BREAK.sub(" ", str(value)))


def _width(text: str) -> int:
    """Display width: CJK characters take two columns in a terminal."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def print_rows(rows: list[dict[str, Any]], columns: list[str], fmt: str, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        writer.writerows([[_cell(row.get(c)) for c in columns] for row in rows])
    else:
        cells = [[_cell(row.get(c)) for c in columns] for row in rows]
        widths = [max([_width(c), *(_width(r[i]) for r in cells)]) for i, c in enumerate(columns)]

        def line(values: list[str]) -> str:
            return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True)).rstrip()

        out.write(line(columns) + "\n")
        out.write("  ".join("-" * w for w in widths) + "\n")
        for row in cells:
            out.write(line(row) + "\n")


def print_json(value: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")


def parse_params(pairs: list[str] | None) -> dict[str, Any]:
    """``--param k=v``: the value is JSON when it parses as JSON (numbers, lists), else a string."""
    params: dict[str, Any] = {}
    for pair in pairs or []:
        key, sep, raw = pair.partition("=")
        if not sep or not key.strip():
            raise UsageError(f"--param {pair!r}: expected key=value")
        try:
            params[key.strip()] = json.loads(raw)
        except json.JSONDecodeError:
            params[key.strip()] = raw
        except RecursionError:
            raise UsageError(f"--param {key.strip()}: the value is nested too deeply") from None
    return params


def query_limits(args: Any, settings: Any) -> dict[str, int]:
    """``--timeout-ms``/``--limit`` when given, else the configured limits: one rule for every read command."""
    return {
        "timeout_ms": args.timeout_ms if args.timeout_ms is not None else settings.timeout_ms,
        "row_limit": args.limit if args.limit is not None else settings.row_limit,
    }


def print_result(result: Any, fmt: str) -> None:
    """Rows in the chosen format; a truncated result says so on stderr, not in the data."""
    print_rows(result.rows, result.columns, fmt)
    if result.truncated:
        print(f"(truncated to {len(result.rows)} rows)", file=sys.stderr)
