"""Benchmarks (not tests): rendering, API throughput, scale."""
