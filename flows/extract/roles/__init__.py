"""Roles: who did it to whom, from the dependency parse (the actor a word stands for, the doers
a clause names, those it denies, the dead), and the guesses, marked as such, where the parse
reaches none."""
