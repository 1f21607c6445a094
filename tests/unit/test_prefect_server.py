"""Runs against the build's temporary Prefect server."""

from prefect.settings import get_current_settings, temporary_settings

from flows.prefect_server import run_settings


def test_a_run_against_the_temporary_server_sends_no_heartbeats():
    # the flow waited up to a second at its end for the heartbeat thread to wake and stop
    assert get_current_settings().flows.heartbeat_frequency is not None
    with temporary_settings(updates=run_settings("http://127.0.0.1:1/api")):
        assert get_current_settings().flows.heartbeat_frequency is None
        assert get_current_settings().api.url == "http://127.0.0.1:1/api"
