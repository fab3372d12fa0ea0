"""The exchange's front: what the CLI, the workflow's adapters and the demo call.

context.py resolves a study's parties, keys and settings once; sending.py makes and sends
batches; receiving.py fetches, verifies, quarantines, receipts and opens them; followup.py
checks receipts and vendors' deletion confirmations.
"""

from sealflow.exchange.context import ExchangeContext
from sealflow.exchange.followup import check_deletions, collect_receipts
from sealflow.exchange.receiving import (
    ReceiveReport,
    open_into,
    open_received,
    quarantined_from,
    receive_batches,
    receive_to,
)
from sealflow.exchange.sending import make_outgoing, send_batch, send_files

__all__ = [
    "ExchangeContext",
    "ReceiveReport",
    "check_deletions",
    "collect_receipts",
    "make_outgoing",
    "open_into",
    "open_received",
    "quarantined_from",
    "receive_batches",
    "receive_to",
    "send_batch",
    "send_files",
]
