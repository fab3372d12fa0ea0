"""A study purged at its retention date is closed: the workflow refuses it in one line, and
the purge unlinks the registers of who withdrew last (attack19 L1)."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sealflow.config import load_config
from sealflow.govern.closed import closed_reason
from sealflow.govern.retention import purge
from sealflow.govern.settings import GovernSettings

REPO = Path(__file__).resolve().parents[3]
BIN = Path(sys.executable).parent
YESTERDAY = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)


def _settings(governed) -> GovernSettings:
    governed.configure(personal_data_delete_on=str(YESTERDAY))
    return GovernSettings.from_config(load_config(governed.config_file))


def test_when_a_purge_is_cut_short_then_the_registers_stay_and_the_study_is_closed(
    governed, monkeypatch
):
    settings = _settings(governed)
    withdrawals = governed.tiny.withdrawals
    governed.sealflow("erase", "--id-file", str(governed.id_file(governed.tiny.ids[0])))
    # Personal data whose path sorts after the register's (any file in work/ is purged).
    late = governed.work / "zz_notes" / "late.csv"
    late.parent.mkdir()
    late.write_text("pseudonymous_id,note\n")
    assert closed_reason(settings) is None
    unlink = Path.unlink

    def failing_unlink(path: Path, missing_ok: bool = False) -> None:
        if path.name == late.name:
            raise OSError("power cut")
        unlink(path, missing_ok)

    monkeypatch.setattr(Path, "unlink", failing_unlink)
    with pytest.raises(OSError, match="power cut"):
        purge(settings, yes=True)
    monkeypatch.setattr(Path, "unlink", unlink)
    assert withdrawals.is_file()  # personal data is left: so is the register that governs it
    assert "was cut short" in (closed_reason(settings) or "")
    purge(settings, yes=True)  # the next purge finishes it, the registers last
    assert not withdrawals.exists()
    assert "purged on" in (closed_reason(settings) or "")


def test_when_the_study_was_purged_then_the_workflow_refuses_in_one_line(tmp_path):
    study = tmp_path / "study"
    subprocess.run([str(BIN / "sealflow"), "demo", "init", str(study), "--staff", "20"],
                   check=True, capture_output=True)  # fmt: skip
    raw = yaml.safe_load((study / "config.yaml").read_text(encoding="utf-8"))
    raw.setdefault("retention", {})["personal_data_delete_on"] = str(YESTERDAY)
    (study / "config.yaml").write_text(yaml.safe_dump(raw), encoding="utf-8")
    config = ["--config", str(study / "config.yaml")]
    purged = subprocess.run([str(BIN / "sealflow"), "retention", "purge", "--yes", *config],
                            capture_output=True, text=True)  # fmt: skip
    assert purged.returncode == 0, purged.stderr
    (certificate,) = (study / "results/governance").glob("deletion_certificate_*.json")
    for remove_certificate in (False, True):  # the audit log's purge entry closes it too
        if remove_certificate:
            certificate.unlink()
        ran = subprocess.run(
            [str(BIN / "snakemake"), "-s", str(REPO / "Snakefile"), "--cores", "1", "-n",
             "--configfile", str(study / "config.yaml")],
            capture_output=True, text=True, cwd=REPO,
        )  # fmt: skip
        assert ran.returncode != 0
        said = ran.stdout + ran.stderr
        assert "sealflow: error: this study's personal data was purged on" in said
        assert "the study is closed" in said
        assert "Traceback" not in said and "withdrawals.csv" not in said
