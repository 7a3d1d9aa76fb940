"""Readers turn a file into positioned, styled lines (``readers.lines.Line``)."""
