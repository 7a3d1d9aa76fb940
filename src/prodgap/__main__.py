"""Let ``python -m prodgap`` run the CLI."""

import gc

gc.disable()  # before the CLI's imports too: see "The garbage collector" in prodgap.cli

from prodgap.cli import main  # noqa: E402

main()
