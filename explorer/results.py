"""A query result on screen — table, graph, CSV/JSON downloads — shared by the console and saved questions."""

from __future__ import annotations

import json
from typing import Any

import pandas as pd
import streamlit as st

from arkg.explorer import viz
from arkg.explorer.captions import entity_name
from arkg.explorer.i18n import t
from arkg.graph.stores.base import Result


def cell(value: Any) -> Any:
    """A value as one table cell: a node by its name and id, a relationship by its type, lists joined."""
    if isinstance(value, dict) and {"id", "labels", "properties"} <= value.keys():
        return f"{entity_name(value['properties'])} ({value['id']})"
    if isinstance(value, dict) and {"type", "start", "end"} <= value.keys():
        return f"{value['start']} -[{value['type']}]-> {value['end']}"
    if isinstance(value, list):
        return ", ".join(str(cell(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, default=str)
    return value


def table(result: Result) -> pd.DataFrame:
    return pd.DataFrame([{c: cell(row.get(c)) for c in result.columns} for row in result.rows], columns=result.columns)


def to_json(result: Result) -> bytes:
    """Rows as the CLI prints them (spec/cli.md: a JSON array of row objects)."""
    return json.dumps(result.rows, ensure_ascii=False, indent=2, default=str).encode("utf-8")


def show(result: Result, key: str, file_stem: str = "result") -> None:
    st.caption(t("result.rows", n=len(result.rows), ms=result.elapsed_ms))
    if result.truncated:
        st.warning(t("result.truncated", n=len(result.rows)))
    if not result.rows:
        st.info(t("result.empty"))
        return
    frame = table(result)
    sub = viz.Subgraph.from_rows(result.rows)
    tab_table, tab_graph = st.tabs([t("result.table"), t("result.graph")])
    with tab_table:
        st.dataframe(frame, hide_index=True)
    with tab_graph:
        if sub.nodes:
            viz.show(sub.visualization(), key=f"{key}_graph", height=480)
        else:
            st.caption(t("result.no_graph"))
    left, right = st.columns(2)
    left.download_button(t("download.csv"), frame.to_csv(index=False).encode("utf-8"), f"{file_stem}.csv",
                         "text/csv", key=f"{key}_csv")
    right.download_button(t("download.json"), to_json(result), f"{file_stem}.json", "application/json",
                          key=f"{key}_json")
