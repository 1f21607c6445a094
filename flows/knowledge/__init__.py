"""The versioned knowledge the stages read: the reviewed actor dictionary, the generic agents
and the imported PETRARCH2/Phoenix dictionaries (all loaded from `dictionaries/`)."""
