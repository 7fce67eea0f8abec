"""The built-in report kinds, one plugin module each."""
