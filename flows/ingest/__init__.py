"""Ingest stage: every entry of the input folder read, decoded (one reader per format) and
given its metadata sidecar; nothing is dropped."""
