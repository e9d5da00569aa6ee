"""The terminology glossary: entries read from YAML, found in Arabic text, phrased in English
and French.

- entries: Entry, Rendering, Title, Match, Problem: the data model.
- rules: the kinds of entry and the French phrasing rules of data/glossary.yaml.
- load: load(), check(), read(): the directory read and validated (validate: one entry).
- match: Glossary, the index that finds entries in Arabic text.
- phrase: an entry in running text, with article, elision and contraction.
- countries: every country CLDR names, with the grammar of data/countries.yaml.
- formats/: yaml (the glossary's own files), tbx and csv (exchange with CAT tools).
- edit: an entry added, entries imported, checked before anything is written.
- qa: whether a translation carries the rendering of a source term.
- mining: likely names no entry covers.
"""
