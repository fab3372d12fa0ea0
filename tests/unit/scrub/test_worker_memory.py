"""Pool workers keep freed memory on the heap (heap_reuse.py): a block the size of a chunk's
spaCy arrays, freed and asked for again, comes back without the kernel faulting it in; and
their engine is frozen out of the garbage collector's passes (batch._init_worker)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from dataclasses import replace

from sealflow.scrub.batch import map_chunks
from sealflow.scrub.settings import default_settings

# a block the size of one chunk's NER array (12 MiB: above glibc's own thresholds once one
# block was freed, below the kept trim threshold), written, freed, asked for again and
# written: 3,072 pages to fault in unless the heap kept them. malloc through ctypes, not
# numpy, whose large arrays ask for huge pages (a fault per 2 MiB).
_REUSE = """
import ctypes, ctypes.util, resource

def faults_of_a_second_block():
    libc = ctypes.CDLL(ctypes.util.find_library("c"))
    libc.malloc.restype = ctypes.c_void_p
    libc.malloc.argtypes = [ctypes.c_size_t]
    libc.free.argtypes = [ctypes.c_void_p]
    libc.memset.argtypes = [ctypes.c_void_p, ctypes.c_int, ctypes.c_size_t]
    size = 12 * 2**20
    first = libc.malloc(size)
    libc.memset(first, 1, size)
    libc.free(first)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    second = libc.malloc(size)
    libc.memset(second, 1, size)
    faults = resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before
    libc.free(second)
    return faults
"""


def _in_a_new_process(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _REUSE + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


def test_when_memory_is_kept_then_a_freed_block_comes_back_without_page_faults():
    # a process of its own for each: the thresholds are process-wide and stay set
    kept = _in_a_new_process(
        """
        from sealflow.scrub.heap_reuse import keep_freed_memory
        print(keep_freed_memory(), faults_of_a_second_block())
        """
    ).split()
    plain = int(_in_a_new_process("print(faults_of_a_second_block())"))
    assert kept[0] == "True"
    assert int(kept[1]) < 600
    # without it glibc faults the block in again: the measure above can fail
    assert plain > 2500


def _faults_in_worker(_chunk: object) -> int:
    namespace: dict[str, object] = {}
    exec(_REUSE, namespace)
    return namespace["faults_of_a_second_block"]()  # type: ignore[operator,no-any-return]


def test_when_chunks_run_in_worker_processes_then_each_keeps_freed_memory():
    settings = replace(default_settings(), processes=2)
    faults = list(map_chunks(_faults_in_worker, [[1], [2]], settings))
    assert len(faults) == 2 and all(f < 600 for f in faults)


def _frozen_in_worker(_chunk: object) -> int:
    import gc

    return gc.get_freeze_count()


def test_when_chunks_run_in_worker_processes_then_the_engine_is_out_of_the_collectors_way():
    settings = replace(default_settings(), processes=2)
    frozen = list(map_chunks(_frozen_in_worker, [[1], [2]], settings))
    # spaCy's model and the recognizers' patterns and lists: well over 50,000 objects
    assert len(frozen) == 2 and all(count > 50_000 for count in frozen)
