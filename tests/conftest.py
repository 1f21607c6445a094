"""Session-wide settings for every test."""

import os

from flows.settings import CACHE_ENV

# Builds run through the command line (subprocesses included) keep no cache unless a test
# gives one: no test reads work another test or an earlier session left.
os.environ[CACHE_ENV] = "off"
