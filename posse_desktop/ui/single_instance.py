"""One running Posse per user and database; files opened from the desktop reach that one.

Which launch is first is decided by a lock file (QLockFile: one owner, and a crashed owner's lock
is taken over). A second launch (double-clicking a .vcf while Posse runs) connects to the first
over a local socket, sends its file list as one JSON line, waits briefly for an "ok" and exits; the
first opens the files and raises its window. On macOS files arrive as QFileOpenEvent instead, at
launch too (ui/file_open_events.py).

The first launch needs no socket until its window is up, so QtNetwork (about 6 ms and 3 MB) is
imported only then, or at once by a second launch.

Wire-up (in app.py, after QApplication exists, before the main window)::

    instance = SingleInstance(SingleInstance.server_name_for(db_file))
    if not instance.claim() and instance.try_forward(files, wait_for_listener=True):
        return 0                       # the running Posse has them (or will, once it listens)
    ...                                # show the window; after its first paint:
    instance.listen()
    instance.files_received.connect(window.open_files)
    instance.activation_requested.connect(lambda: raise_window(window))
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QByteArray,
    QLockFile,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from posse_desktop import APP_ID

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

PROTOCOL_VERSION = 1
RETRY_MS = 50  # a second launch polls this often for a first one that is still starting
MAX_MESSAGE_BYTES = 1 << 20  # a million bytes of paths is a bug or an attack, not a launch
ACK = b"ok\n"


def _abs(path: str) -> str:
    """Absolute path, so the first instance (with another working dir) finds the file."""
    if "://" in path:  # a URL stays a URL; the receiver decides what to do with it
        return path
    return os.path.abspath(os.path.expanduser(path))


class SingleInstance(QObject):
    """The local-socket handshake between the first Posse and later launches.

    Signals:
        files_received(list[str]): absolute paths a later launch asked to open (maybe empty: the
            launch only wants the window raised; activation_requested is emitted as well).
        activation_requested(): a later launch happened; raise the main window.
    """

    files_received = Signal(list)
    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytearray] = {}
        self._lock: QLockFile | None = None

    @staticmethod
    def server_name_for(db_file: str | os.PathLike[str]) -> str:
        """A socket name unique to this user and database file.

        Two databases can be open at once (the sample network is its own file); the same file
        cannot. On Linux the socket lives in $XDG_RUNTIME_DIR (per user, emptied at logout);
        elsewhere Qt puts it in the per-user temp dir or names a Windows pipe.
        """
        resolved = str(Path(db_file).expanduser().resolve())
        digest = hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:16]
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no passwd entry, e.g. in some containers
            user = str(os.getuid()) if hasattr(os, "getuid") else "user"
        user = re.sub(r"[^A-Za-z0-9_.-]", "_", user)[:32]
        name = f"{APP_ID}-{user}-{digest}"
        runtime = os.environ.get("XDG_RUNTIME_DIR")
        if sys.platform.startswith("linux") and runtime and os.path.isdir(runtime):
            return os.path.join(runtime, name)
        return name

    # -- who is first ---------------------------------------------------------------------------

    def claim(self) -> bool:
        """Become the first Posse on this database: True, or False when a live one already is.

        The lock file sits beside the socket. A lock whose owner died (a crash) is stale and
        taken over; a live owner's lock never goes stale, however long it has been running.
        """
        if self._lock is None:
            base = self.name
            if not os.path.isabs(base):  # where Qt puts a named socket (not on Linux: see above)
                from PySide6.QtCore import QDir

                base = os.path.join(QDir.tempPath(), base)
            self._lock = QLockFile(f"{base}.lock")
            self._lock.setStaleLockTime(0)  # stale only when its owner is gone, not by age
        return self._lock.isLocked() or self._lock.tryLock(0)

    # -- the second launch --------------------------------------------------------------------

    def try_forward(
        self, files: Iterable[str] = (), timeout_ms: int = 2000, *, wait_for_listener: bool = False
    ) -> bool:
        """Hand ``files`` to a running instance. True: it has them and this launch should exit.

        False when nobody listens (none running, or a stale socket left by a crash). With
        ``wait_for_listener`` (another launch holds the lock, so it is starting or running) a
        missing socket is retried until ``timeout_ms``: the first Posse listens once its window
        is up. Waiting for the reply spins a local event loop, so a server in this same process
        still answers.
        """
        from PySide6.QtCore import QDeadlineTimer, QThread
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        deadline = QDeadlineTimer(timeout_ms)
        while True:
            socket.connectToServer(self.name)
            if socket.waitForConnected(deadline.remainingTime()):
                break
            if not wait_for_listener or deadline.hasExpired():
                log.debug("no running instance at %s: %s", self.name, socket.errorString())
                return False
            QThread.msleep(RETRY_MS)
        message = {"version": PROTOCOL_VERSION, "files": [_abs(f) for f in files]}
        socket.write(QByteArray(json.dumps(message).encode("utf-8") + b"\n"))
        socket.flush()
        if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
            return False
        if not self._wait_for_ack(socket, max(deadline.remainingTime(), 500)):
            # It accepted the connection and has the bytes; a busy instance answers late. Opening
            # a second window on the same database would be worse than a slow first one.
            log.warning(
                "running instance at %s did not confirm within %d ms", self.name, timeout_ms
            )
        socket.disconnectFromServer()
        return True

    @staticmethod
    def _wait_for_ack(socket: QLocalSocket, timeout_ms: int) -> bool:
        from PySide6.QtCore import QEventLoop
        from PySide6.QtNetwork import QLocalSocket

        if socket.bytesAvailable() < len(ACK):
            loop = QEventLoop()
            timer = QTimer(singleShot=True, interval=timeout_ms)
            timer.timeout.connect(loop.quit)
            socket.readyRead.connect(loop.quit)
            socket.disconnected.connect(loop.quit)
            timer.start()
            while socket.bytesAvailable() < len(ACK) and timer.isActive():
                if socket.state() != QLocalSocket.LocalSocketState.ConnectedState:
                    break
                loop.exec()
            timer.stop()
        return bytes(socket.read(len(ACK)).data()) == ACK

    # -- the first instance -------------------------------------------------------------------

    def listen(self) -> bool:
        """Become the instance others forward to. False if another one already is (or no socket).

        A socket file left by a crashed Posse answers no one; it is removed before listening.
        (The check comes first because with UserAccessOption Qt renames its new socket over an
        existing file, which would silently steal a live instance's name.)
        """
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None:
            return True
        if self._someone_answers():
            return False
        if QLocalServer.removeServer(self.name):
            log.debug("no live instance at %s; any stale socket removed", self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return False
        server.newConnection.connect(self._accept)
        self._server = server
        return True

    def is_listening(self) -> bool:
        return self._server is not None and self._server.isListening()

    def server_path(self) -> str:
        """The socket file (or pipe) actually in use; empty when not listening."""
        return self._server.fullServerName() if self._server is not None else ""

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()

    def _someone_answers(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = probe.waitForConnected(500)
        probe.abort()
        return alive

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._buffers[socket] = bytearray()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            self._read(socket)  # bytes may have arrived before the signals were connected

    def _read(self, socket: QLocalSocket) -> None:
        buffer = self._buffers.get(socket)
        if buffer is None:
            return
        buffer += bytes(socket.readAll().data())
        if len(buffer) > MAX_MESSAGE_BYTES:
            log.warning("dropping an oversized message on %s", self.name)
            self._forget(socket)
            return
        if b"\n" not in buffer:
            return
        line = bytes(buffer[: buffer.index(b"\n")])
        del self._buffers[socket]
        files = self._parse(line)
        if files is None:
            socket.abort()
            socket.deleteLater()
            return
        socket.write(QByteArray(ACK))
        socket.flush()
        socket.disconnectFromServer()
        if files:
            self.files_received.emit(files)
        self.activation_requested.emit()

    def _forget(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            socket.abort()
        socket.deleteLater()

    def _parse(self, line: bytes) -> list[str] | None:
        try:
            message = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            log.warning("ignoring a malformed message on %s", self.name)
            return None
        files = message.get("files") if isinstance(message, dict) else None
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            log.warning("ignoring a message without a file list on %s", self.name)
            return None
        return files


def raise_window(window) -> None:
    """Bring ``window`` (a QWidget) to the front: un-minimise, raise, ask for focus."""
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
