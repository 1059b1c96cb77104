"""``python -m tui`` runs the same command line as ``timeline``."""

from tui.cli import main

raise SystemExit(main())
