"""SFTP throughput of sealflow against OpenSSH's `sftp` client and asyncssh, over loopback.

One private SFTP server on 127.0.0.1 (tests/services/: OpenSSH by default, or gesftpserver,
ProFTPD mod_sftp, asyncssh's server), one file of random bytes, and rounds that run each
contender back to back on the same file, server and folders:

- transport: sealflow's upload and download (paramiko path, in this process) against
  `sftp -b` put/get (a process) and asyncssh's client (2.24.1, from the cached
  .cache/asyncssh-venv of the tests; timed inside its process, from connect to done);
- whole commands, as people run them: `sealflow batch make` + `sealflow send` (sealing,
  signing, re-verification, upload) and `sealflow receive` (download, signature and hash
  checks, receipt, decryption into --out) against `sftp -b` moving the same bytes; sealflow's
  bytecode is written first (compile_sealflow), as an installed package has it.

Each ratio is the median of the per-round ratios (each round runs its pairs back to back,
under like load; the whole-command pairs swap which goes first every other round), with
its spread (lowest and highest round) and each round's load average in the details; the
best round's seconds are kept there too. sealflow's transport times include what it always
does and the others need not: `.part` then size check then posix-rename on upload, SHA-256
before the final rename on download (the asyncssh client is given the same rename and
hash, so that it does the same work).

Writes bench/results/exchange.json and prints `name: ratio` lines (throughput ratios,
sealflow / baseline; above 1 means sealflow is faster):
upload_vs_openssh, download_vs_openssh, upload_vs_asyncssh, download_vs_asyncssh,
send_vs_openssh (batch make + send), send_only_vs_openssh, send_files_vs_openssh (`send
--purpose`: the same sealing, signing, verification and upload in one command),
receive_vs_openssh; and the
whole commands' CPU seconds (user + system of the process tree, `sftp` with its `ssh`),
which a loaded machine disturbs less than wall time: send_cpu_vs_openssh,
receive_cpu_vs_openssh. With --receive-only, only the receive pair runs and the figures go
to bench/results/exchange_receive.json (the full run's file is left as it was).

Usage: .venv/bin/python bench/exchange.py [--size-mib 64] [--rounds 3] [--server openssh]
[--receive-only] (needs root for the SFTP test user, as the SFTP tests do; --dir /dev/shm
keeps disks out).
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import os
import pwd
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "services"))

import asyncssh_server  # noqa: E402
import proftpd_server  # noqa: E402
from exchange_study import write_study  # noqa: E402
from sshd_server import SshServer, unavailable_reason  # noqa: E402

from sealflow.exchange.flow import ExchangeContext, make_outgoing  # noqa: E402
from sealflow.exchange.sftp import SftpEndpoint, SftpTransport  # noqa: E402
from sealflow.settings import read_section  # noqa: E402

RESULTS = ROOT / "bench" / "results" / "exchange.json"
RECEIVE_RESULTS = ROOT / "bench" / "results" / "exchange_receive.json"
SEALFLOW = str(Path(sys.executable).parent / "sealflow")
GESFTPSERVER = "/usr/libexec/gesftpserver"

ASYNCSSH_CLIENT = """
import asyncio, hashlib, os, sys, time
import asyncssh

mode, port, user, key, known_hosts, local, remote = sys.argv[1:8]


async def main():
    start = time.perf_counter()
    async with asyncssh.connect(
        "127.0.0.1", int(port), username=user, client_keys=[key], known_hosts=known_hosts,
        agent_path=None,
    ) as conn:
        async with conn.start_sftp_client() as sftp:
            if mode == "put":
                await sftp.put(local, remote + ".part")
                await sftp.posix_rename(remote + ".part", remote)
            else:
                await sftp.get(remote, local + ".part")
                digest = hashlib.sha256()
                with open(local + ".part", "rb") as fh:
                    while block := fh.read(8 << 20):
                        digest.update(block)
                os.replace(local + ".part", local)
    print(time.perf_counter() - start)


asyncio.run(main())
"""


def compile_sealflow() -> None:
    """Write sealflow's bytecode before timing its commands, as an installed package has it.

    With PYTHONDONTWRITEBYTECODE set (this machine sets it) and sources run from a checkout,
    every timed `sealflow` process compiled its modules again: ~0.15 s of each `receive`,
    which `sftp` does not pay and an installed sealflow (pip writes .pyc files) does not
    either. py_compile writes the files whatever that setting says.
    """
    compileall.compile_dir(Path(sys.modules["sealflow"].__file__ or "").parent, quiet=1)


def make_server(kind: str) -> SshServer:
    if kind == "proftpd":
        return proftpd_server.ProftpdServer.create()
    if kind == "asyncssh":
        return asyncssh_server.AsyncsshServer.create()
    return SshServer.create(GESFTPSERVER if kind == "gesftpserver" else "internal-sftp")


def write_random(path: Path, size: int) -> None:
    with open(path, "wb") as fh:
        remaining = size
        while remaining:
            block = min(remaining, 16 << 20)
            fh.write(os.urandom(block))
            remaining -= block


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(8 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def timed(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def openssh(server: SshServer, known_hosts: Path, commands: str, workdir: Path) -> float:
    batch = workdir / "batch.txt"
    batch.write_text(commands + "\n")
    argv = [
        "sftp", "-q", "-b", str(batch), "-P", str(server.port), "-i", str(server.client_key),
        "-o", f"UserKnownHostsFile={known_hosts}", "-o", "StrictHostKeyChecking=yes",
        "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", f"{server.user}@127.0.0.1",
    ]  # fmt: skip
    return timed(lambda: subprocess.run(argv, check=True, stdout=subprocess.DEVNULL))


def asyncssh(
    python: Path, server: SshServer, known_hosts: Path, mode: str, local: Path, remote: Path
) -> float:
    argv = [str(python), "-c", ASYNCSSH_CLIENT, mode, str(server.port), server.user]
    argv += [str(server.client_key), str(known_hosts), str(local), str(remote)]
    done = subprocess.run(argv, check=True, capture_output=True, text=True)
    return float(done.stdout.strip())


def sealflow(*args: str) -> float:
    return timed(lambda: subprocess.run([SEALFLOW, *args], check=True, stdout=subprocess.DEVNULL))


def give_to(server: SshServer, path: Path) -> None:
    entry = pwd.getpwnam(server.user)
    for item in [path, *path.rglob("*")]:
        os.chown(item, entry.pw_uid, entry.pw_gid)


def sftp_study(root: Path, server: SshServer) -> tuple[Path, ExchangeContext]:
    """A study whose party `provider` is reached over SFTP; its own context for the far side."""
    study = write_study(root)
    (root / "known_hosts").write_text(server.known_hosts_line())
    entry = study.parties["parties"]["provider"]
    entry["transport"] = "sftp"
    entry["sftp"] = {
        "host": "127.0.0.1", "port": server.port, "user": server.user,
        "known_hosts": "known_hosts", "identity_file": str(server.client_key),
        "inbox": str(server.data / "provider/inbox"),
        "outbox": str(server.data / "provider/outbox"), "timeout": 60,
    }  # fmt: skip
    (root / "parties.yaml").write_text(yaml.safe_dump(study.parties))
    for folder in ("provider/inbox", "provider/outbox"):
        (server.data / folder).mkdir(parents=True, exist_ok=True)
    give_to(server, server.data / "provider")
    return study.config_path, study.as_party("provider")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mib", type=int, default=64)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--server", default="openssh", choices=["openssh", "gesftpserver", "proftpd", "asyncssh"]
    )
    parser.add_argument("--dir", default="/dev/shm" if Path("/dev/shm").is_dir() else None)
    parser.add_argument(
        "--receive-only",
        action="store_true",
        help="only `sealflow receive` against `sftp -b` get (a short run on a busy machine)",
    )
    args = parser.parse_args()
    reason = unavailable_reason()
    if reason:
        sys.exit(f"bench/exchange.py: cannot start an SFTP server: {reason}")
    python = asyncssh_server.asyncssh_python()
    compile_sealflow()
    size = args.size_mib << 20
    server = make_server(args.server).start()
    local = Path(tempfile.mkdtemp(prefix="sealflow-bench-", dir=args.dir))
    times: dict[str, list[float]] = {}
    loads: list[list[float]] = []
    cpu: dict[str, list[float]] = {}

    def record(name: str, seconds: float) -> None:
        times.setdefault(name, []).append(seconds)
        if name in PROCESSES:  # CPU of the process just run (and what it waited for)
            total = children_cpu()
            cpu.setdefault(name, []).append(total - cpu_mark[0])
        cpu_mark[0] = children_cpu()

    cpu_mark = [children_cpu()]

    try:
        plain = local / "payload.bin"
        write_random(plain, size)
        digest = sha256(plain)
        known_hosts = local / "known_hosts"
        known_hosts.write_text(server.known_hosts_line())
        remote = server.data / "bench"
        remote.mkdir()
        give_to(server, remote)
        endpoint = SftpEndpoint.from_config(
            "bench",
            {"host": "127.0.0.1", "port": server.port, "user": server.user,
             "known_hosts": str(known_hosts), "identity_file": str(server.client_key),
             "inbox": str(remote), "outbox": str(remote), "timeout": 60},
            local, read_section("exchange", None, local).sftp,
        )  # fmt: skip
        config, provider = sftp_study(local / "study", server)
        outbox = server.data / "provider/outbox"
        out = local / "opened"
        for number in range(args.rounds):
            print(f"round {number + 1}/{args.rounds}", file=sys.stderr)
            for path in remote.glob("*"):
                path.unlink()
            ssh_first = number % 2 == 1
            cfg = ["--config", str(config)]
            if not args.receive_only:
                fetched = local / "fetched.bin"
                transport = SftpTransport(endpoint)
                record("ours_up", timed(partial(transport.upload, plain, "ours.bin")))
                record(
                    "ssh_up", openssh(server, known_hosts, f"put {plain} {remote}/ssh.bin", local)
                )
                record(
                    "asyncssh_up", asyncssh(python, server, known_hosts, "put", plain, remote / "a")
                )
                record(
                    "ours_dn", timed(partial(transport.download, "ours.bin", fetched, size, digest))
                )
                transport.close()
                assert sha256(fetched) == digest
                fetched.unlink()
                record(
                    "ssh_dn", openssh(server, known_hosts, f"get {remote}/ssh.bin {fetched}", local)
                )
                fetched.unlink()
                record(
                    "asyncssh_dn",
                    asyncssh(python, server, known_hosts, "get", fetched, remote / "a"),
                )
                assert sha256(fetched) == digest
                fetched.unlink()

                # Whole commands: what a person runs, process start and all checks included.
                batch = local / f"study/work/exchange/outgoing/b{number}"
                put = f"put {plain} {remote}/ssh-send.bin"
                if ssh_first:
                    record("ssh_put", openssh(server, known_hosts, put, local))
                record("make", sealflow("batch", "make", "--to", "provider", "--purpose", "links",
                                        str(plain), "--out", str(batch), *cfg))  # fmt: skip
                record("send", sealflow("send", "--to", "provider", str(batch), *cfg))
                if not ssh_first:
                    record("ssh_put", openssh(server, known_hosts, put, local))
                # The same in one command: seal, sign, verify and upload (send --purpose).
                record("send_files", sealflow("send", "--to", "provider", "--purpose", "links",
                                              str(plain), *cfg))  # fmt: skip
            theirs = local / f"provider-b{number}"
            manifest = make_outgoing(provider, "evaluator", "extract", [plain], theirs)
            shutil.copytree(theirs, outbox / manifest.batch_id)
            give_to(server, outbox / manifest.batch_id)
            # sftp fetches its own copy: receive removes what it fetched from the outbox.
            ssh_copy = server.data / "ssh-copy"
            shutil.rmtree(ssh_copy, ignore_errors=True)
            shutil.copytree(theirs, ssh_copy)
            give_to(server, ssh_copy)
            got = local / "ssh-get"
            get = f"get {ssh_copy}/* {got}/"
            shutil.rmtree(out, ignore_errors=True)
            receive = ["receive", "--from", "provider", "--out", str(out), *cfg]
            for contender in ("ssh", "ours") if ssh_first else ("ours", "ssh"):
                if contender == "ssh":
                    got.mkdir(exist_ok=True)
                    record("ssh_get", openssh(server, known_hosts, get, local))
                    shutil.rmtree(got)
                else:
                    record("receive", sealflow(*receive))
            assert sha256(out / plain.name) == digest
            if not args.receive_only:
                shutil.rmtree(batch)  # the next round's make writes as much again
            loads.append([round(x, 2) for x in os.getloadavg()])
        best = {k: min(v) for k, v in times.items()}
        per_round = {
            "receive_vs_openssh": round_ratios(times["ssh_get"], times["receive"]),
            # CPU seconds (user + system of the process and what it waited for): steadier
            # than wall time on a machine others load.
            "receive_cpu_vs_openssh": round_ratios(cpu["ssh_get"], cpu["receive"]),
        }
        if not args.receive_only:
            made_and_sent = [m + s for m, s in zip(times["make"], times["send"], strict=True)]
            per_round |= {
                "upload_vs_openssh": round_ratios(times["ssh_up"], times["ours_up"]),
                "download_vs_openssh": round_ratios(times["ssh_dn"], times["ours_dn"]),
                "upload_vs_asyncssh": round_ratios(times["asyncssh_up"], times["ours_up"]),
                "download_vs_asyncssh": round_ratios(times["asyncssh_dn"], times["ours_dn"]),
                "send_vs_openssh": round_ratios(times["ssh_put"], made_and_sent),
                "send_only_vs_openssh": round_ratios(times["ssh_put"], times["send"]),
                "send_files_vs_openssh": round_ratios(times["ssh_put"], times["send_files"]),
                "send_cpu_vs_openssh": round_ratios(
                    cpu["ssh_put"], [m + s for m, s in zip(cpu["make"], cpu["send"], strict=True)]
                ),
            }
        ratios = {name: statistics.median(values) for name, values in per_round.items()}
        result = {
            **{k: round(v, 3) for k, v in ratios.items()},
            "details": {
                "server": args.server,
                "size_mib": args.size_mib,
                "receive_only": args.receive_only,
                "rounds": args.rounds,
                "ratio": "median of the rounds' ratios (baseline seconds / sealflow seconds)",
                "spread": {k: [round(min(v), 3), round(max(v), 3)] for k, v in per_round.items()},
                "best_seconds": {k: round(v, 3) for k, v in best.items()},
                "all_seconds": {k: [round(x, 3) for x in v] for k, v in times.items()},
                "load_average_after_each_round": loads,
                "process_cpu_seconds": {k: [round(x, 3) for x in v] for k, v in cpu.items()},
                "cpus": os.cpu_count(),
            },
        }
    finally:
        server.remove()
        shutil.rmtree(local, ignore_errors=True)
    results = RECEIVE_RESULTS if args.receive_only else RESULTS
    results.parent.mkdir(parents=True, exist_ok=True)
    results.write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")
    for name, ratio in ratios.items():
        low, high = result["details"]["spread"][name]
        print(f"{name}: {ratio:.3f}  (rounds {low:.3f}-{high:.3f})")


PROCESSES = ("make", "send", "send_files", "ssh_put", "ssh_get", "receive")


def children_cpu() -> float:
    """User + system CPU seconds of every finished child process so far (sftp's ssh too)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def round_ratios(baseline: list[float], ours: list[float]) -> list[float]:
    """Each round's ratio: its pair ran back to back, under like load."""
    return [b / o for b, o in zip(baseline, ours, strict=True)]


if __name__ == "__main__":
    main()
