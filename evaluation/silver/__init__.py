"""Silver diagnostic: the pipeline on GTD event summaries, scored against GTD's own coding.

See README.md beside this file. No GTD data is kept in the project (GTD's terms forbid
redistribution): `sample` reads the user's own copy of the GTD CSV.
"""
