"""The SFTP transport (paramiko): key authentication only, pinned host keys, atomic and
resumable transfers, retries with backoff, a timeout on every operation.

Why each rule:
- Host keys are pinned in the known_hosts file the party's config names, loaded with
  `load_host_keys` under `RejectPolicy`: an unknown key and a changed key both stop the
  transfer, and the error shows the fingerprint seen and the one expected (entries for a
  port other than 22 are written `[host]:port`, as OpenSSH does).
- Only public-key authentication (an ed25519 key file, else the agent): never a password.
- Uploads go to `NAME.part`, their size is checked, then `posix-rename@openssh.com` moves
  them to NAME (plain SFTP rename refuses to overwrite), so a reader never sees half a file.
  An interrupted upload resumes from the remote `.part` size once its tail matches ours.
- Downloads go to a local `NAME.part`, resume from its size, and are renamed only once the
  whole file's size and SHA-256 match the manifest.
- Requests are pipelined, and replies are taken in whatever order they come (gesftpserver
  answers out of order; paramiko's own pipelined write then stalls), each one checked.
- Every failure names its reason: a silent server is "no reply in N s", never an empty
  TimeoutError; lost connections are retried with backoff, server answers are not.
- Speed (sftp_io.py, sftp_wire.py): the server's own request-size limits, a 32 MiB window
  with 512 KiB packets, a receive buffer without front-deletes, replies parsed in place,
  padding from a pool of OS randomness. The measurements behind each choice, and what
  was tried and dropped (byte-range downloads), are in docs/PERFORMANCE.md.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import logging
import os
import socket
import stat
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any, NoReturn, TypeVar

# isort: off
from sealflow.exchange import paramiko_lib  # noqa: F401 (first: paramiko without invoke)

# isort: on
import paramiko
from paramiko.sftp import CMD_EXTENDED, CMD_EXTENDED_REPLY

from sealflow.config import resolve
from sealflow.errors import (
    ConfigError,
    HostKeyError,
    IntegrityError,
    PathSafetyError,
    SealflowError,
    TransportError,
)
from sealflow.exchange.names import PARTIAL_SUFFIX
from sealflow.exchange.sftp_defaults import party_sftp_defaults
from sealflow.exchange.sftp_io import (
    ChunkHasher,
    ChunkPipe,
    ChunkWriter,
    HashedSource,
    pipelined_read,
    pipelined_write,
    raw_client,
)
from sealflow.exchange.sftp_wire import PooledPaddingPacketizer
from sealflow.exchange.stream_sink import StreamSink
from sealflow.exchange.tcp_ahead import TcpAhead
from sealflow.settings import SftpSettings

log = logging.getLogger(__name__)

T = TypeVar("T")
DEFAULT_REQUEST_SIZE = 32768
OPENSSH_REQUEST_CAP = 261120
# Without the server's limits, writes are sized so that each WRITE request (25 bytes of
# header and a handle of at most 256) fits one SSH packet of the usual 32 KiB maximum, of
# which paramiko sends at most 32768 - 64 bytes: a 32 KiB write took two packets each.
ONE_PACKET_WRITE = 32768 - 64 - 25 - 256
LOCAL_CHUNK = 4 * 1024 * 1024
TAIL_CHECK_BYTES = 256 * 1024
CHANNEL_PACKET_SIZE = 512 * 1024


@dataclass(frozen=True)
class SftpEndpoint:
    """One party's SFTP server as parties.yaml and config `exchange.sftp` describe it.

    No defaults of its own: what parties.yaml leaves out takes parties.schema.yaml's, and
    the transfer behaviour is the typed ``exchange.sftp`` section (config schema defaults).
    """

    party: str
    host: str
    user: str
    known_hosts: Path
    port: int
    identity_file: Path | None
    inbox: str
    outbox: str
    timeout: float
    connect_timeout: float
    retries: int
    backoff: float
    max_backoff: float
    ciphers: tuple[str, ...]
    window_size: int

    @classmethod
    def from_config(
        cls,
        party: str,
        entry: Mapping[str, Any],
        root: str | os.PathLike[str],
        sftp: SftpSettings,
    ) -> SftpEndpoint:
        """From the party's parties.yaml ``sftp`` entry and the config's ``exchange.sftp``."""
        values = {**party_sftp_defaults(), **entry}
        identity = values.get("identity_file")
        return cls(
            party=party,
            host=values["host"],
            user=values["user"],
            port=int(values["port"]),
            known_hosts=resolve(root, values["known_hosts"]),
            identity_file=resolve(root, identity) if identity else None,
            inbox=str(values["inbox"]),
            outbox=str(values["outbox"]),
            # A party's own timeout (a slow server) overrides the study's.
            timeout=float(values.get("timeout") or sftp.timeout),
            connect_timeout=float(sftp.connect_timeout),
            retries=int(sftp.retries),
            backoff=float(sftp.backoff_seconds),
            max_backoff=float(sftp.max_backoff_seconds),
            ciphers=tuple(sftp.ciphers),
            window_size=int(sftp.window_mib) << 20,
        )

    @property
    def host_key_name(self) -> str:
        return self.host if self.port == 22 else f"[{self.host}]:{self.port}"


class _PinnedOnly(paramiko.RejectPolicy):
    """RejectPolicy, with an error that shows the fingerprint seen (none is pinned)."""

    def __init__(self, endpoint: SftpEndpoint) -> None:
        self.endpoint = endpoint

    def missing_host_key(self, client: Any, hostname: str, key: paramiko.PKey) -> NoReturn:
        raise HostKeyError(
            f"SFTP host {hostname} of party {self.endpoint.party} offered {key.get_name()} key "
            f"{key.fingerprint}, but {self.endpoint.known_hosts} pins no key for "
            f"{self.endpoint.host_key_name}; expected: none pinned. Check the fingerprint with "
            "the party out of band, then add its line to that file"
        )


@dataclass
class _Session:
    client: paramiko.SSHClient
    sftp: paramiko.SFTPClient
    write_size: int = DEFAULT_REQUEST_SIZE
    read_size: int = DEFAULT_REQUEST_SIZE


def _load_key(path: Path) -> paramiko.PKey:
    try:
        return paramiko.Ed25519Key.from_private_key_file(str(path))
    except paramiko.PasswordRequiredException:
        raise ConfigError(
            f"{path}: the SFTP key is passphrase-protected; load it into ssh-agent and remove "
            "identity_file from parties.yaml to use the agent"
        ) from None
    except (paramiko.SSHException, ValueError) as exc:
        raise ConfigError(f"{path}: not an OpenSSH ed25519 private key ({exc})") from None


def connect(endpoint: SftpEndpoint, sock: socket.socket | None = None) -> _Session:
    """Open an SSH connection with the pinned host key and key-only auth; start SFTP.

    ``sock``: a TCP connection to the endpoint's host and port opened ahead (tcp_ahead.py),
    else paramiko opens one.
    """
    if not endpoint.known_hosts.is_file():
        if sock is not None:
            sock.close()
        raise HostKeyError(
            f"{endpoint.known_hosts}: known_hosts file of party {endpoint.party} not found; "
            f"no SFTP host is used unless its key is pinned there as {endpoint.host_key_name}"
        )
    client = paramiko.SSHClient()
    client.load_host_keys(str(endpoint.known_hosts))
    client.set_missing_host_key_policy(_PinnedOnly(endpoint))

    def transport_factory(sock: socket.socket, **kwargs: Any) -> paramiko.Transport:
        without_nagle(sock)
        transport = paramiko.Transport(sock, packetizer_class=PooledPaddingPacketizer, **kwargs)
        options = transport.get_security_options()
        available = tuple(options.ciphers)
        preferred = tuple(c for c in endpoint.ciphers if c in available)
        options.ciphers = preferred + tuple(c for c in available if c not in preferred)
        return transport

    try:
        pkey = _load_key(endpoint.identity_file) if endpoint.identity_file else None
    except BaseException:
        if sock is not None:
            sock.close()
        raise
    try:
        client.connect(
            endpoint.host,
            port=endpoint.port,
            username=endpoint.user,
            pkey=pkey,
            allow_agent=pkey is None,
            look_for_keys=False,
            timeout=endpoint.connect_timeout,
            banner_timeout=endpoint.connect_timeout,
            auth_timeout=endpoint.connect_timeout,
            channel_timeout=endpoint.connect_timeout,
            transport_factory=transport_factory,  # type: ignore[arg-type]
            sock=sock,
        )
    except paramiko.BadHostKeyException as exc:
        client.close()
        raise HostKeyError(
            f"SFTP host {endpoint.host_key_name} of party {endpoint.party} CHANGED its host "
            f"key: seen {exc.key.get_name()} {exc.key.fingerprint}, expected "
            f"{exc.expected_key.get_name()} {exc.expected_key.fingerprint} (pinned in "
            f"{endpoint.known_hosts}). Transfer stopped: confirm the new key with the party "
            "out of band before changing the pin"
        ) from None
    except paramiko.AuthenticationException as exc:
        client.close()
        how = f"key {endpoint.identity_file}" if pkey else "the ssh-agent's keys"
        raise TransportError(
            f"SFTP host {endpoint.host_key_name}: user {endpoint.user} refused with {how} "
            f"({exc}); check that party {endpoint.party} authorised our public key"
        ) from None
    except BaseException:
        client.close()
        raise
    transport = client.get_transport()
    if transport is None:  # pragma: no cover - connect() succeeded, so it exists
        raise TransportError(f"{endpoint.host_key_name}: SSH transport vanished after login")
    # paramiko's 2 MiB window and 32 KiB packets leave the server waiting; measured on
    # loopback against OpenSSH, a 32 MiB window with 512 KiB packets (two SFTP data replies
    # per packet) reads about twice as fast. A larger window only pays with ChunkPipe: in
    # paramiko's BufferedPipe every read moves all the bytes still buffered.
    channel = transport.open_session(
        window_size=endpoint.window_size, max_packet_size=CHANNEL_PACKET_SIZE
    )
    channel.in_buffer = ChunkPipe(endpoint.window_size)  # before any data can arrive
    channel.settimeout(endpoint.timeout)
    channel.invoke_subsystem("sftp")
    sftp = paramiko.SFTPClient(channel)
    session = _Session(client, sftp)
    session.read_size, session.write_size = _server_limits(sftp)
    return session


def without_nagle(sock: socket.socket) -> None:
    """Send each SSH packet at once (TCP_NODELAY), as OpenSSH's client does.

    The handshake and every SFTP request are small messages each waiting for a reply. With
    Nagle's algorithm on, a message written while an earlier one is unacknowledged waits
    for the peer's delayed ACK (40 ms on Linux): measured on loopback, the login and the
    channel opening each took ~45 ms instead of ~2 ms, about 55 ms of every `receive`
    (bench/exchange.py; docs/PERFORMANCE.md). Bulk data is unaffected (full segments are
    sent at once either way). Not a TCP socket (a test's socket pair): left alone.
    """
    if isinstance(sock, socket.socket) and sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def _server_limits(sftp: paramiko.SFTPClient) -> tuple[int, int]:
    """Max read and write lengths from OpenSSH's limits@openssh.com, else SFTP's safe 32 KiB."""
    try:
        kind, msg = raw_client(sftp)._request(CMD_EXTENDED, "limits@openssh.com")
    except (OSError, paramiko.SSHException):
        return DEFAULT_REQUEST_SIZE, ONE_PACKET_WRITE
    if kind != CMD_EXTENDED_REPLY:
        return DEFAULT_REQUEST_SIZE, ONE_PACKET_WRITE
    _packet, max_read, max_write = msg.get_int64(), msg.get_int64(), msg.get_int64()

    def pick(limit: int) -> int:
        return max(DEFAULT_REQUEST_SIZE, min(limit or DEFAULT_REQUEST_SIZE, OPENSSH_REQUEST_CAP))

    return pick(max_read), pick(max_write)


class _Handshake:
    """A connection opening in a background thread (start_connecting), or its error."""

    def __init__(self, endpoint: SftpEndpoint, tcp: TcpAhead | None = None) -> None:
        self.session: _Session | None = None
        self.error: BaseException | None = None
        self._lock = threading.Lock()
        self._abandoned = False
        self.thread = threading.Thread(
            target=self._run, args=(endpoint, tcp), name="sealflow-connect", daemon=True
        )
        self.thread.start()

    def _run(self, endpoint: SftpEndpoint, tcp: TcpAhead | None) -> None:
        try:
            sock = tcp.take(endpoint.host, endpoint.port) if tcp is not None else None
            session = connect(endpoint, sock)
        except BaseException as exc:  # raised by result(), in the thread that claims it
            self.error = exc
            return
        with self._lock:
            self.session = session
            if self._abandoned:
                _close_quietly(session)

    def result(self) -> _Session:
        """The open session, once the handshake is over; its error if it failed."""
        self.thread.join()
        if self.error is not None:
            raise self.error
        if self.session is None:  # pragma: no cover - _run sets one of the two
            raise TransportError("the SSH connection opened ahead ended without a result")
        return self.session

    def abandon(self) -> None:
        """Close the session now, or as soon as the handshake ends: no wait for a slow host."""
        with self._lock:
            self._abandoned = True
            if self.session is not None:
                _close_quietly(self.session)


def _close_quietly(session: _Session) -> None:
    with contextlib.suppress(Exception):
        session.client.close()


_HANDSHAKES: dict[SftpEndpoint, _Handshake] = {}


def start_connecting(endpoint: SftpEndpoint, tcp: TcpAhead | None = None) -> None:
    """Open a connection to ``endpoint`` in a background thread, ahead of its first use
    (over ``tcp``, a TCP connection opened earlier still, when it is to the same address).

    The next SftpTransport of an equal endpoint takes it, or the error it ended with (then
    handled as its own first attempt's); close_unclaimed closes it if none does.
    """
    if endpoint not in _HANDSHAKES:
        _HANDSHAKES[endpoint] = _Handshake(endpoint, tcp)
    elif tcp is not None:
        tcp.close()


def close_unclaimed() -> None:
    """Close every connection opened ahead that no transport took, without waiting for one
    still in its handshake (it closes itself when that ends): an error found meanwhile
    (an invalid configuration) is not held up by a slow or silent host."""
    while _HANDSHAKES:
        _endpoint, handshake = _HANDSHAKES.popitem()
        handshake.abandon()


_NETWORK_ERRNOS = frozenset(
    {
        errno.ECONNRESET, errno.ECONNREFUSED, errno.ECONNABORTED, errno.EPIPE,
        errno.ETIMEDOUT, errno.EHOSTUNREACH, errno.ENETUNREACH, errno.ENETDOWN,
    }
)  # fmt: skip


def _retryable(exc: BaseException) -> bool:
    """A lost or stalled connection is retried; an answer from the server is not.

    paramiko reports SFTP status replies (no such file, failure...) as plain IOError, and a
    dead channel as OSError("Socket is closed"); only the latter means "reconnect".
    """
    if isinstance(exc, SealflowError | paramiko.AuthenticationException):
        return False
    if isinstance(exc, EOFError | paramiko.SSHException | TimeoutError | ConnectionError):
        return True
    if isinstance(exc, paramiko.ssh_exception.NoValidConnectionsError):
        return True
    if isinstance(exc, OSError):
        return exc.errno in _NETWORK_ERRNOS or (
            exc.errno is None and "socket is closed" in str(exc).lower()
        )
    return False


def _reason(exc: BaseException, endpoint: SftpEndpoint) -> str:
    """What went wrong, in words, also for errors that carry none (a bare socket timeout)."""
    if isinstance(exc, OSError) and exc.errno is not None and not exc.strerror:
        return f"[Errno {exc.errno}] {os.strerror(exc.errno)}"
    text = str(exc).strip()
    if text:
        return text
    if isinstance(exc, TimeoutError):
        return (
            f"the server sent nothing for {endpoint.timeout:g} s (the SFTP timeout setting); "
            "the connection stalled"
        )
    if isinstance(exc, EOFError):
        return "the server closed the connection"
    return "no reason given by the library; see the log at debug level"


@dataclass
class TransferLog:
    """What happened on the wire, for tests and the audit log: resumes and reconnects."""

    connects: int = 0
    resumed_from: list[int] = field(default_factory=list)


class SftpTransport:
    def __init__(self, endpoint: SftpEndpoint) -> None:
        self.endpoint = endpoint
        self.description = f"sftp://{endpoint.user}@{endpoint.host_key_name} ({endpoint.party})"
        self.incoming_description = (
            f"sftp://{endpoint.user}@{endpoint.host_key_name}:{endpoint.outbox} ({endpoint.party})"
        )
        self.log = TransferLog()
        self.on_bytes: Callable[[int], None] | None = None
        self._session: _Session | None = None

    # --- connection, retries ---------------------------------------------------------
    def _open(self) -> _Session:
        if self._session is None:
            handshake = _HANDSHAKES.pop(self.endpoint, None)
            self._session = handshake.result() if handshake else connect(self.endpoint)
            self.log.connects += 1
        return self._session

    def _drop(self) -> None:
        if self._session is not None:
            with contextlib.suppress(Exception):
                self._session.client.close()
        self._session = None

    def _with_retries(self, what: str, operation: Callable[[_Session], T]) -> T:
        """Run ``operation``; on a lost connection, reconnect after a backoff and run it again.

        Operations are written to resume, so a retry continues where the last one stopped.
        """
        delay = self.endpoint.backoff
        for attempt in range(self.endpoint.retries + 1):
            try:
                return operation(self._open())
            except BaseException as exc:
                if not _retryable(exc):
                    raise
                self._drop()
                if attempt == self.endpoint.retries:
                    raise TransportError(
                        f"{self.description}: {what} failed after {attempt + 1} attempts "
                        f"({type(exc).__name__}: {_reason(exc, self.endpoint)})"
                    ) from None
                log.warning(
                    "%s: %s interrupted (%s: %s); retrying in %.1fs",
                    self.description,
                    what,
                    type(exc).__name__,
                    _reason(exc, self.endpoint),
                    delay,
                )
                time.sleep(delay)
                delay = min(delay * 2, self.endpoint.max_backoff)
        raise AssertionError("unreachable")

    def close(self) -> None:
        self._drop()

    def _progress(self, count: int) -> None:
        if self.on_bytes is not None:
            self.on_bytes(count)

    def remove_incoming(self, remote: str) -> None:
        path = self._in(remote)

        def remove(sftp: paramiko.SFTPClient, target: str) -> None:
            info = sftp.lstat(target)
            if stat.S_ISDIR(info.st_mode or 0):
                for name in sftp.listdir(target):
                    remove(sftp, f"{target}/{name}")
                sftp.rmdir(target)
            else:
                sftp.remove(target)

        def attempt(session: _Session) -> None:
            with contextlib.suppress(FileNotFoundError):
                remove(session.sftp, path)

        self._with_retries(f"removal of {path}", attempt)

    # --- paths -----------------------------------------------------------------------
    def _out(self, remote: str) -> str:
        return str(PurePosixPath(self.endpoint.inbox) / remote)

    def _in(self, remote: str) -> str:
        return str(PurePosixPath(self.endpoint.outbox) / remote) if remote else self.endpoint.outbox

    @staticmethod
    def _makedirs(sftp: paramiko.SFTPClient, folder: str) -> None:
        path = PurePosixPath(folder)
        for depth in range(1, len(path.parts) + 1):
            current = str(PurePosixPath(*path.parts[:depth]))
            try:
                sftp.stat(current)
            except FileNotFoundError:
                with contextlib.suppress(OSError):
                    sftp.mkdir(current, mode=0o700)

    # --- uploads ---------------------------------------------------------------------
    def upload(self, local: Path, remote: str, sha256: str | None = None) -> None:
        final = self._out(remote)
        part = final + PARTIAL_SUFFIX
        size = local.stat().st_size

        def attempt(session: _Session) -> None:
            sftp = session.sftp
            self._makedirs(sftp, str(PurePosixPath(final).parent))
            offset = self._verified_remote_offset(sftp, part, local, size)
            if offset:
                self.log.resumed_from.append(offset)
            with open(local, "rb") as src, sftp.open(part, "r+b" if offset else "wb") as dst:
                source: Any = src
                hasher = None
                if sha256 is not None:
                    hasher = ChunkHasher(_prefix_digest(src, offset))
                    source = HashedSource(src, hasher)
                src.seek(offset)
                try:
                    pipelined_write(sftp, dst, source, offset, session.write_size, self._progress)
                finally:
                    digest = hasher.close() if hasher is not None else None
            if digest != sha256:
                sftp.remove(part)
                raise IntegrityError(
                    f"{local}: SHA-256 differs from the manifest (changed since the batch was "
                    "made); not sent, make the batch again",
                    path=str(local), expected=sha256, found=digest,
                )  # fmt: skip
            seen = sftp.stat(part).st_size
            if seen != size:
                raise TransportError(f"{self.description}: {part} holds {seen} bytes, sent {size}")
            sftp.posix_rename(part, final)

        self._with_retries(f"upload of {remote}", attempt)

    @staticmethod
    def _verified_remote_offset(
        sftp: paramiko.SFTPClient, part: str, local: Path, size: int
    ) -> int:
        """Where to resume: the remote .part's size, if its last bytes equal ours."""
        try:
            offset = int(sftp.stat(part).st_size or 0)
        except FileNotFoundError:
            return 0
        if offset == 0 or offset > size:
            return 0
        tail = min(offset, TAIL_CHECK_BYTES)
        with open(local, "rb") as src, sftp.open(part, "rb") as remote_file:
            src.seek(offset - tail)
            remote_file.seek(offset - tail)
            if remote_file.read(tail) != src.read(tail):
                return 0
        return offset

    def write_bytes(self, remote: str, data: bytes) -> None:
        final = self._out(remote)
        part = final + PARTIAL_SUFFIX

        def attempt(session: _Session) -> None:
            self._makedirs(session.sftp, str(PurePosixPath(final).parent))
            with session.sftp.open(part, "wb") as dst:
                dst.write(data)
            session.sftp.posix_rename(part, final)

        self._with_retries(f"upload of {remote}", attempt)

    # --- listings and small reads ----------------------------------------------------
    def list_incoming(self, folder: str = "") -> list[str]:
        def attempt(session: _Session) -> list[str]:
            path = self._in(folder)
            try:
                return sorted(session.sftp.listdir(path))
            except FileNotFoundError:
                return []
            except OSError as exc:
                # SFTP v3 has no "not a directory" status: OpenSSH says no such file,
                # gesftpserver a plain failure; both mean the name is not a folder here.
                if exc.errno is None and not stat.S_ISDIR(session.sftp.lstat(path).st_mode or 0):
                    raise NotADirectoryError(errno.ENOTDIR, f"{path} is not a folder") from None
                raise

        return self._with_retries(f"listing of {self._in(folder)}", attempt)

    def read_incoming(self, remote: str, max_bytes: int) -> bytes:
        path = self._in(remote)

        def attempt(session: _Session) -> bytes:
            info = session.sftp.lstat(path)
            if not stat.S_ISREG(info.st_mode or 0):
                raise PathSafetyError(f"{self.description}: {path} is not a regular file")
            if (info.st_size or 0) > max_bytes:
                raise IntegrityError(f"{self.description}: {path} is over {max_bytes} bytes")
            with session.sftp.open(path, "rb") as fh:
                return bytes(fh.read(max_bytes + 1)[:max_bytes])

        return self._with_retries(f"read of {path}", attempt)

    # --- downloads -------------------------------------------------------------------
    def download(
        self, remote: str, local: Path, size: int, sha256: str, sink: StreamSink | None = None
    ) -> None:
        path = self._in(remote)
        local.parent.mkdir(parents=True, exist_ok=True)
        part = local.with_name(local.name + PARTIAL_SUFFIX)

        def attempt(session: _Session) -> str:
            info = session.sftp.lstat(path)
            if not stat.S_ISREG(info.st_mode or 0):
                raise PathSafetyError(f"{self.description}: {path} is not a regular file")
            if info.st_size != size:
                raise IntegrityError(
                    f"{self.description}: {path} is {info.st_size} bytes, the manifest says {size}"
                )
            return self._download_stream(session, path, part, size, sink)

        digest = self._with_retries(f"download of {remote}", attempt)
        _finish_download(part, local, digest, sha256, f"{self.description}: {path}")

    def _download_stream(
        self, session: _Session, path: str, part: Path, size: int, sink: StreamSink | None
    ) -> str:
        """One connection, hashing as it goes (the kept prefix is hashed first on resume).

        With ``sink``, the kept prefix and then every chunk written go to it as well.
        """
        offset = part.stat().st_size if part.exists() else 0
        if offset > size:
            offset = 0
        if offset:
            self.log.resumed_from.append(offset)
        digest = hashlib.sha256()
        if sink is not None:
            sink.restart()
        fd = os.open(part, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            os.ftruncate(fd, offset)
            position = 0
            while position < offset:
                block = os.pread(fd, min(LOCAL_CHUNK, offset - position), position)
                digest.update(block)
                if sink is not None:
                    sink.put(block)
                position += len(block)
            writer = ChunkWriter(fd, position, digest, also=sink.put if sink else None)
            try:
                with session.sftp.open(path, "rb") as remote_file:
                    for chunk in pipelined_read(
                        session.sftp, remote_file, offset, size, session.read_size
                    ):
                        writer.put(chunk)
                        self._progress(len(chunk))
            finally:
                writer.close()
            os.fsync(fd)
        finally:
            os.close(fd)
        return digest.hexdigest()


def _prefix_digest(src: Any, end: int) -> Any:
    """SHA-256 state over the first ``end`` bytes of ``src`` (what a resumed upload kept)."""
    digest = hashlib.sha256()
    src.seek(0)
    while src.tell() < end:
        block = src.read(min(LOCAL_CHUNK, end - src.tell()))
        if not block:
            break
        digest.update(block)
    return digest


def _finish_download(part: Path, local: Path, digest: str, sha256: str, source: str) -> None:
    """Rename the finished .part only once its SHA-256 matches the manifest's."""
    if digest != sha256:
        part.unlink(missing_ok=True)
        raise IntegrityError(f"{source}: SHA-256 differs from the manifest (altered or truncated)")
    os.replace(part, local)
