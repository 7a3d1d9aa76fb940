"""Measured accuracy behind ``prodgap eval``."""
