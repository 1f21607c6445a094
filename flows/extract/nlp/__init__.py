"""The spaCy pipeline the rules read: the installed English model, the dictionary rulers and name
repairs, and the numpy decoders that give the model's parses and entities in less time."""
