"""Let ``python -m prodgap`` run the CLI."""

from prodgap.cli import main

main()
