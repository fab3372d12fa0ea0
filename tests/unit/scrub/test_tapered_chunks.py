"""Documents go to the workers in chunks that shrink to a quarter at the end of the work
(batch.tapered_chunks), so the workers finish together; each document's output does not
depend on the chunk it was in."""

from __future__ import annotations

import pytest

from sealflow.scrub.batch import tapered_chunks
from sealflow.scrub.document import Segment
from sealflow.scrub.engine import get_engine
from sealflow.scrub.evaluation.corpus import generate
from sealflow.scrub.scrubber import scrub_segment_lists
from sealflow.scrub.settings import default_settings


@pytest.mark.parametrize(
    ("count", "size", "workers", "sizes"),
    [
        # one worker: whole chunks, as before
        (40, 16, 1, [16, 16, 8]),
        # two workers: the last two chunks' worth in quarters
        (80, 16, 2, [16, 16, 16, 4, 4, 4, 4, 4, 4, 4, 4]),
        (50, 16, 2, [16, 2, 4, 4, 4, 4, 4, 4, 4, 4]),
        # less than that in all: quarters throughout
        (10, 16, 2, [4, 4, 2]),
        (0, 16, 2, []),
        # chunks of fewer than four documents: one document at the end
        (7, 2, 2, [2, 1, 1, 1, 1, 1]),
    ],
)
def test_when_work_is_cut_for_workers_then_every_item_once_in_order_and_small_at_the_end(
    count, size, workers, sizes
):
    items = list(range(count))
    work = list(tapered_chunks(items, size, workers))
    assert [len(chunk) for chunk in work] == sizes
    assert [item for chunk in work for item in chunk] == items


def test_when_documents_are_scrubbed_in_other_chunks_then_each_output_is_the_same():
    engine = get_engine(default_settings())
    documents = [[Segment(doc.text)] for doc in generate(41, 6, sentences=(6, 12))]

    def texts(batch):
        return [r.texts(d) for r, d in zip(scrub_segment_lists(engine, batch), batch, strict=True)]

    together = texts(documents)
    alone = [text for d in documents for text in texts([d])]
    in_pairs = [text for i in range(0, 6, 2) for text in texts(documents[i : i + 2])]
    assert together == alone == in_pairs
    assert any("[PERSON-" in text[0] for text in together)
