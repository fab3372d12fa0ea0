"""Two promises of the privacy notice kept on a demo study run as a user runs it (#13).

One synthetic study (`sealflow demo init --staff 60`) is run with snakemake, and its send
plan approved. Transfers: with the provider moved outside the UK and no valid transfer
basis, the send rules refuse with one line naming the party and the parties.yaml key,
and the provider's drop-box stays as it was; an adequacy basis, or standard contractual
clauses with a reference, lets the send go. Vendor deletion: once `snakemake send` has run
`deletion_check` on the vendors' transcript deliveries, `sealflow status --json` gives
each vendor's deadline as the delivery's receipt time plus that vendor's configured days
(not the time the recordings were sent); changing one vendor's days moves only its
deadline; `sealflow vendor confirm-deletion` closes a delivery, and one past its deadline
shows as overdue. The transfer test runs first: once a file has gone to a party it is
"already sent" and no later send checks that party's route again.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import yaml

pytestmark = pytest.mark.workflow

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
INVITATIONS = "results/exchange/sent/invitations.json"
LINKS = "results/exchange/sent/links_for_provider.json"
DELETIONS = "results/exchange/deletion/recordings.json"
REPORT = "results/report/deidentification.json"
VENDORS = ("vendor", "vendor2")


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, cwd=REPO, capture_output=True, text=True, timeout=900)


def _snakemake(root: Path, *targets: str, forcerun: str | None = None):
    extra = ["--forcerun", forcerun] if forcerun else []
    # Targets before --configfile, which takes every word after it as a config file.
    return _run(str(BIN / "snakemake"), *targets, *extra, "--cores", "2",
                "--configfile", str(root / "config.yaml"))  # fmt: skip


def _sealflow(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    ran = _run(str(BIN / "sealflow"), *args, "--config", str(root / "config.yaml"))
    assert ran.returncode == 0, ran.stderr
    return ran


def _set_party(root: Path, name: str, **keys: Any) -> None:
    """Set (or, given None, remove) keys of one party in the study's parties.yaml."""
    path = root / "parties.yaml"
    parties = yaml.safe_load(path.read_text(encoding="utf-8"))
    for key, value in keys.items():
        if value is None:
            parties["parties"][name].pop(key, None)
        else:
            parties["parties"][name][key] = value
    path.write_text(yaml.safe_dump(parties, sort_keys=False), encoding="utf-8")


def _dropbox(root: Path, party: str) -> dict[str, bytes]:
    box = root / "dropbox" / party
    return {str(p.relative_to(box)): p.read_bytes() for p in sorted(box.rglob("*")) if p.is_file()}


def _pending_deletions(root: Path) -> dict[str, dict[str, Any]]:
    """status --json's vendor deletions with a clock (one per delivery), by batch id."""
    status = json.loads(_sealflow(root, "status", "--json").stdout)
    return {d["batch_id"]: d for d in status["pending"]["vendor_deletions"] if "deadline" in d}


def _deliveries(root: Path) -> dict[str, dict[str, str]]:
    """Each vendor's transcript batch as the replay register accepted it (with its time)."""
    lines = (root / "work/exchange/seen_batches.jsonl").read_text().splitlines()
    entries = [json.loads(line) for line in lines if line.strip()]
    return {
        e["sender"]: e
        for e in entries
        if e.get("sender") in VENDORS and e.get("outcome") == "accepted"
    }


def _recordings_sent_at(root: Path, vendor: str, recordings: list[str]) -> datetime:
    """When the first batch carrying any of ``recordings`` was sent to ``vendor``."""
    records = [
        json.loads(p.read_text())
        for p in sorted((root / "results/exchange/sent").glob("*-recordings-*.json"))
    ]
    return min(
        datetime.fromisoformat(r["sent_at"])
        for r in records
        if r["to"] == vendor
        and {f["name"].removesuffix(".age") for f in r["files"]} & {*recordings}
    )


def _check_deletions(root: Path) -> None:
    ran = _snakemake(root, DELETIONS, forcerun="deletion_check")
    assert ran.returncode == 0, ran.stderr[-4000:]


@pytest.fixture(scope="module")
def study(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("notice") / "study"
    made = _run(str(BIN / "sealflow"), "demo", "init", str(root), "--staff", "60")
    assert made.returncode == 0, made.stderr
    ran = _snakemake(root)
    assert ran.returncode == 0, ran.stderr[-4000:]
    _sealflow(root, "plan", "approve", "--yes")
    return root


@pytest.fixture(scope="module")
def sent(study: Path) -> Path:
    """The study after the `send` target (the sends, transcription and deletion_check)."""
    ran = _snakemake(study, "send")
    assert ran.returncode == 0, ran.stderr[-4000:]
    return study


# A route that is not valid, and the parties.yaml key the refusal must name.
REFUSED_ROUTES = [
    ({"country": None, "transfer_basis": None}, "parties.provider.country"),
    ({"country": "US", "transfer_basis": None}, "parties.provider.transfer_basis"),
    (
        {"country": "IN", "transfer_basis": {"type": "adequacy", "reference": "none"}},
        "parties.provider.transfer_basis.type",
    ),
    (
        {"country": "IN", "transfer_basis": {"type": "scc", "reference": " "}},
        "parties.provider.transfer_basis.reference",
    ),
]


def test_when_the_provider_has_no_valid_transfer_basis_then_the_send_is_refused_until_set(
    study: Path,
) -> None:
    before = _dropbox(study, "provider")
    for route, key in REFUSED_ROUTES:
        _set_party(study, "provider", **route)
        refused = _snakemake(study, INVITATIONS)
        assert refused.returncode != 0, route
        log = (study / "logs/exchange/send_invitations.log").read_text()
        assert log.startswith("sealflow: error: ") and log.count("\n") == 1, log
        assert "'provider'" in log and key in log, (route, log)
        assert _dropbox(study, "provider") == before, route
        assert not (study / INVITATIONS).exists()

    adequacy = {"type": "adequacy", "reference": "UK adequacy regulations (Japan)"}
    _set_party(study, "provider", country="JP", transfer_basis=adequacy)
    went = _snakemake(study, INVITATIONS)
    assert went.returncode == 0, went.stderr[-4000:]
    record = json.loads((study / INVITATIONS).read_text())
    assert record["transfer"] == {"country": "JP", "basis": "adequacy",
                                  "reference": adequacy["reference"]}  # fmt: skip
    assert any(name.startswith(record["batch_id"]) for name in _dropbox(study, "provider"))

    scc = {"type": "scc", "reference": "IDTA signed 2026-11-02, ref DPA-0042"}
    _set_party(study, "provider", country="IN", transfer_basis=scc)
    went = _snakemake(study, LINKS)
    assert went.returncode == 0, went.stderr[-4000:]
    record = json.loads((study / LINKS).read_text())
    assert record["transfer"] == {"country": "IN", "basis": "scc", "reference": scc["reference"]}
    assert any(name.startswith(record["batch_id"]) for name in _dropbox(study, "provider"))


def test_when_transcripts_are_delivered_then_each_vendors_deadline_counts_from_delivery(
    sent: Path,
) -> None:
    deliveries = _deliveries(sent)
    assert set(deliveries) == set(VENDORS)
    pending = _pending_deletions(sent)
    for vendor, delivery in deliveries.items():
        entry = pending[delivery["batch_id"]]
        delivered = datetime.fromisoformat(delivery["at"])
        assert (entry["party"], entry["status"]) == (vendor, "pending")
        assert datetime.fromisoformat(entry["delivered_at"]) == delivered
        assert datetime.fromisoformat(entry["deadline"]) == delivered + timedelta(days=7)
        # The recordings went earlier: counting from them would give an earlier deadline.
        assert _recordings_sent_at(sent, vendor, entry["recordings"]) < delivered
        # The deletion covers the recordings and every transcript copy of that delivery.
        stems = {name.split(".", 1)[0] for name in entry["transcripts"]}
        assert entry["recordings"] and {r.split(".", 1)[0] for r in entry["recordings"]} == stems


@pytest.mark.parametrize("days", [30])
def test_when_one_vendors_days_change_then_only_its_deadline_moves(sent: Path, days: int) -> None:
    deliveries = _deliveries(sent)
    _set_party(sent, "vendor2", deletion_deadline_days=days)
    _check_deletions(sent)
    pending = _pending_deletions(sent)
    for vendor, expected in (("vendor2", days), ("vendor", 7)):
        delivery = deliveries[vendor]
        deadline = datetime.fromisoformat(pending[delivery["batch_id"]]["deadline"])
        assert deadline == datetime.fromisoformat(delivery["at"]) + timedelta(days=expected)
    _set_party(sent, "vendor2", deletion_deadline_days=7)


def test_when_a_vendor_confirms_deletion_then_it_closes_and_an_overdue_one_shows_overdue(
    sent: Path,
) -> None:
    deliveries = _deliveries(sent)
    _check_deletions(sent)
    entry = _pending_deletions(sent)[deliveries["vendor"]["batch_id"]]
    files = [f for name in entry["recordings"] + entry["transcripts"] for f in ("--file", name)]
    key = sent / "parties/vendor/keys/vendor.minisign.key"
    (sent / "dropbox/evaluator/confirmations").mkdir(exist_ok=True)  # the vendor makes it
    confirmed = _run(str(BIN / "sealflow"), "vendor", "confirm-deletion",
                     "--batch", entry["batch_id"], "--party", "vendor", "-k", str(key),
                     *files, "--out", str(sent / "dropbox/evaluator/confirmations"))  # fmt: skip
    assert confirmed.returncode == 0, confirmed.stderr
    _set_party(sent, "vendor2", deletion_deadline_days=0)  # its deadline is already past
    _check_deletions(sent)

    pending = _pending_deletions(sent)
    assert deliveries["vendor"]["batch_id"] not in pending
    checked = {d["batch_id"]: d for d in json.loads((sent / DELETIONS).read_text())["deletions"]}
    assert checked[deliveries["vendor"]["batch_id"]]["status"] == "confirmed"
    overdue = pending[deliveries["vendor2"]["batch_id"]]
    assert (overdue["party"], overdue["status"]) == ("vendor2", "overdue")
    shown = _sealflow(sent, "status").stdout
    assert f"deletion by vendor2: {overdue['batch_id']} overdue" in shown

    ran = _snakemake(sent, REPORT, forcerun="report")
    assert ran.returncode == 0, ran.stderr[-4000:]
    report = json.loads((sent / REPORT).read_text())
    shown_in_report = {d["batch_id"]: d for d in report["exchange"]["deletions"]}
    assert shown_in_report[overdue["batch_id"]]["deadline"] == overdue["deadline"]
    assert shown_in_report[deliveries["vendor"]["batch_id"]]["status"] == "confirmed"
    (gate,) = [g for g in report["gates"] if g["name"].startswith("vendors deleted")]
    assert not gate["passed"]
    _set_party(sent, "vendor2", deletion_deadline_days=7)
