"""Helpers of bench/run_bench.py: measuring, a throwaway PostGIS cluster,
agreement between the tools, and the results table."""
