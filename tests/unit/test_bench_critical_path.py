"""The CPU-time critical path that scripts/bench_critical_path.py reports for parallel builds."""

from scripts.bench_critical_path import critical_path


def test_the_busier_worker_decides_the_parsing_span():
    assert critical_path(1.0, 2.0, 0.5, [6.0, 4.0], 2) == 9.0


def test_cpu_spent_beside_the_workers_while_parsing_lengthens_the_span_once_cores_are_full():
    # 6 + 6 of parsing and 3 of the build process on 2 cores take 7.5 s, not 6
    assert critical_path(1.0, 2.0, 3.0, [6.0, 6.0], 2) == 10.5


def test_one_worker_is_all_serial():
    assert critical_path(1.0, 2.0, 0.0, [6.0], 1) == 9.0
