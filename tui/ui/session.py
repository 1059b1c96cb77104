"""What every screen of one run of the explorer needs to know, handed down by the app."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Session:
    """Settings from the command line, and whether the app is winding down."""

    use_cache: bool = True
    quitting: bool = False
    """Set by q: keys still queued behind it must not push screens into an app being torn down."""
