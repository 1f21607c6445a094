"""Where and how a build runs: in-process, threads or forked workers, and the temporary Prefect
server of a one-off build (and the ones killed runs left behind)."""
