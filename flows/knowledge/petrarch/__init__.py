"""The PETRARCH2/Phoenix dictionaries (dictionaries/petrarch/): loading them, and merging their
non-state armed groups into the reviewed actor dictionary."""
