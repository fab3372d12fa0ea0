"""A tiny synthetic study (roster, admin extract, survey export, withdrawals) for ingest tests.

Everything is generated here from a seed: IDs in the demo format, survey tokens under a
fresh key. Tests change one thing at a time (a bad byte, a missing column, an unknown
token) and check the precise error or count.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from pathlib import Path

from sealflow.ingest.tokens import load_or_create_token_key, survey_token
from sealflow.seal.keys import KeyPaths, new_keys

ID_ALPHABET = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"
ADMIN_HEADER = [
    "pseudonymous_id", "gender", "age_band", "service_branch", "rank_band", "base", "role",
    "tenure_years", "sickness_absence_days", "turnover_status", "programme_group",
]  # fmt: skip
SURVEY_HEADER = [
    "survey_token", "submitted_at", "consent", *[f"wb_{i}" for i in range(1, 8)],
    "interview_contact", "ft_experience", "ft_barriers", "ft_suggestions",
]  # fmt: skip


def pseudonymous_id(rng: random.Random) -> str:
    return "PSN-" + "".join(rng.choice(ID_ALPHABET) for _ in range(10))


def csv_text(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    def cell(value: str) -> str:
        if any(ch in value for ch in (delimiter, '"', "\n")):
            return '"' + value.replace('"', '""') + '"'
        return value

    return "".join(delimiter.join(cell(v) for v in row) + "\n" for row in [header, *rows])


@dataclass
class TinyStudy:
    """Paths and the plain facts a test checks against."""

    root: Path
    ids: list[str]
    withdrawn: list[str]
    key: bytes
    evaluator: KeyPaths | None = None  # the evaluator's keys: they key the audit log
    admin_rows: list[list[str]] = field(default_factory=list)
    survey_rows: list[list[str]] = field(default_factory=list)

    @property
    def work(self) -> Path:
        return self.root / "work"

    @property
    def roster(self) -> Path:
        return self.work / "received/provider/roster.csv"

    @property
    def admin(self) -> Path:
        return self.work / "received/provider/admin_extract.csv"

    @property
    def survey(self) -> Path:
        return self.work / "received/survey/survey_export.csv"

    @property
    def withdrawals(self) -> Path:
        return self.work / "withdrawals.csv"

    @property
    def token_key(self) -> Path:
        return self.work / "keys/survey_token.key"

    def token(self, pseudonymous_id: str) -> str:
        return survey_token(self.key, pseudonymous_id)

    def write(self) -> None:
        for path in (self.roster, self.admin, self.survey, self.withdrawals):
            path.parent.mkdir(parents=True, exist_ok=True)
        self.roster.write_text(csv_text(["pseudonymous_id"], [[i] for i in self.ids]))
        self.admin.write_text(csv_text(ADMIN_HEADER, self.admin_rows))
        self.survey.write_text(csv_text(SURVEY_HEADER, self.survey_rows))
        self.withdrawals.write_text(
            csv_text(
                ["pseudonymous_id", "withdrawn_on"], [[i, "2025-04-01"] for i in self.withdrawn]
            )
        )
        if self.evaluator is not None:
            self.write_parties(self.evaluator)

    def write_parties(self, keys: KeyPaths) -> None:
        """parties.yaml: the evaluator and a survey platform (a study with a survey: `links`
        refuses without one). Both carry the evaluator's public keys; nothing is sent here."""
        public = {"age_recipient": keys.recipient, "minisign_public_key": keys.minisign_public_key,
                  "country": "GB"}  # fmt: skip
        parties = {
            "evaluator": {"role": "evaluator", **public},
            "survey": {"role": "survey", **public},
        }
        lines = ["parties:"]
        for name, entry in parties.items():
            lines.append(f"  {name}:")
            lines += [f"    {key}: {value}" for key, value in entry.items()]
        (self.root / "parties.yaml").write_text("\n".join(lines) + "\n")


def survey_row(token: str, consent: str, submitted_at: str, rng: random.Random) -> list[str]:
    answers = [str(rng.randint(1, 5)) for _ in range(7)] if consent == "yes" else [""] * 7
    text = ['Good, "mostly".\nSecond line', "Shifts", ""] if consent == "yes" else ["", "", ""]
    # Agreed to be contacted for an interview: every consenting respondent (no draw, so the
    # random answers above stay what they were).
    contact = "yes" if consent == "yes" else ""
    return [token, submitted_at, consent, *answers, contact, *text]


def make_tiny_study(root: Path, people: int = 12, seed: int = 7) -> TinyStudy:
    """``people`` on the roster, all in the admin extract; every third declines consent;
    the last person withdrew; one repeated submission; no unknown tokens."""
    rng = random.Random(seed)
    ids = sorted({pseudonymous_id(rng) for _ in range(people)})
    key = load_or_create_token_key(root / "work/keys/survey_token.key")
    evaluator = new_keys("evaluator", root / "work/keys/evaluator")
    study = TinyStudy(root=root, ids=ids, withdrawn=[ids[-1]], key=key, evaluator=evaluator)
    for n, pid in enumerate(ids):
        study.admin_rows.append(
            [pid, rng.choice(["Female", "Male"]), "25-34", "Army", "OR1-4", "Catterick",
             "Medical", str(rng.randint(0, 45)), str(rng.randint(0, 30)), "In service",
             rng.choice(["intervention", "comparison"])]
        )  # fmt: skip
        consent = "no" if n % 3 == 2 else "yes"
        study.survey_rows.append(
            survey_row(study.token(pid), consent, f"2025-03-{n + 1:02d}T09:00:00Z", rng)
        )
    # The first person submitted twice; the later submission (declined) must win.
    study.survey_rows.append(survey_row(study.token(ids[0]), "no", "2025-03-28T10:00:00Z", rng))
    study.write()
    return study
