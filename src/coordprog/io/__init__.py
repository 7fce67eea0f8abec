"""Layer 3, reading and writing: the cattrs converter, JSON and TOML, the JSON Schema.

The public names are re-exported by :mod:`coordprog`.
"""
