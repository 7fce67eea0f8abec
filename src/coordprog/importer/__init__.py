"""Drafting program and records files from a document's text (its own layer, above ``io``).

Nothing here is public: :func:`coordprog.import_text`, :func:`coordprog.read_document`,
:func:`coordprog.find_citations` and the types they return are re-exported by
:mod:`coordprog`.  The importer shares nothing with the JSON and TOML half of
``io``; it reads documents written for people, by their structure and grammar.
"""
