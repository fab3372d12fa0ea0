"""Fuzzing the readers of signed documents from other parties: a result or one sealflow error.

The documents are signed with a real key, so every input reaches the parser behind the
signature check: what a party holding its own key could send. Examples are bounded so the
suite stays quick; hypothesis's database replays any failure it finds.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from sealflow.errors import SealflowError
from sealflow.exchange.batch import verify_manifest
from sealflow.exchange.manifest import Manifest
from sealflow.exchange.receipts import check_deletion, verify_receipt
from sealflow.seal.minisign import sign_bytes
from sealflow.seal.minisign_keys import MinisignSecretKey

FUZZ = settings(max_examples=150, deadline=None)
KEY = MinisignSecretKey.generate()
PUBLIC = KEY.public.encode_line()

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40)
JSON_VALUES = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner),
    max_leaves=20,
)
_MANIFEST_FIELDS = {
    "format": st.just("sealflow-batch/1") | st.text(max_size=10),
    "batch_id": st.just("20260101T000000Z-provider-extract-1a2b3c4d") | JSON_VALUES,
    "sender": st.just("provider") | JSON_VALUES,
    "recipient": st.just("evaluator") | JSON_VALUES,
    "purpose": st.just("extract") | JSON_VALUES,
    "created": st.just("2026-01-01T00:00:00+00:00") | JSON_VALUES,
    "files": st.lists(
        st.fixed_dictionaries(
            {
                "name": st.text(max_size=20) | st.just("a.csv.age"),
                "size": st.integers() | JSON_VALUES,
                "sha256": st.just("0" * 64) | JSON_VALUES,
            }
        )
        | JSON_VALUES,
        max_size=4,
    )
    | JSON_VALUES,
    "audit_head": JSON_VALUES,
}
MANIFEST_LIKE = st.fixed_dictionaries({}, optional=_MANIFEST_FIELDS)
DOCUMENT_BYTES = (
    st.binary(max_size=400)
    | JSON_VALUES.map(lambda v: json.dumps(v).encode())
    | MANIFEST_LIKE.map(lambda v: json.dumps(v).encode())
    | st.integers(min_value=1, max_value=3000).map(lambda n: b"[" * n + b"]" * n)
)


@FUZZ
@given(data=DOCUMENT_BYTES)
def test_when_a_signed_manifest_holds_anything_then_a_manifest_or_a_sealflow_error(data):
    try:
        manifest = verify_manifest(data, sign_bytes(data, KEY), PUBLIC, "provider", None, "m")
    except SealflowError:
        return
    assert isinstance(manifest, Manifest) and manifest.sender == "provider"


@FUZZ
@given(data=st.binary(max_size=400), signature=st.text(max_size=300))
def test_when_an_unsigned_manifest_arrives_then_only_a_signature_error(data, signature):
    try:
        verify_manifest(data, signature, PUBLIC, "provider", None, "m")
    except SealflowError as exc:
        assert "signature" in str(exc)


_RECEIPT_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "format": st.just("sealflow-receipt/1") | JSON_VALUES,
        "batch_id": st.just("b-1") | JSON_VALUES,
        "manifest_sha256": st.just("0" * 64) | JSON_VALUES,
        "status": st.sampled_from(["accepted", "rejected"]) | JSON_VALUES,
        "reason": JSON_VALUES,
    },
)


@FUZZ
@given(data=DOCUMENT_BYTES | _RECEIPT_LIKE.map(lambda v: json.dumps(v).encode()))
def test_when_a_signed_receipt_holds_anything_then_a_body_or_a_sealflow_error(data):
    try:
        body = verify_receipt(data, sign_bytes(data, KEY), PUBLIC, "b-1", "0" * 64, "r")
    except SealflowError:
        return
    assert body["batch_id"] == "b-1"


_DELETION_LIKE = st.fixed_dictionaries(
    {},
    optional={
        "format": st.just("sealflow-deletion/1") | JSON_VALUES,
        "batch_id": st.just("b-1") | JSON_VALUES,
        "party": st.just("vendor") | JSON_VALUES,
        "deleted_at": st.datetimes().map(lambda d: d.isoformat())
        | st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat())
        | JSON_VALUES,
    },
)


@FUZZ
@given(data=DOCUMENT_BYTES | _DELETION_LIKE.map(lambda v: json.dumps(v).encode()))
def test_when_a_signed_deletion_confirmation_holds_anything_then_a_status_or_a_sealflow_error(
    data,
):
    sent_at = datetime(2026, 1, 1, tzinfo=UTC)
    try:
        status = check_deletion(
            "b-1", "vendor", sent_at, 7, (data, sign_bytes(data, KEY)), PUBLIC, "d"
        )
    except SealflowError:
        return
    assert status.status in {"confirmed", "late"}
