"""Write a whole synthetic study: `sealflow demo init DIR`.

The study is built in a temporary sibling folder and renamed into place only when
complete, so DIR holds either a whole study or what it held before. Data files depend only
on the seed (same seed, byte-identical files); keys are random. The demo's survey-token key
is derived from the seed for that reason: it protects nothing real, and a real study makes
its key with ``load_or_create_token_key`` from the operating system's random source.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import random
import shutil
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np
import polars as pl
import yaml
from rich.console import Console
from rich.progress import Progress

from sealflow.audit import study_audit_log
from sealflow.demo import admin as admin_module
from sealflow.demo.exchange_sim import send_party_batches, send_recordings_to_vendors
from sealflow.demo.interviews import FORMATS, generate_interviews, interview_count
from sealflow.demo.parties import PARTIES, config_text, write_parties
from sealflow.demo.planted import TruthLog, to_jsonl
from sealflow.demo.recordings import placeholder_wav
from sealflow.demo.selection import demo_interview_key, interviewees, with_sizes
from sealflow.demo.survey import SURVEY_FILE, generate_survey
from sealflow.demo.transcripts import WRITERS
from sealflow.demo.vocab import vocabulary
from sealflow.errors import SealflowError
from sealflow.fsutil import atomic_path, private_dir, write_bytes, write_json, write_text

DEFAULT_STAFF = 400
DEFAULT_SEED = 1
MIN_STAFF = 10
LONG_TEXT_BUDGET = 2_000
MANIFEST = "truth/manifest.json"
PLANTED = "truth/planted.jsonl"
DECOYS = "truth/decoys.jsonl"

ROSTER_FILE = "work/received/provider/roster.csv"
ADMIN_FILE = "work/received/provider/admin_extract.csv"
TRANSCRIPTS_DIR = "work/received/vendor/transcripts"
RECORDINGS_DIR = "work/recordings"
# The vendor the study's recordings go to unless put in another vendor's folder: the first
# (the demo's config names no exchange.transcription_vendor).
TRANSCRIBER = next(name for name, entry in PARTIES.items() if entry.get("role") == "vendor")
WITHDRAWALS_FILE = "work/withdrawals.csv"
TOKEN_KEY_FILE = "work/keys/survey_token.key"  # noqa: S105 (a path, not a secret)
INTERVIEW_KEY_FILE = "work/keys/interview_id.key"  # govern/interviews.py's interview key
_WITHDRAWALS_FROM = dt.date(2026, 4, 1)


class StudyFolderError(SealflowError, FileExistsError):
    """The target folder holds something `demo init` must not replace."""


def _check_target(study_dir: Path, force: bool) -> None:
    here = Path.cwd().resolve()
    if study_dir.resolve() == here or study_dir.resolve() in here.parents:
        raise StudyFolderError(
            f"{study_dir}: is the current folder or holds it; run `sealflow demo init` from "
            "outside the study folder (the study is built beside it and renamed into place)"
        )
    if not study_dir.exists():
        return
    if not study_dir.is_dir():
        raise StudyFolderError(f"{study_dir}: exists and is not a folder; choose another path")
    if not any(study_dir.iterdir()):
        return
    if not force:
        raise StudyFolderError(
            f"{study_dir}: folder exists and is not empty; choose a new folder, or pass "
            "--force to replace a study that `sealflow demo init` made there"
        )
    if not (study_dir / MANIFEST).is_file():
        raise StudyFolderError(
            f"{study_dir}: not a demo study (no {MANIFEST}); --force replaces only a folder "
            "that `sealflow demo init` made, so nothing else is ever deleted; "
            "choose an empty folder"
        )


def demo_token_key(seed: int) -> bytes:
    """The demo's survey-token key: derived from the seed so reruns give identical data."""
    return hashlib.sha256(f"sealflow demo survey token key\0{seed}".encode()).digest()


def init_study(
    study_dir: str | os.PathLike[str],
    staff: int = DEFAULT_STAFF,
    seed: int = DEFAULT_SEED,
    force: bool = False,
    show_progress: bool = False,
    interviews: int | None = None,
) -> dict[str, Any]:
    """Write a whole synthetic study in ``study_dir``; returns its manifest (counts only).

    ``interviews`` sets the number of transcripts (spread over every format), one per
    interviewee the selection draws (demo/selection.py); by default it follows the staff
    count (1 per 20, 4 to 40, fewer when fewer agreed to be contacted). Study-scale
    benchmarks ask for thousands; more than agreed is refused.
    """
    if interviews is not None and interviews < 1:
        raise SealflowError(f"--interviews {interviews}: a study needs at least one interview")
    target = Path(study_dir).absolute()
    if staff < MIN_STAFF:
        raise SealflowError(
            f"--staff {staff} is too small: a demo study needs at least {MIN_STAFF} people"
        )
    _check_target(target, force)
    target.parent.mkdir(parents=True, exist_ok=True)
    building = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent))
    try:
        manifest = _build(building, staff, seed, show_progress, interviews)
        if target.exists():
            old = building.with_suffix(".old")
            os.replace(target, old)
            os.replace(building, target)
            shutil.rmtree(old)
        else:
            os.replace(building, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            shutil.rmtree(building)
        raise
    return manifest


def _write_csv(path: Path, frame: pl.DataFrame, bom: bool = False) -> None:
    with atomic_path(path) as tmp:
        frame.write_csv(tmp, include_bom=bom)


def _copy(source: Path, destination: Path) -> None:
    write_bytes(destination, source.read_bytes())


def _build(
    root: Path, staff: int, seed: int, show_progress: bool, interviews: int | None = None
) -> dict[str, Any]:
    vocab = vocabulary()
    steps = ("folders and keys", "staff records", "survey", "transcripts", "truth files")
    console = Console(stderr=True)
    with Progress(console=console, transient=True, disable=not show_progress) as progress:
        task = progress.add_task("demo study", total=len(steps))

        def step(name: str) -> None:
            progress.update(task, description=name)

        step(steps[0])
        _make_folders(root)
        shipped_config = config_text()
        write_parties(root)
        token_key = demo_token_key(seed)
        write_bytes(root / TOKEN_KEY_FILE, token_key)
        interview_key = demo_interview_key(seed)
        write_bytes(root / INTERVIEW_KEY_FILE, interview_key)
        progress.advance(task)

        ids_rng, admin_rng, survey_rng, misc_rng = (
            np.random.default_rng(s) for s in np.random.SeedSequence(seed).spawn(4)
        )
        # Reproducible text, not secrets: a seeded PRNG is the point here.
        text_seed = int(np.random.SeedSequence(seed).generate_state(1)[0])
        text_rng = random.Random(text_seed)  # noqa: S311

        step(steps[1])
        ids = admin_module.pseudonymous_ids(ids_rng, staff)
        population = admin_module.generate_staff(admin_rng, vocab, ids)
        missing = np.sort(misc_rng.choice(staff, size=max(1, staff // 200), replace=False))
        admin_frame = population.admin.filter(~pl.int_range(pl.len()).is_in(missing.tolist()))
        _write_csv(root / ROSTER_FILE, pl.DataFrame({"pseudonymous_id": ids}))
        _write_csv(root / ADMIN_FILE, admin_frame)
        progress.advance(task)

        step(steps[2])
        truth = TruthLog()
        survey, survey_counts, consenting_ids = generate_survey(
            survey_rng, text_rng, vocab, population, token_key, missing, LONG_TEXT_BUDGET, truth
        )
        # Survey platforms export for Excel: UTF-8 with a byte-order mark, which ingest accepts.
        _write_csv(root / SURVEY_FILE, survey, bom=True)
        withdrawals = _withdrawals(misc_rng, ids, consenting_ids)
        _write_csv(root / WITHDRAWALS_FILE, withdrawals)
        progress.advance(task)

        step(steps[3])
        drawn = interviewees(
            survey,
            admin_frame,
            ids,
            set(withdrawals["pseudonymous_id"]),
            token_key,
            interview_key,
            yaml.safe_load(shipped_config)["interviews"],
            interview_count(staff) if interviews is None else interviews,
            exact=interviews is not None,
        )
        # The config asks the workflow's selection for exactly these people.
        write_text(root / "config.yaml", with_sizes(shipped_config, drawn.sizes), mode=0o644)
        interviews_made = generate_interviews(text_rng, vocab, drawn.doc_ids)
        wav = placeholder_wav()
        for interview in interviews_made:
            data, located = WRITERS[interview.format](interview, text_rng)
            relative = f"{TRANSCRIPTS_DIR}/{interview.doc_id}.{interview.format}"
            write_bytes(root / relative, data)
            for location, spans in located:
                truth.add(relative, interview.doc_id, location, spans)
            write_bytes(_recording(root, interview), wav)
            _copy(
                root / relative, root / f"parties/{interview.vendor}/outbox/{Path(relative).name}"
            )
        # The recordings went to the vendors first: their transcripts are checked against it.
        send_recordings_to_vendors(root, _recordings_by_vendor(root, interviews_made))
        for relative in (ROSTER_FILE, ADMIN_FILE):
            _copy(root / relative, root / "parties/provider/outbox" / Path(relative).name)
        _copy(root / SURVEY_FILE, root / "parties/survey/outbox" / Path(SURVEY_FILE).name)
        # Each party seals and signs its outbox into a batch in the evaluator's drop-box.
        send_party_batches(root)
        progress.advance(task)

        step(steps[4])
        write_bytes(root / PLANTED, to_jsonl(truth.planted))
        write_bytes(root / DECOYS, to_jsonl(truth.decoys))
        consenting = set(consenting_ids)
        manifest = {
            "generator": "sealflow demo init",
            "seed": seed,
            "staff": staff,
            "files": {
                "config": "config.yaml",
                "parties": "parties.yaml",
                "roster": ROSTER_FILE,
                "admin_extract": ADMIN_FILE,
                "survey_export": SURVEY_FILE,
                "transcripts": TRANSCRIPTS_DIR,
                "recordings": RECORDINGS_DIR,
                "withdrawals": WITHDRAWALS_FILE,
                "token_key": TOKEN_KEY_FILE,
                "interview_key": INTERVIEW_KEY_FILE,
                "planted": PLANTED,
                "decoys": DECOYS,
            },
            "counts": {
                "roster": staff,
                "admin_rows": admin_frame.height,
                "roster_without_admin_record": len(missing),
                "survey": asdict(survey_counts),
                "withdrawals": withdrawals.height,
                "withdrawn_consenting_respondents": sum(
                    pid in consenting for pid in withdrawals["pseudonymous_id"]
                ),
                "interviews": {
                    fmt: sum(i.format == fmt for i in interviews_made) for fmt in FORMATS
                },
                "recordings": len(interviews_made),
                "agreed_to_be_interviewed": drawn.eligible,
                "planted_by_type": truth.counts_by_type(),
                "planted": len(truth.planted),
                "decoys": len(truth.decoys),
            },
        }
        write_json(root / MANIFEST, manifest)
        _audit_placed(root)
        progress.advance(task)
    return manifest


def _recording(root: Path, interview: Any) -> Path:
    """Where the interview team puts a recording: directly in the recordings folder for the
    transcriber (the first vendor), in a folder named after any other vendor it assigns to
    (exchange/plan.py transcription_folders), which is then sent only to that vendor."""
    folder = root / RECORDINGS_DIR
    if interview.vendor != TRANSCRIBER:
        folder = private_dir(folder / interview.vendor)
    return folder / f"{interview.doc_id}.wav"


def _recordings_by_vendor(root: Path, interviews: list[Any]) -> dict[str, list[Path]]:
    by_vendor: dict[str, list[Path]] = {}
    for interview in interviews:
        by_vendor.setdefault(interview.vendor, []).append(_recording(root, interview))
    return by_vendor


def _audit_placed(root: Path) -> None:
    """Record what the demo placed in the workspace, as every writer of personal data must.

    Synthetic, but in the places real data would be: without these entries the log would
    claim an untouched workspace that holds files, which `audit verify` rightly refuses.
    """
    log = study_audit_log(root)
    for relative in (ROSTER_FILE, ADMIN_FILE, SURVEY_FILE, WITHDRAWALS_FILE, TRANSCRIPTS_DIR,
                     RECORDINGS_DIR):  # fmt: skip
        log.append("write", relative, source="sealflow demo init (synthetic)")


def _make_folders(root: Path) -> None:
    for relative in ("work", "work/keys", "work/received", "truth", "parties"):
        private_dir(root / relative)
    for relative in (
        "work/received/provider",
        "work/received/survey",
        TRANSCRIPTS_DIR,
        RECORDINGS_DIR,
    ):
        # Each folder on the way is made private too (mkdir's parents get the umask's 0755).
        for part in (*reversed(Path(relative).parents[:-1]), Path(relative)):
            private_dir(root / part)
    for name in PARTIES:
        if name != "evaluator":
            private_dir(root / "parties" / name / "outbox")
        private_dir(root / "dropbox" / name)
    for relative in ("results", "logs"):
        (root / relative).mkdir(mode=0o755, exist_ok=True)


def _withdrawals(
    rng: np.random.Generator, ids: list[str], consenting_ids: list[str]
) -> pl.DataFrame:
    """A few withdrawals (0.5%, at least 3): half of them people who answered the survey."""
    count = min(len(ids), max(3, round(len(ids) * 0.005)))
    from_survey = min(len(consenting_ids), (count + 1) // 2)
    chosen = list(
        rng.choice(np.array(consenting_ids, dtype=object), size=from_survey, replace=False)
    )
    taken = set(chosen)
    others = [pid for pid in ids if pid not in taken]
    chosen += list(
        rng.choice(np.array(others, dtype=object), size=count - from_survey, replace=False)
    )
    days = rng.integers(0, 60, len(chosen))
    return pl.DataFrame(
        {
            "pseudonymous_id": [str(pid) for pid in chosen],
            "withdrawn_on": [
                (_WITHDRAWALS_FROM + dt.timedelta(days=int(d))).isoformat() for d in days
            ],
        }
    )
