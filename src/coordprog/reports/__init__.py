"""Layer 6, reports: the built-in report kinds and formats, and rendering.

``kinds/`` build shapes (:mod:`coordprog.shapes`) from a program and
``formats/`` render shapes, one module per kind or format; each module is
an ordinary plugin, registered by :func:`coordprog.get_plugin_manager`.
"""
