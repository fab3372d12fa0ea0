"""Seal and open a large file with sealflow, in process and as whole `sealflow` commands.

Baselines, measured in the same run:
  (a) raw ChaCha20-Poly1305 (cryptography's encrypt_into/decrypt_into, the cipher the
      payload uses) over the same number of 64 KiB chunks, in this process, with no file
      I/O at all: the ceiling;
  (b) the `age` binary sealing and opening the same file to and from the same folder.
The library is timed in this process; the CLI as processes (`sealflow seal`/`open`, the
console script people run, start-up included), each with its own peak RSS, and
`sealflow --help` against the interpreter's own start. Rounds are
interleaved so every contender sees the same background load; each ratio (higher means
sealflow is faster) is the median of the per-round ratios, and the details give their
spread (min, max) and the load average, because the development machine is shared.
Results go to bench/results/seal.json; the details also give the time of a plain
read-and-write copy of the file (the I/O floor that the in-memory ceiling does not pay).

Usage: .venv/bin/python bench/seal.py [--size-mib 256] [--repeat 5] [--dir /dev/shm]
Files live in a temporary folder under --dir (default: /dev/shm when present, so the
disk does not dominate; sealflow fsyncs its outputs, age does not).
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from tqdm import tqdm

from sealflow.seal import age

CHUNK = 64 * 1024
RESULTS = Path(__file__).resolve().parent / "results" / "seal.json"


def cpu_time() -> float:
    """User + system CPU seconds of this process and its finished children (the age runs)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run(command: list[str]) -> None:
    subprocess.run(command, check=True)


def run_quiet(command: list[str]) -> None:
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


CHILD_PEAK_RSS_KIB: dict[str, int] = {}


def run_measured(name: str, command: list[str]) -> None:
    """Run a whole command as people do, keeping its own peak RSS (os.wait4's rusage)."""
    child = subprocess.Popen(command)
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{name}: exit status {child.returncode}")
    CHILD_PEAK_RSS_KIB[name] = max(CHILD_PEAK_RSS_KIB.get(name, 0), usage.ru_maxrss)


def write_random_file(path: Path, size: int) -> None:
    block = os.urandom(1024 * 1024)
    with (
        open(path, "wb") as fh,
        tqdm(total=size, unit="B", unit_scale=True, desc="plaintext") as bar,
    ):
        written = 0
        while written < size:
            piece = block[: min(len(block), size - written)]
            fh.write(piece)
            written += len(piece)
            bar.update(len(piece))


def raw_seal_action(chunks: int) -> Callable[[], None]:
    cipher = ChaCha20Poly1305(os.urandom(32))
    plain = os.urandom(CHUNK)
    sealed = bytearray(CHUNK + 16)

    def action() -> None:
        for counter in range(chunks):
            final = b"\x01" if counter == chunks - 1 else b"\x00"
            cipher.encrypt_into(counter.to_bytes(11, "big") + final, plain, None, sealed)

    return action


def raw_open_action(chunks: int) -> Callable[[], None]:
    cipher = ChaCha20Poly1305(os.urandom(32))
    nonces = [i.to_bytes(11, "big") + b"\x00" for i in range(16)]
    pool = [cipher.encrypt(nonces[i], os.urandom(CHUNK), None) for i in range(16)]
    plain = bytearray(CHUNK)

    def action() -> None:
        for counter in range(chunks):
            cipher.decrypt_into(nonces[counter % 16], pool[counter % 16], None, plain)

    return action


def copy_file(source: Path, target: Path) -> None:
    """Read and write the file with no cryptography: the I/O floor, reported for context."""
    buffer = bytearray(2 * 1024 * 1024)
    view = memoryview(buffer)
    with open(source, "rb", buffering=0) as src, open(target, "wb", buffering=0) as dst:
        while got := src.readinto(buffer):
            dst.write(view[:got])


RATIOS = {  # name -> (baseline, contender): baseline time / contender time
    "seal_vs_raw_aead": ("raw_aead_seal", "sealflow_seal"),
    "open_vs_raw_aead": ("raw_aead_open", "sealflow_open"),
    "seal_vs_age": ("age_seal", "sealflow_seal"),
    "open_vs_age": ("age_open", "sealflow_open"),
    "cli_seal_vs_age": ("age_seal", "sealflow_cli_seal"),
    "cli_open_vs_age": ("age_open", "sealflow_cli_open"),
    # `sealflow --help` against the same interpreter starting and doing nothing (issue 14:
    # under 0.3 s; its median seconds are in the details)
    "cli_help_vs_python": ("python_start", "sealflow_cli_help"),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=256)
    parser.add_argument("--repeat", type=int, default=5)
    default_dir = "/dev/shm" if Path("/dev/shm").is_dir() else tempfile.gettempdir()
    parser.add_argument("--dir", default=default_dir)
    args = parser.parse_args()
    age_binary = shutil.which("age")
    if age_binary is None:
        sys.exit("bench/seal.py needs the `age` binary (Debian package age)")
    size = args.size_mib * 1024 * 1024
    chunks = -(-size // CHUNK)
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="sealflow-bench-") as folder:
        work = Path(folder)
        plain = work / "plain.bin"
        write_random_file(plain, size)
        identity = age.X25519Identity.generate()
        identity_file = work / "identity.txt"
        identity_file.write_text(identity.encode() + "\n")
        recipient = str(identity.recipient())

        sealflow_cli = str(Path(sys.executable).parent / "sealflow")
        actions: dict[str, Callable[[], None]] = {
            "io_copy": lambda: copy_file(plain, work / "copy.bin"),
            "raw_aead_seal": raw_seal_action(chunks),
            "sealflow_seal": lambda: age.seal_file(plain, work / "sealflow.age", [recipient]),
            "age_seal": lambda: run([age_binary, "-r", recipient, "-o", str(work / "age.age"),
                                     str(plain)]),
            "sealflow_cli_seal": lambda: run_measured("sealflow_cli_seal", [
                sealflow_cli, "seal", "-r", recipient, "-o", str(work / "cli.age"), str(plain)]),
            "raw_aead_open": raw_open_action(chunks),
            "sealflow_open": lambda: age.open_file(
                work / "sealflow.age", work / "sealflow.out", [identity]
            ),
            "age_open": lambda: run([age_binary, "-d", "-i", str(identity_file), "-o",
                                     str(work / "age.out"), str(work / "age.age")]),
            "sealflow_cli_open": lambda: run_measured("sealflow_cli_open", [
                sealflow_cli, "open", "-i", str(identity_file), "-o", str(work / "cli.out"),
                str(work / "cli.age")]),
            "python_start": lambda: run([sys.executable, "-c", "pass"]),
            "sealflow_cli_help": lambda: run_quiet([sealflow_cli, "--help"]),
        }  # fmt: skip
        rounds: list[dict[str, float]] = []
        cpu_seconds = dict.fromkeys(actions, float("inf"))
        for _ in tqdm(range(args.repeat), desc="rounds"):
            times: dict[str, float] = {}
            for name, action in actions.items():
                cpu_start = cpu_time()
                start = time.perf_counter()
                action()
                times[name] = time.perf_counter() - start
                cpu_seconds[name] = min(cpu_seconds[name], cpu_time() - cpu_start)
            rounds.append(times)
        for opened in ("sealflow.out", "cli.out"):
            assert filecmp.cmp(work / opened, plain, shallow=False), opened
    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    per_round = {
        name: [r[baseline] / r[contender] for r in rounds]
        for name, (baseline, contender) in RATIOS.items()
    }
    results: dict[str, float] = {
        name: round(statistics.median(values), 3) for name, values in per_round.items()
    }
    results["peak_rss_mib"] = round(peak_rss_mib, 1)
    results["cli_peak_rss_mib"] = round(max(CHILD_PEAK_RSS_KIB.values()) / 1024, 1)
    for name, value in results.items():
        print(f"{name}: {value}")
    mib = args.size_mib
    spread = {name: [round(min(v), 3), round(max(v), 3)] for name, v in per_round.items()}
    for name, (low, high) in spread.items():
        print(f"  {name} over {args.repeat} rounds: min {low}, max {high}")
    median_seconds = {name: statistics.median(r[name] for r in rounds) for name in actions}
    for name, seconds in median_seconds.items():
        print(
            f"  {name}: median {seconds:.3f} s ({mib / seconds:.0f} MiB/s), "
            f"best cpu {cpu_seconds[name]:.3f} s"
        )
    load_after = os.getloadavg()
    print(f"  load average: {load_before[0]:.2f} before, {load_after[0]:.2f} after, "
          f"on {os.cpu_count()} cores")  # fmt: skip
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    details = {
        "size_mib": mib,
        "repeat": args.repeat,
        "dir": args.dir,
        "cpu_count": os.cpu_count(),
        "load_average_before": load_before,
        "load_average_after": load_after,
        "ratio_spread_min_max": spread,
        "median_seconds": median_seconds,
        "best_cpu_seconds": cpu_seconds,
        "cli_peak_rss_mib": {k: round(v / 1024, 1) for k, v in CHILD_PEAK_RSS_KIB.items()},
    }
    RESULTS.write_text(json.dumps({**results, "details": details}, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
