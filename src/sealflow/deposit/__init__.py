"""Certification and deposit (stages 11 and 12): data dictionary, signed statement, BagIt bag.

Governance code asks `is_deposited(study_root)` before promising a deletion: once the
deposit is made, a withdrawal is recorded as ``ARCHIVED_NOTE``.
"""

from sealflow.deposit.deposit import ARCHIVED_NOTE, deposit_record, is_deposited

__all__ = ["ARCHIVED_NOTE", "deposit_record", "is_deposited"]
