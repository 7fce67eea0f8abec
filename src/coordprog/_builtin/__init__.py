"""Built-in plugins: written against the same hooks as third-party ones."""
