"""Seal and open a large file with sealflow; compare with raw libsodium and the `age` binary.

Baselines, measured in the same run:
  (a) raw libsodium: ChaCha20-Poly1305 (PyNaCl's public bindings) over the same number of
      64 KiB chunks, in this process, with no file I/O at all: the ceiling;
  (b) the `age` binary sealing and opening the same file to and from the same folder.
Throughput ratios (higher means sealflow is faster) and the peak RSS of this whole
process (an upper bound on sealflow's own) go to bench/results/seal.json; the details
also give the time of a plain read-and-write copy of the file (the I/O floor that the
in-memory libsodium ceiling does not pay).

Usage: .venv/bin/python bench/seal.py [--size-mib 512] [--repeat 5] [--dir /dev/shm]
Files live in a temporary folder under --dir (default: /dev/shm when present, so the
disk does not dominate; sealflow fsyncs its outputs, age does not).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import nacl.bindings
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


def libsodium_seal(chunks: int) -> None:
    key = os.urandom(32)
    pool = [os.urandom(CHUNK) for _ in range(16)]
    encrypt = nacl.bindings.crypto_aead_chacha20poly1305_ietf_encrypt
    for counter in range(chunks):
        nonce = counter.to_bytes(11, "big") + (b"\x01" if counter == chunks - 1 else b"\x00")
        encrypt(pool[counter % 16], None, nonce, key)


def libsodium_open_action(chunks: int) -> Callable[[], None]:
    key = os.urandom(32)
    encrypt = nacl.bindings.crypto_aead_chacha20poly1305_ietf_encrypt
    decrypt = nacl.bindings.crypto_aead_chacha20poly1305_ietf_decrypt
    nonces = [i.to_bytes(11, "big") + b"\x00" for i in range(16)]
    pool = [encrypt(os.urandom(CHUNK), None, nonces[i], key) for i in range(16)]

    def action() -> None:
        for counter in range(chunks):
            decrypt(pool[counter % 16], None, nonces[counter % 16], key)

    return action


def copy_file(source: Path, target: Path) -> None:
    """Read and write the file with no cryptography: the I/O floor, reported for context."""
    buffer = bytearray(2 * 1024 * 1024)
    view = memoryview(buffer)
    with open(source, "rb", buffering=0) as src, open(target, "wb", buffering=0) as dst:
        while got := src.readinto(buffer):
            dst.write(view[:got])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=512)
    parser.add_argument("--repeat", type=int, default=5)
    default_dir = "/dev/shm" if Path("/dev/shm").is_dir() else tempfile.gettempdir()
    parser.add_argument("--dir", default=default_dir)
    args = parser.parse_args()
    age_binary = shutil.which("age")
    if age_binary is None:
        sys.exit("bench/seal.py needs the `age` binary (Debian package age)")
    size = args.size_mib * 1024 * 1024
    chunks = -(-size // CHUNK)
    with tempfile.TemporaryDirectory(dir=args.dir, prefix="sealflow-bench-") as folder:
        work = Path(folder)
        plain = work / "plain.bin"
        write_random_file(plain, size)
        identity = age.X25519Identity.generate()
        identity_file = work / "identity.txt"
        identity_file.write_text(identity.encode() + "\n")
        recipient = str(identity.recipient())

        sealflow_cli = str(Path(sys.executable).parent / "sealflow")
        open_baseline = libsodium_open_action(chunks)
        actions: dict[str, Callable[[], None]] = {
            "io_copy": lambda: copy_file(plain, work / "copy.bin"),
            "libsodium_seal": lambda: libsodium_seal(chunks),
            "sealflow_seal": lambda: age.seal_file(plain, work / "sealflow.age", [recipient]),
            "age_seal": lambda: run([age_binary, "-r", recipient, "-o", str(work / "age.age"),
                                     str(plain)]),
            "sealflow_cli_seal": lambda: run_measured("sealflow_cli_seal", [
                sealflow_cli, "seal", "-r", recipient, "-o", str(work / "cli.age"), str(plain)]),
            "libsodium_open": open_baseline,
            "sealflow_open": lambda: age.open_file(
                work / "sealflow.age", work / "sealflow.out", [identity]
            ),
            "age_open": lambda: run([age_binary, "-d", "-i", str(identity_file), "-o",
                                     str(work / "age.out"), str(work / "age.age")]),
            "sealflow_cli_open": lambda: run_measured("sealflow_cli_open", [
                sealflow_cli, "open", "-i", str(identity_file), "-o", str(work / "cli.out"),
                str(work / "cli.age")]),
        }  # fmt: skip
        # Interleaved rounds, best of each: on a shared machine every contender then sees
        # the same background load, and noise can only slow a run down.
        times = dict.fromkeys(actions, float("inf"))
        cpu_seconds = dict.fromkeys(actions, float("inf"))
        for _ in tqdm(range(args.repeat), desc="rounds"):
            for name, action in actions.items():
                cpu_start = cpu_time()
                start = time.perf_counter()
                action()
                times[name] = min(times[name], time.perf_counter() - start)
                cpu_seconds[name] = min(cpu_seconds[name], cpu_time() - cpu_start)
        assert (work / "sealflow.out").stat().st_size == size
    peak_rss_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    results = {
        "seal_vs_libsodium": round(times["libsodium_seal"] / times["sealflow_seal"], 3),
        "open_vs_libsodium": round(times["libsodium_open"] / times["sealflow_open"], 3),
        "seal_vs_age": round(times["age_seal"] / times["sealflow_seal"], 3),
        "open_vs_age": round(times["age_open"] / times["sealflow_open"], 3),
        "cli_seal_vs_age": round(times["age_seal"] / times["sealflow_cli_seal"], 3),
        "cli_open_vs_age": round(times["age_open"] / times["sealflow_cli_open"], 3),
        "peak_rss_mib": round(peak_rss_mib, 1),
        "cli_peak_rss_mib": round(max(CHILD_PEAK_RSS_KIB.values()) / 1024, 1),
    }
    for name, value in results.items():
        print(f"{name}: {value}")
    mib = args.size_mib
    for name, seconds in times.items():
        print(
            f"  {name}: {seconds:.3f} s ({mib / seconds:.0f} MiB/s), cpu {cpu_seconds[name]:.3f} s"
        )
    print(f"  load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    details = {
        "size_mib": mib,
        "repeat": args.repeat,
        "dir": args.dir,
        "cpu_count": os.cpu_count(),
        "load_average": os.getloadavg(),
        "seconds": times,
        "cpu_seconds": cpu_seconds,
    }
    RESULTS.write_text(json.dumps({**results, "details": details}, indent=2, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
