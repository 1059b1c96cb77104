"""``python -m tui`` runs the same command line as ``timeline``."""

from .cli import main

raise SystemExit(main())
