"""Layer 5, the extension point: hook specifications, the plugin manager, hook calls.

:mod:`coordprog.plugins.hookspecs` documents every hook.  The public names
are re-exported by :mod:`coordprog`.
"""
