"""One build at a time per output folder.

A build holds an exclusive `flock` on OUT/.graphx-lock for its whole run, so graph.json
and graph.html always come from the same build. The kernel drops the lock when its
process dies, however it dies; the pid written into the file then names a process that is
gone, and the next build takes the folder over with a warning.
"""
from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path

from graphx.errors import OutputError

LOCK_FILE = ".graphx-lock"


class OutputLock:
    def __init__(self, out_dir: str | Path):
        self.path = Path(out_dir) / LOCK_FILE
        self.fd: int | None = None
        self.warning: str | None = None     # set when a killed build's lock was taken over

    def acquire(self, wait: bool = False, poll: float = 0.2) -> "OutputLock":
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            while True:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                    break
                except BlockingIOError:
                    if not wait:
                        holder = _holder(fd)
                        who = f" (pid {holder})" if holder else ""
                        raise OutputError(f"another graphx build is writing to {self.path.parent}{who}; "
                                          "wait for it, or use --wait") from None
                    time.sleep(poll)
            previous = _read_pid(fd)
            if previous and previous != os.getpid() and not _alive(previous):
                self.warning = (f"took over {self.path.parent} from a build that did not finish "
                                f"(pid {previous} is gone)")
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is None:
            return
        try:
            os.ftruncate(self.fd, 0)     # a clean finish leaves no pid behind
        finally:
            os.close(self.fd)            # closing drops the flock
            self.fd = None

    def __enter__(self) -> "OutputLock":
        return self if self.fd is not None else self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()


def _holder(fd: int, patience: float = 1.0) -> int | None:
    """The pid of the build holding the lock; it writes it just after taking the lock, so a
    build that lost the race by a moment waits that moment for it."""
    deadline = time.monotonic() + patience
    while (pid := _read_pid(fd)) is None and time.monotonic() < deadline:
        time.sleep(0.02)
    return pid


def _read_pid(fd: int) -> int | None:
    try:
        text = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return int(text) if text.isdigit() else None
    except OSError:
        return None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
