"""The machinery around loading: loading through the cache (``cached``), the cache itself, the
forked prefetch child, the one atomic writer (``files``), paths and file watching (``watch``).
Imports ``core`` and ``load``; never Textual.
"""
