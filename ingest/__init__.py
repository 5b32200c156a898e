"""Turns UN documents into nodes and edges with provenance; never touches a store."""
