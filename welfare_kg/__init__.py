"""welfare-kg: a knowledge graph of Finnish regional welfare collaboration.

The library entry point is `KnowledgeGraph` (see welfare_kg.kg); the `welfare-kg`
command line is a thin layer over the same functions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "__version__"]

if TYPE_CHECKING:
    from welfare_kg.kg import KnowledgeGraph


def __getattr__(name: str) -> Any:
    # lazy, so that `welfare-kg --help` and worker processes do not import the store for nothing
    if name == "KnowledgeGraph":
        from welfare_kg.kg import KnowledgeGraph

        return KnowledgeGraph
    raise AttributeError(name)
