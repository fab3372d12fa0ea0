"""The one list of workspace artefacts: what may hold personal data, and how to remove a person.

Erasure, subject access and the retention purge all walk this list, so an artefact added
here is covered by all three, and one missing here is caught by a test (every file the
demo workflow writes under ``work/`` must match an entry). Each artefact says how a person
is found in it:

- ``rows``: a table keyed by the person (held_tables in holdings.py): rows are removed;
- ``documents``: one file per interview, named by its doc id (transcripts, recordings):
  the person's files are removed;
- ``derived``: built by the workflow from many people's data, without a key to find one
  person by (scrub value lists and shards): erasure removes it whole, the rerun rebuilds it;
- ``exports``: subject access zips (named by subject reference): the person's are removed;
- ``register``: lists of files (the import register): entries of removed files go;
- ``sealed``: ciphertext of whole batches: stays sealed, and erasure certificates say so;
- ``anonymised``: archive IDs map to nobody: no row can be attributed (rebuilt on rerun);
- ``no_personal_data``: keys, the audit log, the replay register, Snakemake's markers.
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from pathlib import Path

from sealflow.govern.holdings import document_folders, held_tables
from sealflow.govern.names import WITHDRAWN_DOCUMENTS
from sealflow.govern.settings import GovernSettings

# The exchange folders that hold batches as ciphertext (ExchangeSettings fields).
SEALED_FOLDERS = ("outgoing", "received", "quarantine")
KINDS = ("rows", "documents", "derived", "exports", "register", "sealed", "anonymised",
         "no_personal_data", "withdrawals")  # fmt: skip


@dataclass(frozen=True)
class Artefact:
    """One kind of workspace file: where it lives (globs relative to the study root)."""

    name: str
    kind: str
    patterns: tuple[str, ...]

    @property
    def personal(self) -> bool:
        return self.kind not in ("no_personal_data", "anonymised", "sealed")

    def matches(self, relative: str) -> bool:
        return any(fnmatch.fnmatchcase(relative, pattern) for pattern in self.patterns)


def _rel(settings: GovernSettings, path: Path) -> str:
    return settings.relative(path)


def _under(settings: GovernSettings, folder: Path) -> tuple[str, ...]:
    return (f"{_rel(settings, folder)}/*",)


def exchange_folder(settings: GovernSettings, key: str) -> Path:
    folder: Path = getattr(settings.study.exchange, key)
    return folder


def registry(settings: GovernSettings) -> list[Artefact]:
    """Every workspace artefact of the study, personal data first."""
    work = settings.workspace
    rel = _rel(settings, work)
    artefacts = [
        Artefact(
            table.name,
            "withdrawals" if not table.erasable else "rows",
            (_rel(settings, table.path),),
        )
        for table in held_tables(settings)
    ]
    artefacts.append(
        Artefact(
            "withdrawn_documents", "withdrawals", (_rel(settings, work / WITHDRAWN_DOCUMENTS),)
        )
    )
    artefacts += [
        Artefact(f"{kind}_documents", "documents", _under(settings, folder))
        for kind, folder in document_folders(settings).items()
    ]
    artefacts += [
        Artefact("scrub_value_lists", "derived",
                 (f"{rel}/scrub/replaced_values_*.json", f"{rel}/scrub/shards/*")),
        # Outcome checks' exact figures (counts of many people; rebuilt by `outcome`) and
        # the reviewer's page of scrubbed text (rebuilt by `sealflow review`).
        Artefact("outcome_check_figures", "derived", (f"{rel}/outcome/check_figures.json",)),
        # the outcome built before its checks pass (rule outcome_build; published to
        # results/outcome/ only once it passed): tables, checks and quotes, rebuilt each run
        Artefact("outcome_staged", "derived", (f"{rel}/outcome/staged/*",)),
        Artefact("review_page", "derived", (f"{rel}/review/*",)),
        # Lists kept on purpose: who is restricted, and the requests people made.
        Artefact("restrictions_and_requests", "withdrawals",
                 (f"{rel}/restricted.csv", f"{rel}/governance/*")),
        Artefact("subject_access_exports", "exports", _under(settings, settings.subject_access)),
        Artefact("imports_register", "register", (f"{rel}/imports.json",)),
        Artefact("sealed_batches", "sealed", tuple(
            f"{_rel(settings, exchange_folder(settings, key))}/*"
            for key in SEALED_FOLDERS
        )),
        Artefact("anonymised", "anonymised",
                 (f"{rel}/anonymise/anonymised.*", f"{rel}/deposit/*")),
        Artefact("accountability", "no_personal_data", (
            f"{rel}/keys/*", f"{rel}/audit/*",
            _rel(settings, exchange_folder(settings, "replay_register")),
            f"{rel}/*/.snakemake_timestamp",
            # What was released (aggregates, the differencing protection: digests of the IDs
            # each release counted, never the IDs, kept after erasure), and the signed
            # send plan and ledger (file names and hashes): accountability records.
            f"{rel}/outcome/release_history.json",
            f"{rel}/exchange/approved_plan.json*",
            f"{rel}/exchange/sent_content.jsonl",
            # Which config.yaml and parties.yaml bytes passed validation (config_cache.py).
            f"{rel}/validated-settings.json",
            # The reviewer's signature of the quote approvals (erasure removes it with rows).
            *(f"{_rel(settings, t.path)}.minisig" for t in held_tables(settings)
              if t.name == "quote_approvals"),
        )),
    ]  # fmt: skip
    return artefacts


def classify(settings: GovernSettings, path: Path, artefacts: list[Artefact]) -> Artefact | None:
    """The registered artefact ``path`` belongs to (first match), or None if unregistered."""
    relative = settings.relative(path)
    return next((a for a in artefacts if a.matches(relative)), None)


def unregistered(settings: GovernSettings) -> list[str]:
    """Workspace files that no artefact of the registry claims (relative paths, sorted)."""
    artefacts = registry(settings)
    workspace = settings.workspace
    if not workspace.is_dir():
        return []
    return sorted(
        settings.relative(path)
        for path in workspace.rglob("*")
        if path.is_file() and classify(settings, path, artefacts) is None
    )


def files_of(settings: GovernSettings, kind: str) -> list[Path]:
    """Every existing workspace file of the artefacts of ``kind``."""
    artefacts = [a for a in registry(settings) if a.kind == kind]
    workspace = settings.workspace
    if not workspace.is_dir():
        return []
    return sorted(
        path
        for path in workspace.rglob("*")
        if path.is_file() and classify(settings, path, artefacts) is not None
    )


def sealed_batches(settings: GovernSettings) -> list[str]:
    """The batch folders held as ciphertext (outgoing, received, quarantined), relative."""
    folders = set()
    for path in files_of(settings, "sealed"):
        for key in SEALED_FOLDERS:
            base = exchange_folder(settings, key)
            if path.is_relative_to(base):
                depth = 2 if key == "received" else 1  # received/<sender>/<batch>
                parts = path.relative_to(base).parts[:depth]
                folders.add(settings.relative(base.joinpath(*parts)))
    return sorted(folders)
