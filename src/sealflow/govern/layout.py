"""`sealflow init DIR`: lay out a real study, ready for the data manager to fill in.

What a study needs before its first run, made the way the workflow expects it: config.yaml
(the shipped one, every key commented, ``root: .``), a parties.yaml holding the evaluator's
own public keys and a commented template for each other party, the private folders (0700)
and the evaluator's keys, protected by a passphrase read from an environment variable (never
from the command line, where it would land in shell history and the process list).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from sealflow.errors import ConfigError
from sealflow.fsutil import private_dir, write_text
from sealflow.seal.keys import new_keys

PRIVATE_FOLDERS = (
    "work",
    "work/keys",
    "work/received",
    "work/received/provider",
    "work/received/survey",
    "work/exchange",
)
PUBLIC_FOLDERS = ("results", "logs")
# The study's withdrawals register (inputs.withdrawals' default), empty: links and ingest
# read it on every run, and `sealflow request withdraw` appends to it.
WITHDRAWALS = ("work/withdrawals.csv", "pseudonymous_id,withdrawn_on\n")
_ROOT_LINE = re.compile(r"^root: .*$", re.MULTILINE)

PARTIES_TEMPLATE = """\
# The parties of this study: each one's PUBLIC keys and how batches reach it. Get each key
# out of band and check it by voice or in person (a key you did not check is a key an
# attacker may have swapped). Roles: provider, survey, vendor, archive (and us, evaluator).
# The workflow runs only the stages the declared roles call for (`sealflow status` says
# which are off and why). Uncomment and fill in an entry per party.
parties:
  {evaluator}:
    role: evaluator
    description: Evaluation team (data controller); runs sealflow
    age_recipient: {age_recipient}
    minisign_public_key: {minisign_public_key}
    transport: local
    dropbox: dropbox/{evaluator}
#  provider:
#    role: provider
#    description: Holds the staff records and the pseudonym key
#    age_recipient: age1...            # their `sealflow keys show` output
#    minisign_public_key: RW...
#    transport: sftp                   # or local, with dropbox: PATH
#    sftp:
#      host: sftp.provider.example
#      user: evaluation
#      known_hosts: known_hosts        # the host's key line, from its administrator
#  survey:
#    role: survey
#    age_recipient: age1...
#    minisign_public_key: RW...
#    transport: local
#    dropbox: dropbox/survey
#  vendor:
#    role: vendor                      # leave out for a study without interviews
#    deletion_deadline_days: 7
#    age_recipient: age1...
#    minisign_public_key: RW...
#    transport: local
#    dropbox: dropbox/vendor
#  archive:
#    role: archive
#    age_recipient: age1...
#    minisign_public_key: RW...
#    transport: local
#    dropbox: dropbox/archive
"""


@dataclass(frozen=True)
class LaidOut:
    root: Path
    config: Path
    parties: Path
    key_dir: Path


def config_text() -> str:
    """The shipped config.yaml with ``root: .`` (the folder holding it), every comment kept."""
    shipped = (resources.files("sealflow") / "defaults" / "config.yaml").read_text(encoding="utf-8")
    text, replaced = _ROOT_LINE.subn("root: .", shipped, count=1)
    if not replaced:
        raise ConfigError("sealflow/defaults/config.yaml: no top-level root: line")
    return text


def init_study(root: Path, passphrase_env: str, evaluator: str = "evaluator") -> LaidOut:
    """Lay out a new study in ``root`` (absent or empty); nothing existing is overwritten."""
    root = Path(root)
    if root.exists() and any(root.iterdir()):
        raise ConfigError(
            f"{root}: not empty; `sealflow init` lays out a new study in an empty folder"
        )
    passphrase = os.environ.get(passphrase_env)
    if not passphrase:
        raise ConfigError(
            f"environment variable {passphrase_env} is not set: put the passphrase for the "
            "evaluator's keys in it (e.g. read -rs SEALFLOW_KEY_PASSPHRASE; export "
            "SEALFLOW_KEY_PASSPHRASE) and run again"
        )
    private_dir(root)
    for folder in PRIVATE_FOLDERS:
        private_dir(root / folder)
    for folder in PUBLIC_FOLDERS:
        (root / folder).mkdir(mode=0o755, exist_ok=True)
    private_dir(root / "dropbox")
    key_dir = root / "work/keys" / evaluator
    keys = new_keys(evaluator, key_dir, passphrase)
    config = root / "config.yaml"
    write_text(config, config_text(), mode=0o644)
    write_text(root / WITHDRAWALS[0], WITHDRAWALS[1], mode=0o600)
    parties = root / "parties.yaml"
    write_text(
        parties,
        PARTIES_TEMPLATE.format(
            evaluator=evaluator,
            age_recipient=keys.recipient,
            minisign_public_key=keys.minisign_public_key,
        ),
        mode=0o644,
    )
    return LaidOut(root, config, parties, key_dir)


def next_steps(laid_out: LaidOut, passphrase_env: str) -> list[str]:
    config = laid_out.config
    return [
        f"1. Give the other parties your public keys: sealflow keys show {laid_out.key_dir}",
        f"2. Add each party's public keys and transport to {laid_out.parties}",
        f"3. Fill in {config} (inputs, schemas, disclosure settings; every key is commented)",
        f"   and check it: sealflow config check {config}",
        f"4. Keep the passphrase in {passphrase_env} for every run",
        f"5. See where the study stands: sealflow status -c {config}",
        f"6. Run it: snakemake --cores 2 --configfile {config}",
    ]
