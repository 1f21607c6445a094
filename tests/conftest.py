"""Session-wide settings for every test."""

import os

from hypothesis import settings

from flows.settings import CACHE_ENV

# Builds run through the command line (subprocesses included) keep no cache unless a test
# gives one: no test reads work another test or an earlier session left.
os.environ[CACHE_ENV] = "off"

# Property tests draw their examples from a fixed seed under CI (CI=true, as .ci/run runs):
# a red build then says the code changed, not that the draw did. Elsewhere each run draws
# anew, so that local runs keep finding new cases (a case found that way becomes a plain test).
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
