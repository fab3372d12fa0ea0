"""Scrub a folder of documents: chunks of documents over a pool of processes.

Each worker builds its engine once (``initializer``); each task is a chunk of documents that
goes through spaCy's ``nlp.pipe`` together. Chunks are cut from the sorted file list, and
``shard=(i, n)`` keeps every n-th file from the i-th, so Snakemake (or a cluster) can run
shards as separate jobs with the same result. A document that cannot be read is reported
with its error and the others still complete.
"""

from __future__ import annotations

import gc
import itertools
import os
from collections.abc import Collection, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sealflow.errors import DocumentError
from sealflow.fsutil import private_dir
from sealflow.progress import progress as bar_of
from sealflow.scrub.blas_threads import set_blas_threads
from sealflow.scrub.engine import get_engine
from sealflow.scrub.formats import SUFFIXES, read_document
from sealflow.scrub.formats.base import ParsedDocument
from sealflow.scrub.heap_reuse import keep_freed_memory
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import ScrubSettings

_WORKER_SETTINGS: ScrubSettings | None = None
# Data every chunk of one run needs (the residual scan's study values): handed to each
# worker once when it starts, not pickled again with every chunk.
_WORKER_SHARED: Any = None


@dataclass
class ChunkResult:
    findings: list[dict[str, Any]] = field(default_factory=list)
    failed: list[dict[str, str]] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    replaced_values: dict[str, str] = field(default_factory=dict)
    characters: int = 0

    def add(self, other: ChunkResult) -> None:
        self.findings += other.findings
        self.failed += other.failed
        self.written += other.written
        self.replaced_values |= other.replaced_values
        self.characters += other.characters


def source_kind(path: Path) -> str:
    return f"transcript{path.suffix.lower()}"


def list_documents(in_dir: Path, shard: tuple[int, int] | None = None) -> list[Path]:
    """The documents of a folder in a stable order, optionally one shard of them.

    Documents directly in ``in_dir`` and one level down: received transcripts open into a
    folder per vendor (exchange/vendors.py). Outputs are named by the file's name alone, so
    two documents of one name (the same recording transcribed by two vendors) are refused
    rather than one overwriting the other.
    """
    if not in_dir.is_dir():
        raise DocumentError(f"{in_dir}: not a folder of documents")
    candidates = [*in_dir.iterdir()]
    candidates += [
        p for d in candidates if d.is_dir() and not d.name.startswith(".") for p in d.iterdir()
    ]
    files = sorted(
        (
            p
            for p in candidates
            if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
        ),
        key=lambda p: (p.name, str(p)),
    )
    for first, second in itertools.pairwise(files):
        if first.name == second.name:
            raise DocumentError(
                f"{second}: has the same name as {first}; keep one of them (a recording "
                "transcribed twice: move the copy not to use out of the folder)"
            )
    if shard is not None:
        index, count = shard
        if count < 1 or not 0 <= index < count:
            raise DocumentError(f"shard {index}/{count}: expected 0 <= index < count")
        files = files[index::count]
    return files


def scrub_chunk(paths: Sequence[Path], out_dir: Path, settings: ScrubSettings) -> ChunkResult:
    """Read, scrub and write one chunk of documents in this process."""
    result = ChunkResult()
    parsed: list[ParsedDocument] = []
    roles = settings.roles()
    for path in paths:
        try:
            parsed.append(read_document(path, roles))
        except DocumentError as exc:
            result.failed.append({"document": path.name, "error": str(exc)})
        except OSError as exc:
            result.failed.append({"document": path.name, "error": f"{path}: {exc.strerror or exc}"})
    if not parsed:
        return result
    engine = get_engine(settings)
    scrubbed = scrub_segment_lists(engine, [doc.segments for doc in parsed])
    for doc, outcome in zip(parsed, scrubbed, strict=True):
        try:
            doc.writer(outcome.edits, out_dir / doc.path.name)
        except (DocumentError, OSError) as exc:
            result.failed.append(
                {"document": doc.path.name, "error": f"{doc.path}: cannot write ({exc})"}
            )
            continue
        result.written.append(doc.path.name)
        result.characters += sum(len(s.text) for s in doc.segments)
        result.replaced_values |= outcome.replaced_values
        result.findings += [
            finding.as_record(doc.path.name, source_kind(doc.path)) for finding in outcome.findings
        ]
    return result


def _init_worker(settings: ScrubSettings, shared: Any = None, pooled: bool = False) -> None:
    global _WORKER_SETTINGS, _WORKER_SHARED
    _WORKER_SETTINGS = settings
    _WORKER_SHARED = shared
    get_engine(settings)
    if pooled:
        # one worker process per core: BLAS threads would only compete with the other
        # workers (blas_threads.py); a lone process keeps them for the idle cores
        set_blas_threads(1)
        # each chunk's spaCy arrays reuse the last chunk's memory (heap_reuse.py)
        keep_freed_memory()
        # the engine (spaCy, the patterns, the lists: ~150,000 objects) lives as long as
        # the worker: the collector's full passes need not walk it again (1% of a scrub)
        gc.collect()
        gc.freeze()


def _run_chunk(paths: Sequence[Path], out_dir: Path) -> ChunkResult:
    assert _WORKER_SETTINGS is not None
    return scrub_chunk(paths, out_dir, _WORKER_SETTINGS)


def chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), max(1, size)):
        yield items[start : start + max(1, size)]


def tapered_chunks(items: Sequence[Any], size: int, workers: int) -> Iterator[Sequence[Any]]:
    """Chunks of ``size``, but the last ``workers * size`` items in chunks of a quarter of it.

    Workers take chunks as they finish; when the work runs out, the others wait for the
    last chunk taken. With whole chunks to the end that wait averaged half a chunk (a
    sixteen-document chunk of transcripts is seconds of one core); quarter chunks at the
    end let the workers finish together. The documents, their order and each document's
    output are the same (a document is scrubbed alone; spaCy's entities do not depend on
    the batch it is in)."""
    size = max(1, size)
    if workers <= 1:
        yield from chunks(items, size)
        return
    tail = max(0, len(items) - workers * size)
    yield from chunks(items[:tail], size)
    yield from chunks(items[tail:], max(1, size // 4))


def worker_count(settings: ScrubSettings, tasks: int) -> int:
    wanted = settings.processes or os.cpu_count() or 1
    return max(1, min(wanted, tasks))


def map_chunks(
    function: Any,
    work: Sequence[Sequence[Any]],
    settings: ScrubSettings,
    *args: Any,
    progress: str = "",
    shared: Any = None,
) -> Iterator[Any]:
    """Run ``function(chunk, *args)`` over chunks, in worker processes when more than one,
    with a bar of chunks done on a terminal (sealflow.progress); ``shared`` is in each
    worker's ``_WORKER_SHARED`` for the whole run."""
    workers = worker_count(settings, len(work))
    with bar_of(progress or "scrub", len(work), "chunks") as advance:
        if workers == 1:
            _init_worker(settings, shared)
            for chunk in work:
                yield function(chunk, *args)
                advance(1)
            return
        with ProcessPoolExecutor(
            workers, initializer=_init_worker, initargs=(settings, shared, True)
        ) as pool:
            for outcome in pool.map(function, work, *[[a] * len(work) for a in args]):
                yield outcome
                advance(1)


def scrub_documents(
    in_dir: Path,
    out_dir: Path,
    settings: ScrubSettings,
    shard: tuple[int, int] | None = None,
    left_out: Collection[str] = frozenset(),
) -> ChunkResult:
    """Scrub every .txt, .vtt, .srt and .docx in ``in_dir`` into same-named files in ``out_dir``,
    except the documents named (by stem) in ``left_out``: nothing is read from those."""
    files = [p for p in list_documents(Path(in_dir), shard) if p.stem not in left_out]
    private_dir(out_dir)
    total = ChunkResult()
    size = max(1, settings.chunk_documents)
    workers = worker_count(settings, -(-len(files) // size))
    work = list(tapered_chunks(files, size, workers))
    for outcome in map_chunks(
        _run_chunk, work, settings, Path(out_dir), progress="scrub documents"
    ):
        total.add(outcome)
    total.findings.sort(key=lambda r: (r["document"], r["start"]))
    total.failed.sort(key=lambda r: r["document"])
    return total
