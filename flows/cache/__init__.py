"""On-disk caches that let a run skip work whose inputs have not changed.

Everything cached is keyed on the content it was computed from (file hashes, the source of the
code, the versions of the libraries and the spaCy model), never on names or times, so a stale
entry is never read: a changed input has a different key. Entries are written atomically; a
killed run leaves at most a temporary file that the next write ignores.
"""
