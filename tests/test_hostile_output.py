"""Output paths and streams: a device, FIFO or stream is written in place, a symlink's target is replaced, a
failed write to stdout is one line and exit 2, and the temporary files of a killed writer are cleaned up."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimcheck.cache import ExtractionCache
from claimcheck.cli import app
from claimcheck.errors import OutputError, sigterm_as_interrupt
from claimcheck.ledger import claims_to_jsonl, temp_prefix, write_text_atomic
from claimcheck.types import Article, Claim, ModelInfo, Quantity

SRC = Path(__file__).resolve().parent.parent / "src"


def _claim(source: str, n: int) -> Claim:
    text = f"Police said {n} people were hurt."
    return Claim(
        id=f"{source}:count:12-{12 + len(str(n))}",
        source=source,
        kind="count",
        text=str(n),
        start=12,
        end=12 + len(str(n)),
        sentence=text,
        sentence_start=0,
        sentence_end=len(text),
        value=Quantity.exact(n),
        counted="person",
    )


@pytest.fixture
def claims_file(tmp_path: Path) -> Path:
    p = tmp_path / "claims.jsonl"
    p.write_text("".join(claims_to_jsonl([_claim("a", 12), _claim("b", 13)])), encoding="utf-8")
    return p


def _reconcile(claims_file: Path, out: Path | str) -> tuple[int, str]:
    r = CliRunner().invoke(app, ["reconcile", str(claims_file), "--json", str(out)], env={"NO_COLOR": "1"})
    return r.exit_code, r.stderr


def test_json_into_a_fifo_writes_into_it_and_keeps_the_fifo(claims_file: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()))
    reader.start()
    code, err = _reconcile(claims_file, fifo)
    reader.join(timeout=60)
    assert code == 0, err
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert got and got[0].startswith(b"{\n") and b'"claims"' in got[0]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making a device node needs root")
def test_json_into_a_device_writes_into_it_and_keeps_the_device(claims_file: Path, tmp_path: Path) -> None:
    dev = tmp_path / "null"
    os.mknod(dev, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a null device of our own, never /dev/null itself
    code, err = _reconcile(claims_file, dev)
    assert code == 0, err
    assert stat.S_ISCHR(dev.lstat().st_mode)


def test_json_through_a_symlink_replaces_its_target_and_keeps_the_link(claims_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "real.json"
    target.write_text("old", encoding="utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(target.name)
    code, err = _reconcile(claims_file, link)
    assert code == 0, err
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith("{\n")


def test_json_through_a_dangling_symlink_writes_the_file_it_names(claims_file: Path, tmp_path: Path) -> None:
    link = tmp_path / "link.json"
    link.symlink_to("new.json")
    code, err = _reconcile(claims_file, link)
    assert code == 0, err
    assert link.is_symlink()
    assert (tmp_path / "new.json").read_text(encoding="utf-8").startswith("{\n")


def test_json_into_a_symlink_loop_is_one_line_and_exit_2(claims_file: Path, tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    code, err = _reconcile(claims_file, tmp_path / "a")
    assert code == 2
    assert err.count("\n") == 1 and "loop" in err
    assert (tmp_path / "a").is_symlink() and (tmp_path / "b").is_symlink()


def _run(args: list[str], stdout: int | object) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "claimcheck", *args], stdout=stdout, stderr=subprocess.PIPE, env=env, timeout=120
    )


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize("json_out", [["--json", "-"], []], ids=["ledger", "report"])
def test_stdout_on_a_full_device_is_one_line_and_exit_2(claims_file: Path, json_out: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        r = _run(["reconcile", str(claims_file), *json_out], full)
    err = r.stderr.decode()
    assert r.returncode == 2, err
    assert err.count("\n") == 1 and err.startswith("error: ") and "No space left" in err, err


def test_stdout_into_a_closed_pipe_is_one_line_and_exit_2(claims_file: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    p = subprocess.Popen(
        [sys.executable, "-m", "claimcheck", "reconcile", str(claims_file), "--json", "-"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()  # long before the interpreter has started and written anything
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 2, err
    assert err.count("\n") == 1 and "Broken pipe" in err, err


def _dead_pid() -> int:
    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    return p.pid


@pytest.mark.skipif(os.name != "posix", reason="liveness of a writer is asked with signal 0")
def test_a_killed_writers_temporary_file_is_removed_by_the_next_write(claims_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "ledger.json"
    stale = tmp_path / f".ledger.json.{_dead_pid()}.abcd1234.tmp"
    stale.write_text("half a ledger", encoding="utf-8")
    live_writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f".ledger.json.{live_writer.pid}.abcd1234.tmp"
        live.write_text("another writer's half", encoding="utf-8")
        other = tmp_path / f".other.json.{_dead_pid()}.abcd1234.tmp"
        other.write_text("another file's", encoding="utf-8")
        code, err = _reconcile(claims_file, out)
        assert code == 0, err
        assert not stale.exists()
        assert live.exists() and other.exists()
    finally:
        live_writer.kill()
        live_writer.wait()


@pytest.mark.skipif(os.name != "posix", reason="liveness of a writer is asked with signal 0")
def test_a_killed_writers_cache_temporary_file_is_removed_by_the_next_put(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    art = Article(id="a", path="a.txt", text="x", sha256="0" * 64)
    model = ModelInfo("m", "1")
    cache.put(art, model, (_claim("a", 12),))
    folder = next((tmp_path / "extract-v2").iterdir())
    stale = folder / f".{'f' * 64}.json.{_dead_pid()}.abcd1234.tmp"
    stale.write_text("[", encoding="utf-8")
    ExtractionCache(tmp_path).put(art, model, (_claim("a", 12),))
    assert not stale.exists()
    assert not list(folder.glob("*.tmp"))


def test_sigterm_interrupts_a_write_and_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "ledger.json"
    out.write_text("old ledger", encoding="utf-8")

    def chunks() -> Iterator[str]:
        yield "{"
        os.kill(os.getpid(), signal.SIGTERM)
        yield "}"

    with pytest.raises(KeyboardInterrupt), sigterm_as_interrupt():
        write_text_atomic(out, chunks())
    assert out.read_text(encoding="utf-8") == "old ledger"
    assert not list(tmp_path.glob(".*.tmp"))
    assert signal.getsignal(signal.SIGTERM) is signal.SIG_DFL or callable(signal.getsignal(signal.SIGTERM))


def test_temporary_names_carry_the_writers_pid() -> None:
    assert temp_prefix("ledger.json") == f".ledger.json.{os.getpid()}."


def test_write_error_on_a_stream_is_an_output_error(tmp_path: Path) -> None:
    class Full:
        def write(self, s: str) -> int:
            raise OSError(28, "No space left on device")

        def flush(self) -> None:
            pass

    from claimcheck.ledger import write_stream

    with pytest.raises(OutputError, match="No space left"):
        write_stream(Full(), ["x"], "somewhere")  # type: ignore[arg-type]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_an_error_with_stderr_on_a_full_device_still_exits_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("[]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    with open("/dev/full", "wb") as full:
        r = subprocess.run(
            [sys.executable, "-m", "claimcheck", "reconcile", str(bad)], stdout=full, stderr=full, env=env, timeout=120
        )
    assert r.returncode == 2


def test_a_full_cache_disk_leaves_no_temporary_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import json as json_module

    def full(*args: object, **kw: object) -> None:
        raise OSError(28, "No space left on device")

    cache = ExtractionCache(tmp_path)
    art = Article(id="a", path="a.txt", text="x", sha256="0" * 64)
    monkeypatch.setattr(json_module, "dump", full)
    cache.put(art, ModelInfo("m", "1"), (_claim("a", 12),))  # skipped silently
    assert not list(tmp_path.rglob("*.tmp"))
    assert cache.get(art, ModelInfo("m", "1")) is None


def test_a_value_json_cannot_hold_is_not_cached_and_leaves_no_temporary_file(tmp_path: Path) -> None:
    cache = ExtractionCache(tmp_path)
    art = Article(id="a", path="a.txt", text="x", sha256="0" * 64)
    bad = Claim(**{**{f: getattr(_claim("a", 1), f) for f in Claim.__slots__}, "value": Quantity.exact(float("nan"))})
    cache.put(art, ModelInfo("m", "1"), (bad,))
    assert not list(tmp_path.rglob("*.tmp"))
    assert cache.get(art, ModelInfo("m", "1")) is None
