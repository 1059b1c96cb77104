"""Reading a timeline file: the located YAML tree, the format's checks, anchors, quotes, merging.

Imports ``core`` and ``dates`` (and PyYAML); never Textual.
"""
