"""Table descriptions: the pandera models are the one source every other artefact is generated from."""
