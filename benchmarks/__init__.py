"""Benchmarks of the reader, the store and the start-up: see README.md."""
