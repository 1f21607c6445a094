"""Publish stage: records assembled from resolved extractions (with their evidence), validated
against the pandera models, derived tables computed, and the release swapped in atomically."""
