"""The built-in output formats, one plugin module each."""
