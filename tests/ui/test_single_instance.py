"""A second launch hands its files to the first; a crash's leftover socket does not block a start."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from posse_desktop.ui.file_open_events import FileOpenEventFilter
from posse_desktop.ui.single_instance import SingleInstance

unix_only = pytest.mark.skipif(sys.platform == "win32", reason="socket files exist on Unix only")


@pytest.fixture
def name(tmp_path):
    return SingleInstance.server_name_for(tmp_path / "posse.db")


@pytest.fixture
def first(qtbot, name):
    instance = SingleInstance(name)
    assert instance.listen()
    yield instance
    instance.close()


def test_the_name_depends_on_the_database_file(tmp_path):
    one = SingleInstance.server_name_for(tmp_path / "a.db")
    assert one == SingleInstance.server_name_for(tmp_path / "x" / ".." / "a.db")
    assert one != SingleInstance.server_name_for(tmp_path / "sample.db")
    assert "org.posse.Posse" in one


def test_nobody_to_forward_to_when_nothing_runs(qtbot, name):
    assert SingleInstance(name).try_forward(["a.vcf"], timeout_ms=300) is False


def test_second_instance_forwards_its_files_to_the_first(qtbot, first, name, tmp_path):
    second = SingleInstance(name)
    with (
        qtbot.waitSignal(first.files_received, timeout=3000) as received,
        qtbot.waitSignal(first.activation_requested, timeout=3000),
    ):
        assert second.try_forward([str(tmp_path / "phone.vcf"), "relative.vcf"]) is True
    assert received.args == [[str(tmp_path / "phone.vcf"), os.path.abspath("relative.vcf")]]
    assert second.listen() is False  # the first one is alive: no stealing its socket


def test_a_bare_launch_only_raises_the_window(qtbot, first, name):
    with qtbot.assertNotEmitted(first.files_received, wait=200):  # noqa: SIM117
        with qtbot.waitSignal(first.activation_requested, timeout=3000):
            assert SingleInstance(name).try_forward([]) is True


def test_garbage_on_the_socket_is_ignored(qtbot, first, name):
    probe = QLocalSocket()
    probe.connectToServer(name)
    assert probe.waitForConnected(1000)
    with qtbot.assertNotEmitted(first.activation_requested, wait=300):
        probe.write(b"{not json\n")
        probe.flush()
    probe.abort()
    with qtbot.waitSignal(first.files_received, timeout=3000) as received:
        assert SingleInstance(name).try_forward(["/x/after.vcf"])
    assert received.args == [["/x/after.vcf"]]


CHILD = textwrap.dedent(
    """
    import sys
    from PySide6.QtCore import QCoreApplication
    from posse_desktop.ui.single_instance import SingleInstance
    app = QCoreApplication(sys.argv)
    forwarded = SingleInstance(sys.argv[1]).try_forward(sys.argv[2:], timeout_ms=5000)
    sys.exit(0 if forwarded else 3)
    """
)


def test_a_real_second_process_forwards_its_file(qtbot, first, name, tmp_path):
    card = tmp_path / "from the dock.vcf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(first.files_received, timeout=15000) as received:
        child = subprocess.Popen([sys.executable, "-c", CHILD, name, str(card)], env=env)
    qtbot.waitUntil(lambda: child.poll() is not None, timeout=15000)
    assert child.returncode == 0
    assert received.args == [[str(card)]]


def test_a_real_second_process_starts_normally_when_nothing_runs(name):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", CHILD, name, "x.vcf"], env=env, timeout=30)
    assert result.returncode == 3


def leave_stale_socket(path: str) -> None:
    """What a crashed instance leaves behind: a socket file nobody accepts on."""
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.bind(path)
    sock.close()


@unix_only
def test_a_stale_socket_from_a_crash_is_cleaned_up(qtbot, tmp_path):
    name = str(tmp_path / "posse.sock")
    leave_stale_socket(name)
    plain = QLocalServer()
    assert not plain.listen(name), "the stale file should block a naive listen()"

    instance = SingleInstance(name)
    assert instance.try_forward(["a.vcf"], timeout_ms=300) is False
    assert instance.listen() is True
    with qtbot.waitSignal(instance.files_received, timeout=3000) as received:
        assert SingleInstance(name).try_forward(["/x/a.vcf"])
    assert received.args == [["/x/a.vcf"]]
    instance.close()


@unix_only
def test_the_socket_is_private_to_the_user(first):
    path = Path(first.server_path())
    assert path.exists()
    assert path.stat().st_mode & 0o077 == 0


def test_file_open_events_before_the_window_are_held_then_delivered(qtbot):
    app = QCoreApplication.instance()
    catcher = FileOpenEventFilter()
    app.installEventFilter(catcher)
    try:
        QCoreApplication.sendEvent(app, QFileOpenEvent("/cards/early.vcf"))
        assert catcher.pending == ["/cards/early.vcf"]
        opened: list[list[str]] = []
        catcher.deliver_to(opened.append)
        assert opened == [["/cards/early.vcf"]]
        with qtbot.waitSignal(catcher.files_opened) as later:
            QCoreApplication.sendEvent(app, QFileOpenEvent(QUrl.fromLocalFile("/cards/late.vcf")))
        assert later.args == [["/cards/late.vcf"]]
        assert opened[-1] == ["/cards/late.vcf"]
    finally:
        app.removeEventFilter(catcher)


def test_only_one_launch_claims_a_database_until_it_lets_go(name):
    first, second = SingleInstance(name), SingleInstance(name)
    assert first.claim() is True
    assert first.claim() is True  # asking again keeps the claim
    assert second.claim() is False
    first.close()
    assert second.claim() is True
    second.close()


HOLDER = textwrap.dedent(
    """
    import os, sys, time
    from PySide6.QtCore import QCoreApplication
    from posse_desktop.ui.single_instance import SingleInstance
    app = QCoreApplication(sys.argv)
    instance = SingleInstance(sys.argv[1])
    assert instance.claim()
    print("claimed", flush=True)
    if sys.argv[2] == "crash":
        os._exit(9)  # no clean-up: the lock file stays behind, its owner gone
    time.sleep(0.6)  # still starting: its window is not up, nobody listens yet
    instance.listen()
    instance.files_received.connect(lambda files: (print(*files, flush=True), app.quit()))
    sys.exit(app.exec())
    """
)


def _holder(name: str, mode: str) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, name, mode], env=env, stdout=subprocess.PIPE, text=True
    )
    assert child.stdout.readline().strip() == "claimed"
    return child


def test_a_lock_left_by_a_crash_is_taken_over(name):
    crashed = _holder(name, "crash")
    crashed.communicate(timeout=15)
    instance = SingleInstance(name)
    assert instance.claim() is True
    instance.close()


def test_a_launch_waits_for_a_first_posse_that_is_still_starting(name):
    starting = _holder(name, "serve")
    second = SingleInstance(name)
    assert second.claim() is False
    assert second.try_forward(["/cards/early.vcf"], timeout_ms=10_000, wait_for_listener=True)
    out, _ = starting.communicate(timeout=15)
    assert out.strip() == "/cards/early.vcf"


def test_without_a_lock_holder_a_missing_socket_is_not_waited_for(name):
    started = time.perf_counter()
    assert SingleInstance(name).try_forward(["a.vcf"], timeout_ms=5000) is False
    assert time.perf_counter() - started < 2
