"""Triggers: the lexicon's and CAMEO's verbs and nouns found in a sentence, and the kind of deed
each tells (by its instrument, object or shape)."""
