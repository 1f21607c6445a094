"""Places: names resolved against the offline gazetteer, and the place an event takes when its
sentence names none (its clause's occasion, the owner of a domestic event)."""
