"""The SPARQL endpoint moved to the package `welfare_kg.serve`; this name stays for existing imports."""

from welfare_kg.serve import MAX_BODY, SparqlServer, default_workers, make_server, negotiate

__all__ = ["MAX_BODY", "SparqlServer", "default_workers", "make_server", "negotiate"]
