"""Dates: the forms a date takes in a sentence, read into closed intervals with their precision,
and which of them a deed takes (its own phrase, its clause, the story's time, the day it was told)."""
