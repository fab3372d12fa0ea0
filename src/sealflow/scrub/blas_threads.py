"""One BLAS thread in each scrub worker process: the workers already fill the cores.

spaCy's NER multiplies its matrices through numpy's bundled OpenBLAS, which starts a
thread per core in every process. The scrubber runs one worker process per core, so each
worker's second BLAS thread only competes with the other workers, and OpenBLAS threads
spin while they wait: measured on 60 generated transcripts (41,000 words), spaCy's CPU
time fell from 3.9 to 3.3 s (-15%) with one thread, with the same entities. The
environment variable OPENBLAS_NUM_THREADS is read only when numpy is first imported, and
workers are forked after it is, so the limit is set through OpenBLAS's own call, found in
the library numpy ships with (numpy.libs); a numpy built otherwise is left as it is.
"""

from __future__ import annotations

import ctypes
from pathlib import Path

# the setter's name in numpy's wheels (scipy-openblas, 64-bit integers) and in plain OpenBLAS
_SETTERS = (
    "scipy_openblas_set_num_threads64_",
    "scipy_openblas_set_num_threads",
    "openblas_set_num_threads64_",
    "openblas_set_num_threads",
)
_GETTERS = (
    "scipy_openblas_get_num_threads64_",
    "scipy_openblas_get_num_threads",
    "openblas_get_num_threads64_",
    "openblas_get_num_threads",
)


def _numpy_openblas() -> ctypes.CDLL | None:
    """numpy's bundled OpenBLAS (already loaded by numpy: opening it again is a lookup)."""
    import numpy

    libs = Path(numpy.__file__).resolve().parent.parent / "numpy.libs"
    for path in sorted(libs.glob("lib*openblas*.so*")):
        try:
            return ctypes.CDLL(str(path))
        except OSError:
            continue
    return None


def _function(names: tuple[str, ...]) -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    library = _numpy_openblas()
    if library is None:
        return None
    for name in names:
        function = getattr(library, name, None)
        if function is not None:
            return function
    return None


def set_blas_threads(count: int) -> bool:
    """Set numpy's OpenBLAS threads in this process; False when numpy has none we know."""
    setter = _function(_SETTERS)
    if setter is None:
        return False
    setter(ctypes.c_int(count))
    return True


def blas_threads() -> int | None:
    """numpy's OpenBLAS threads in this process, or None when numpy has none we know."""
    getter = _function(_GETTERS)
    return None if getter is None else int(getter())
