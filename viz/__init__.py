"""Network maps and network analysis read from the store."""
