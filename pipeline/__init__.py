"""The build pipeline: read documents, extract them (``ingest``) and load the records into a store.

It sits above both ``ingest`` and the stores and imports them; neither imports it
(docs/architecture.md). ``build`` loads, ``provenance`` records each build, ``remove`` takes
documents out again, ``check`` finds and completes interrupted loads.
"""
