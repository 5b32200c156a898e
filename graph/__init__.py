"""The graph: its model (schema.ttl), the stores that hold it, and what is exported from it."""
