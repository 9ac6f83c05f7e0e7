"""Synthetic Finnish minutes and news pages with their answer key, for benchmarks and scale tests.

Kept apart from the product's own modules: nothing in ingest, extraction or the store
depends on it; only `welfare-kg generate`, the benchmarks and tests use it.
"""
