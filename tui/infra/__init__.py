"""The machinery around loading: the load cache, the forked prefetch child, the one atomic writer,
paths and file stamps. Imports ``core`` and ``load``; never Textual.
"""
