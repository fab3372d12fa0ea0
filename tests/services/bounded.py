"""Fuzz tests' one rule for a parser of outside input: a result or one sealflow error, never
another exception, and memory bounded (measured with tracemalloc, never with a clock)."""

from __future__ import annotations

import resource
import tracemalloc
from collections.abc import Callable
from typing import Any

from sealflow.errors import SealflowError

MEMORY_LIMIT = 64 * 1024 * 1024
# C libraries (lxml's libxml2, zlib) allocate outside tracemalloc's view: the process's
# resident high-water mark (KiB on Linux) must not rise by more than this either.
RSS_LIMIT_KIB = 256 * 1024


def result_or_sealflow_error(
    parse: Callable[[], Any], memory_limit: int = MEMORY_LIMIT
) -> Any | SealflowError:
    """``parse()``'s result, or the SealflowError it raised; any other exception propagates
    (the fuzz test fails), and so does an allocation peak above ``memory_limit``."""
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    tracemalloc.start()
    try:
        try:
            outcome: Any = parse()
        except SealflowError as error:
            outcome = error
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < memory_limit, f"peak {peak} bytes allocated (limit {memory_limit})"
    rise = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before
    assert rise < RSS_LIMIT_KIB, f"resident memory rose {rise} KiB (limit {RSS_LIMIT_KIB})"
    if isinstance(outcome, SealflowError):
        message = str(outcome)
        assert message and "\n" not in message.strip(), "one clear line"
    return outcome
