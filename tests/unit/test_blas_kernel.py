"""The matrix kernel switch (flows/extract/nlp/blas_kernel.py) must not change a parse: the rules
read every tag, head and entity, so a different annotation would change what is extracted."""

from __future__ import annotations

import subprocess
import sys

import pytest

from flows.extract.nlp import blas_kernel
from flows.extract.nlp.pipeline import load_model

TEXTS = [
    "Gunmen attacked a convoy near Gao on Friday, killing 12 soldiers and wounding others.",
    "Al-Shabaab claimed the bombing in Mogadishu, which the government blamed on the group.",
    "On 3 May 2011, U.S. forces killed its leader in a raid; the group vowed revenge.",
]


def annotations(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc]


def test_a_parse_is_the_same_with_either_kernel():
    nlp = load_model()
    try:
        blas_kernel.install(blas_kernel.GENERIC)
        generic = [annotations(d) for d in nlp.pipe(TEXTS)]
        if not blas_kernel.cpu_has_avx2_fma():
            pytest.skip("this CPU cannot run the Zen 2 kernels")
        blas_kernel.install(blas_kernel.FAST)
        assert blas_kernel.products_agree()
        assert [annotations(d) for d in nlp.pipe(TEXTS)] == generic
    finally:
        blas_kernel.install(blas_kernel.use_fast_kernel())


def test_the_cpu_flags_decide_whether_the_fast_kernel_can_run(tmp_path):
    cpuinfo = tmp_path / "cpuinfo"
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx avx2 fma\n")
    assert blas_kernel.cpu_has_avx2_fma(cpuinfo)
    cpuinfo.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx\n")
    assert not blas_kernel.cpu_has_avx2_fma(cpuinfo)
    assert not blas_kernel.cpu_has_avx2_fma(tmp_path / "missing")


def test_the_environment_can_keep_blis_own_choice():
    code = "from flows.extract.nlp.blas_kernel import *; print(use_fast_kernel(), chosen_by_blis())"
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"MILITANT_EVENTS_BLAS": "generic", "PATH": ""},
    )
    in_use, chosen = done.stdout.split()
    assert in_use == chosen  # nothing installed over BLIS's pick
