"""Sphinx configuration: MyST Markdown pages, API reference from docstrings."""

import coordprog

project = "coordprog"
author = "The coordprog developers"
copyright = "2026, The coordprog developers"
release = coordprog.__version__  # written once, in coordprog/_version.py
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.intersphinx",
]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3
exclude_patterns = ["_build"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
intersphinx_mapping = {}

html_theme = "alabaster"
html_title = "coordprog"
language = "en"
