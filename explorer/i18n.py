"""The explorer's interface language: page titles, messages, and entity/type labels in zh or en.

Type and relationship names come from ``schema.ttl`` (its ``rdfs:label``s per language), so the
explorer never keeps a second list of them; only the interface's own sentences live here.
"""

from __future__ import annotations

import re
from typing import Any

import streamlit as st

from graph.model import model

#: Interface languages offered in the sidebar, in the order shown.
INTERFACE = {"zh": "中文", "en": "English"}
DEFAULT = "zh"

_TEXT: dict[str, dict[str, str]] = {
    "app.title": {"en": "Asset-recovery knowledge graph", "zh": "资产追回知识图谱"},
    "app.language": {"en": "Interface language", "zh": "界面语言"},
    "page.overview": {"en": "Overview", "zh": "概览"},
    "page.explore": {"en": "Explore", "zh": "探索"},
    "page.entity": {"en": "Entity", "zh": "实体"},
    "page.questions": {"en": "Policy questions", "zh": "政策问题"},
    "page.console": {"en": "Cypher console", "zh": "Cypher 控制台"},
    "page.analytics": {"en": "Analytics", "zh": "分析"},
    "page.ingest": {"en": "Ingest", "zh": "导入文件"},
    "page.export": {"en": "Export", "zh": "导出"},
    "store.empty": {"en": "The graph is empty — run `arkg build` first.", "zh": "图谱为空——请先运行 `arkg build`。"},
    "store.unavailable": {"en": "The graph store is not available: {error}", "zh": "无法连接图数据库：{error}"},
    "store.failed": {"en": "The graph store could not answer: {error}", "zh": "图数据库无法完成查询：{error}"},
    "module.missing": {"en": "This page needs `{module}`, which is not available in this installation ({error}).",
                       "zh": "此页面需要 `{module}`，当前安装中不可用（{error}）。"},
    "page.failed": {"en": "This page could not be shown: {error}", "zh": "此页面无法显示：{error}"},
    "overview.counts": {"en": "Nodes by type", "zh": "各类型节点数"},
    "overview.rels": {"en": "Relationships by type", "zh": "各类型关系数"},
    "overview.sessions": {"en": "Sessions on a timeline", "zh": "会议时间线"},
    "overview.mentioned": {"en": "Most-mentioned entities", "zh": "被提及最多的实体"},
    "overview.documents": {"en": "Documents ingested", "zh": "已导入的文件"},
    "overview.no_sessions": {"en": "No sessions with dates in the graph.", "zh": "图谱中没有带日期的会议。"},
    "overview.no_mentions": {"en": "No mentions yet: no document has been ingested.",
                             "zh": "尚无提及：还没有导入文件。"},
    "overview.no_documents": {"en": "No documents have been ingested yet.", "zh": "尚未导入任何文件。"},
    "col.type": {"en": "Type", "zh": "类型"},
    "col.count": {"en": "Count", "zh": "数量"},
    "col.name": {"en": "Name", "zh": "名称"},
    "col.id": {"en": "Id", "zh": "标识"},
    "col.mentions": {"en": "Mentions", "zh": "提及次数"},
    "col.languages": {"en": "Languages", "zh": "语言"},
    "col.date": {"en": "Date", "zh": "日期"},
    "col.symbol": {"en": "Symbol", "zh": "文号"},
    "col.body": {"en": "Body", "zh": "机构"},
    "col.session": {"en": "Session", "zh": "会议"},
    "col.ingested": {"en": "Ingested", "zh": "导入时间"},
    "explore.search": {"en": "Search by any name, alias or reference (第五十六条, Art. 56, CARIN, 缔约国会议 …)",
                       "zh": "按名称、别名或引用搜索（第五十六条、Art. 56、CARIN、缔约国会议……）"},
    "explore.no_hits": {"en": "Nothing found for “{query}”.", "zh": "未找到“{query}”。"},
    "explore.results": {"en": "Results", "zh": "搜索结果"},
    "explore.show": {"en": "Show in graph", "zh": "在图中显示"},
    "explore.filters": {"en": "Filters", "zh": "筛选"},
    "explore.types": {"en": "Node types", "zh": "节点类型"},
    "explore.rels": {"en": "Relationship types", "zh": "关系类型"},
    "explore.dates": {"en": "Dates between", "zh": "日期范围"},
    "explore.use_dates": {"en": "Filter by date", "zh": "按日期筛选"},
    "explore.limit": {"en": "Neighbours at most", "zh": "最多邻居数"},
    "explore.start": {"en": "Search for an entity to draw its neighbourhood.", "zh": "搜索一个实体以绘制其邻域图。"},
    "explore.selected": {"en": "Selected", "zh": "已选中"},
    "explore.expand": {"en": "Expand its neighbours", "zh": "展开其邻居"},
    "explore.open": {"en": "Open entity page", "zh": "打开实体页面"},
    "explore.reset": {"en": "Start again from the search result", "zh": "从搜索结果重新开始"},
    "explore.click": {"en": "Click a node to see its details and expand it.", "zh": "点击节点查看详情并展开。"},
    "explore.expanded": {"en": "Expanded: {ids}", "zh": "已展开：{ids}"},
    "explore.nothing": {"en": "No neighbours match the filters.", "zh": "没有符合筛选条件的邻居。"},
    "entity.id": {"en": "Entity id (e.g. uncac/article/56)", "zh": "实体标识（例如 uncac/article/56）"},
    "entity.explore": {"en": "Show its neighbourhood in the graph", "zh": "在图中查看其邻域"},
    "entity.not_found": {"en": "No entity with id “{id}”.", "zh": "没有标识为“{id}”的实体。"},
    "entity.labels": {"en": "Names in every language", "zh": "各语言名称"},
    "entity.properties": {"en": "Properties", "zh": "属性"},
    "entity.relationships": {"en": "Relationships", "zh": "关系"},
    "entity.evidence": {"en": "Evidence", "zh": "证据"},
    "entity.no_evidence": {"en": "No document evidence for this entity.", "zh": "此实体没有文件证据。"},
    "entity.paragraphs": {"en": "Paragraphs that cite it", "zh": "引用它的段落"},
    "entity.meetings": {"en": "Meetings where it was discussed", "zh": "讨论过它的会议"},
    "entity.none": {"en": "None in the graph.", "zh": "图谱中没有。"},
    "entity.out": {"en": "outgoing", "zh": "出"},
    "entity.in": {"en": "incoming", "zh": "入"},
    "entity.paragraph": {"en": "paragraph {n}", "zh": "第 {n} 段"},
    "entity.undocs": {"en": "Open on undocs.org", "zh": "在 undocs.org 打开"},
    "entity.more": {"en": "… and {n} more", "zh": "……另有 {n} 项"},
    "questions.pick": {"en": "Question", "zh": "问题"},
    "questions.run": {"en": "Run", "zh": "运行"},
    "questions.none": {"en": "No saved questions are installed.", "zh": "没有已保存的问题。"},
    "questions.cypher": {"en": "The Cypher behind it", "zh": "对应的 Cypher 查询"},
    "questions.bad_param": {"en": "Parameter {name}: {error}", "zh": "参数 {name}：{error}"},
    "result.rows": {"en": "{n} rows in {ms:.0f} ms", "zh": "{n} 行，用时 {ms:.0f} 毫秒"},
    "result.truncated": {"en": "Only the first {n} rows are shown.", "zh": "只显示前 {n} 行。"},
    "result.empty": {"en": "The query returned no rows.", "zh": "查询没有返回任何行。"},
    "result.table": {"en": "Table", "zh": "表格"},
    "result.graph": {"en": "Graph", "zh": "图"},
    "result.no_graph": {"en": "The result holds no nodes to draw.", "zh": "结果中没有可绘制的节点。"},
    "download.csv": {"en": "Download CSV", "zh": "下载 CSV"},
    "download.json": {"en": "Download JSON", "zh": "下载 JSON"},
    "console.query": {"en": "Read-only Cypher query", "zh": "只读 Cypher 查询"},
    "console.run": {"en": "Run query", "zh": "运行查询"},
    "console.refused": {"en": "Refused: {error}", "zh": "已拒绝：{error}"},
    "console.failed": {"en": "The store rejected the query: {error}", "zh": "数据库拒绝了该查询：{error}"},
    "console.params": {"en": "Parameters (JSON object)", "zh": "参数（JSON 对象）"},
    "console.bad_params": {"en": "Parameters must be a JSON object: {error}", "zh": "参数必须是 JSON 对象：{error}"},
    "analytics.centrality": {"en": "Centrality", "zh": "中心性"},
    "analytics.communities": {"en": "Communities", "zh": "社群"},
    "analytics.lineage": {"en": "Resolution lineage", "zh": "决议沿革"},
    "analytics.path": {"en": "Shortest path", "zh": "最短路径"},
    "analytics.measure": {"en": "Measure", "zh": "度量"},
    "analytics.resolution": {"en": "Resolution", "zh": "决议"},
    "analytics.from": {"en": "From", "zh": "起点"},
    "analytics.to": {"en": "To", "zh": "终点"},
    "analytics.find": {"en": "Find path", "zh": "查找路径"},
    "analytics.no_path": {"en": "No path between these entities.", "zh": "这两个实体之间没有路径。"},
    "analytics.empty": {"en": "Nothing to show.", "zh": "没有可显示的内容。"},
    "ingest.upload": {"en": "Upload a document (txt, PDF, DOCX, HTML; up to {size})",
                      "zh": "上传文件（txt、PDF、DOCX、HTML；不超过 {size}）"},
    "ingest.extracted": {"en": "Extracted from {name}: {mentions} mentions, {relations} relations",
                         "zh": "从 {name} 提取：{mentions} 个提及，{relations} 条关系"},
    "ingest.document": {"en": "Document", "zh": "文件"},
    "ingest.preview": {"en": "Text with the mentions highlighted", "zh": "文本（提及已高亮）"},
    "ingest.mentions": {"en": "Mentions", "zh": "提及"},
    "ingest.add": {"en": "Add to the graph", "zh": "加入图谱"},
    "ingest.added": {"en": "Added {id}: {n} nodes and relationships written.",
                     "zh": "已加入 {id}：写入 {n} 个节点和关系。"},
    "ingest.unchanged": {"en": "{id} is already in the graph, unchanged.", "zh": "{id} 已在图谱中，未变化。"},
    "ingest.failed": {"en": "Could not read the file: {error}", "zh": "无法读取文件：{error}"},
    "export.format": {"en": "Format", "zh": "格式"},
    "export.prepare": {"en": "Prepare the export", "zh": "生成导出文件"},
    "export.download": {"en": "Download {name}", "zh": "下载 {name}"},
    "export.ready": {"en": "{size} ready.", "zh": "已生成 {size}。"},
}


def lang() -> str:
    """The interface language the user picked (session state), zh by default."""
    value = st.session_state.get("lang", DEFAULT)
    return value if value in INTERFACE else DEFAULT


def t(key: str, **values: Any) -> str:
    """The interface text ``key`` in the current language, with ``values`` filled in as plain text.

    Every message is shown through Streamlit's Markdown (warnings, captions, labels), and values
    are often user input (an id from the address bar, a search, a file name, an error quoting a
    query): they are escaped, so ``[text](url)`` stays text instead of becoming a live link.
    """
    text = _TEXT[key].get(lang()) or _TEXT[key]["en"]
    if not values:
        return text
    return text.format(**{k: v if isinstance(v, int | float) else plain(v) for k, v in values.items()})


#: What in Streamlit's Markdown turns text into something else: links and images (``[``, ``]``),
#: colour and icon directives (``:red[x]``), code, emphasis, strikethrough, math, HTML and
#: autolinks (``<…>``). Bare addresses (``https://``, ``www.``) are broken up so they are not
#: linked. Other punctuation is left as is, so messages read the same in the source.
_MARKDOWN = re.compile(r"([\\`*_\[\]<>$~])")
_BARE_LINK = re.compile(r"(?i)(?<=[a-z])://|\bwww\.")


def plain(value: Any) -> str:
    """``value`` as text that Markdown shows as written, on one line (a new line could open a
    heading or a list)."""
    text = _MARKDOWN.sub(r"\\\1", " ".join(str(value).splitlines()))
    return _BARE_LINK.sub(lambda m: ":\\/\\/" if m.group(0) == "://" else m.group(0)[:3] + "\\.", text)


def type_name(label: str) -> str:
    """A node type's name in the interface language, from the schema."""
    names = model().node_type(label).names if label in model().labels else {}
    return names.get(lang()) or names.get("en") or label


def rel_name(type_: str) -> str:
    names = model().rel_type(type_).names if type_ in model().relationship_types else {}
    return names.get(lang()) or names.get("en") or type_


def entity_name(props: dict[str, Any]) -> str:
    """A node's label in the interface language, falling back to its display name, then its id."""
    code = lang()
    if props.get("document") and props.get("number") is not None and not props.get("name"):  # a paragraph
        return f"{str(props['document']).removeprefix('document/')} ¶{props['number']}"
    if props.get("body") and props.get("number") is not None and not props.get("name"):  # a session
        return f"{str(props['body']).upper()} {props['number']}" + (f" ({props['start_date'][:4]})"
                                                                    if props.get("start_date") else "")
    return str(
        props.get(f"name_{code}") or props.get(f"title_{code}") or props.get("name")
        or props.get("text") or props.get("symbol") or props.get("id") or "?"
    )
