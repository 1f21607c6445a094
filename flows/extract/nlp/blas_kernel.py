"""The matrix-product kernel under spaCy's models, on CPUs the bundled BLIS does not know.

thinc multiplies matrices with BLIS 0.7 (the `blis` package), which picks its kernels by CPU
model and knows AMD's only up to Zen 2: on a Zen 3 or Zen 4 (CPU family 0x19, the machines
this project is built on) it falls back to its generic C kernel, and the tok2vec, parser and
NER layers run about 2.5x slower (the whole pipeline 2x; scripts/bench_builds.py). Where BLIS
settled for the generic kernel on a CPU with AVX2 and FMA, the Zen 2 kernels (AVX2 assembly,
compiled into the same library) are installed in its context instead.

Both kernels compute each product to float32 rounding in a different order, so a parse could
in principle differ; measured on the 542,000-character bench corpus, every tag, head,
dependency and entity was the same, and the evaluation and seed releases were byte-identical.
A product is checked against numpy after the switch; a mismatch puts the generic kernel back.
`MILITANT_EVENTS_BLAS=generic` keeps BLIS's own choice.
"""

from __future__ import annotations

import ctypes
import os
import platform
from functools import cache
from pathlib import Path

import numpy

FAST = "zen2"
GENERIC = "generic"
ENV = "MILITANT_EVENTS_BLAS"


@cache
def _blis() -> ctypes.CDLL:
    import blis.cy  # the extension thinc's NumpyOps multiplies with

    lib = ctypes.CDLL(blis.cy.__file__)
    lib.bli_gks_query_cntx.restype = ctypes.c_void_p
    lib.bli_arch_string.restype = ctypes.c_char_p
    return lib


def chosen_by_blis() -> str:
    """The sub-configuration BLIS picked for this CPU ("generic", "haswell", "zen2", ...)."""
    lib = _blis()
    lib.bli_init()
    return lib.bli_arch_string(lib.bli_arch_query_id()).decode()


def cpu_has_avx2_fma(cpuinfo: Path = Path("/proc/cpuinfo")) -> bool:
    """Whether the CPU runs the Zen 2 kernels' instructions (Linux; elsewhere: unknown, no)."""
    try:
        flags = next(
            (line for line in cpuinfo.read_text().splitlines() if line.startswith("flags")), ""
        )
    except OSError:
        return False
    return {"avx2", "fma"} <= set(flags.split())


def install(kernel: str) -> None:
    """Put `kernel`'s routines ("zen2" or "generic") into BLIS's context: every product
    after this uses them, in this process and in processes forked from it."""
    lib = _blis()
    lib.bli_init()
    getattr(lib, f"bli_cntx_init_{kernel}")(ctypes.c_void_p(lib.bli_gks_query_cntx()))


def products_agree() -> bool:
    """A product of the shapes the models multiply (tokens x 96 x 288) matches numpy's."""
    import blis.py

    rng = numpy.random.default_rng(0)
    a = rng.standard_normal((301, 96), dtype=numpy.float32)
    b = rng.standard_normal((96, 288), dtype=numpy.float32)
    return bool(numpy.allclose(blis.py.gemm(a, b), a @ b, rtol=1e-4, atol=1e-4))


@cache
def use_fast_kernel() -> str:
    """Install the Zen 2 kernels where BLIS fell back to its generic one and the CPU can run
    them; once per process. Returns the kernel in use."""
    chosen = chosen_by_blis()
    wanted = os.environ.get(ENV, "auto")
    if wanted == GENERIC or chosen != GENERIC or platform.machine() != "x86_64":
        return chosen
    if not cpu_has_avx2_fma():
        return chosen
    install(FAST)
    if not products_agree():
        install(GENERIC)
        return GENERIC
    return FAST
