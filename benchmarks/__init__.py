"""Benchmarks and measurements of coordprog, run as scripts from the repository root."""
