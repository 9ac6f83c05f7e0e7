"""welfare-kg: a knowledge graph of Finnish regional welfare collaboration."""

__version__ = "0.1.0"
