"""SFTP throughput of sealflow's transport against the OpenSSH `sftp` client, over loopback.

One private sshd on 127.0.0.1 (tests/services/sshd_server.py), one sealed file (default
512 MiB, sealed with sealflow's age), and rounds that alternate: sealflow upload, OpenSSH
`sftp -b` put, sealflow download, OpenSSH get, all of the same file from and to the same
folders on the same server. Each figure is the best round (the least disturbed by the
other work on a shared machine). sealflow's times include what its transport always does
and OpenSSH's client does not: `.part` then size check then posix-rename on upload, and the
SHA-256 check against the manifest before the final rename on download.

Writes bench/results/exchange.json with `upload_vs_openssh` and `download_vs_openssh`
(throughput ratios, sealflow / OpenSSH; above 1 means sealflow is faster) and prints them.

Usage: .venv/bin/python bench/exchange.py [--size-mib 512] [--rounds 3] [--workers 1]
(needs root for the sshd test user, as the SFTP tests do; --dir /dev/shm keeps disks out).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from tqdm import tqdm

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "services"))

from sshd_server import SshServer, unavailable_reason  # noqa: E402

from sealflow.exchange.sftp import SftpEndpoint, SftpTransport  # noqa: E402
from sealflow.seal.age import seal_file  # noqa: E402
from sealflow.seal.x25519 import X25519Identity  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "exchange.json"


def make_sealed(folder: Path, size: int) -> Path:
    plain = folder / "plain.bin"
    with open(plain, "wb") as fh:
        remaining = size
        while remaining:
            block = min(remaining, 16 << 20)
            fh.write(os.urandom(block))
            remaining -= block
    sealed = folder / "payload.bin.age"
    seal_file(plain, sealed, [X25519Identity.generate().recipient()])
    plain.unlink()
    return sealed


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(8 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def openssh(server: SshServer, known_hosts: Path, commands: str, workdir: Path) -> float:
    batch = workdir / "batch.txt"
    batch.write_text(commands + "\n")
    argv = [
        "sftp", "-q", "-b", str(batch), "-P", str(server.port), "-i", str(server.client_key),
        "-o", f"UserKnownHostsFile={known_hosts}", "-o", "StrictHostKeyChecking=yes",
        "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", f"{server.user}@127.0.0.1",
    ]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=512)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--workers", type=int, default=1, help="ranged-download processes")
    parser.add_argument("--dir", default="/dev/shm" if Path("/dev/shm").is_dir() else None)
    args = parser.parse_args()
    reason = unavailable_reason()
    if reason:
        sys.exit(f"bench/exchange.py: cannot start sshd: {reason}")
    size = args.size_mib << 20
    server = SshServer.create().start()
    local = Path(tempfile.mkdtemp(prefix="sealflow-bench-", dir=args.dir))
    try:
        sealed = make_sealed(local, size)
        digest = sha256(sealed)
        known_hosts = local / "known_hosts"
        known_hosts.write_text(server.known_hosts_line())
        remote = server.data / "bench"
        remote.mkdir()
        shutil.chown(remote, server.user)
        endpoint = SftpEndpoint(
            party="bench", host="127.0.0.1", port=server.port, user=server.user,
            known_hosts=known_hosts, identity_file=server.client_key, inbox=str(remote),
            outbox=str(remote), timeout=60, parallel_downloads=args.workers,
        )  # fmt: skip
        times: dict[str, list[float]] = {k: [] for k in ("ours_up", "ssh_up", "ours_dn", "ssh_dn")}
        for _ in tqdm(range(args.rounds), desc="rounds (ours/OpenSSH, up/down)"):
            for path in remote.glob("*"):
                path.unlink()
            transport = SftpTransport(endpoint)

            start = time.perf_counter()
            transport.upload(sealed, "ours.age")
            times["ours_up"].append(time.perf_counter() - start)
            times["ssh_up"].append(
                openssh(server, known_hosts, f"put {sealed} {remote}/ssh.age", local)
            )
            fetched = local / "fetched.age"
            fetched.unlink(missing_ok=True)
            start = time.perf_counter()
            transport.download("ours.age", fetched, size_of(sealed), digest)
            times["ours_dn"].append(time.perf_counter() - start)
            transport.close()
            assert sha256(fetched) == digest
            fetched.unlink()
            times["ssh_dn"].append(
                openssh(server, known_hosts, f"get {remote}/ssh.age {fetched}", local)
            )
            fetched.unlink()
        best = {k: min(v) for k, v in times.items()}
        result = {
            "upload_vs_openssh": round(best["ssh_up"] / best["ours_up"], 3),
            "download_vs_openssh": round(best["ssh_dn"] / best["ours_dn"], 3),
            "details": {
                "size_mib": args.size_mib,
                "rounds": args.rounds,
                "download_workers": args.workers,
                "best_seconds": {k: round(v, 3) for k, v in best.items()},
                "mib_per_s": {k: round(args.size_mib / v, 1) for k, v in best.items()},
                "all_seconds": {k: [round(x, 3) for x in v] for k, v in times.items()},
                "median_round_ratio": {
                    "upload": round(median_ratio(times["ssh_up"], times["ours_up"]), 3),
                    "download": round(median_ratio(times["ssh_dn"], times["ours_dn"]), 3),
                },
                "load_average": [round(x, 2) for x in os.getloadavg()],
                "cpus": os.cpu_count(),
            },
        }
    finally:
        server.remove()
        shutil.rmtree(local, ignore_errors=True)
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    print(f"upload_vs_openssh: {result['upload_vs_openssh']}")
    print(f"download_vs_openssh: {result['download_vs_openssh']}")


def median_ratio(baseline: list[float], ours: list[float]) -> float:
    """Median of the per-round ratios: each round's pair ran back to back, under like load."""
    return statistics.median(b / o for b, o in zip(baseline, ours, strict=True))


def size_of(path: Path) -> int:
    return path.stat().st_size


if __name__ == "__main__":
    main()
