"""Runs against the build's temporary Prefect server."""

import pytest
from prefect.settings import get_current_settings, temporary_settings

from flows.run.prefect_server import STARTS, STARTUP_SECONDS, run_settings, start_server


def test_a_run_against_the_temporary_server_sends_no_heartbeats():
    # the flow waited up to a second at its end for the heartbeat thread to wake and stop
    assert get_current_settings().flows.heartbeat_frequency is not None
    with temporary_settings(updates=run_settings("http://127.0.0.1:1/api")):
        assert get_current_settings().flows.heartbeat_frequency is None
        assert get_current_settings().api.url == "http://127.0.0.1:1/api"


class SlowServer:
    """Stands in for Prefect's server class: its first `fails` starts time out."""

    starts: list[int] = []
    stops = 0
    fails = 0

    def start(self, timeout=None):
        SlowServer.starts.append(timeout)
        if len(SlowServer.starts) <= SlowServer.fails:
            raise RuntimeError(
                "Timed out while attempting to connect to ephemeral Prefect API server."
            )

    def stop(self):
        SlowServer.stops += 1


def slow_server(fails):
    SlowServer.starts, SlowServer.stops, SlowServer.fails = [], 0, fails
    return SlowServer


def test_a_server_slow_to_answer_is_waited_for_longer_than_prefects_default():
    server_class = slow_server(fails=0)
    start_server(server_class)
    assert server_class.starts == [STARTUP_SECONDS]
    assert STARTUP_SECONDS > 20  # Prefect's default, exceeded by a cold start on a loaded machine


def test_a_server_that_never_answers_is_started_once_more_then_the_error_is_raised():
    server_class = slow_server(fails=1)
    start_server(server_class)
    assert len(server_class.starts) == 2 and server_class.stops == 1

    server_class = slow_server(fails=STARTS)
    with pytest.raises(RuntimeError, match="Timed out"):
        start_server(server_class)
    assert server_class.stops == STARTS
