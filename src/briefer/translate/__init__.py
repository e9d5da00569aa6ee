"""Translation: Arabic articles into English and French, offline, with the glossary enforced.

- engine: Engine and translate_articles(): memory first, then the machine, then the terms' QA.
- settings: Settings (beam size, threads, cache…) and the word lists of data/translate.yaml.
- protect: glossary terms as placeholders through the machine, restored in the target language.
- decode: CTranslate2 decoding on the Argos packages, lost placeholders forced back.
- packages: the Argos packages installed, installed from a file or the index, removed.
- memory: the translation memory (tm/), exact and fuzzy lookup; tmx: its TMX 1.4b files.
- cache: the on-disk translation cache (SQLite, safe for concurrent builds).
- report: the QA summary of a translation (terms found, rendered, problems).
"""
