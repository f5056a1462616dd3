"""Output into a pipe whose reader has gone (`| head`, `| grep -q`) ends quietly."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys

import pytest

COMMANDS = [
    ("survey", "questions", "--json"),
    ("survey", "questions"),
    ("plan", "--group", "sales", "--json"),
    ("plan", "--group", "sales"),
    ("sessions", "list"),
    ("scores", "--json"),
    ("modules", "list"),
    ("modules", "schema"),
    ("count", "Hello"),
    ("--help",),
]


def workshop(*args: str) -> list[str]:
    return [sys.executable, "-m", "workshop", *args]


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_a_reader_that_is_gone_before_the_output_ends_it_quietly(args):
    """The pipe is closed before the command has printed a byte: every write to it fails."""
    command = subprocess.Popen(
        workshop(*args), stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=os.environ
    )
    assert command.stdout is not None and command.stderr is not None
    command.stdout.close()
    error = command.stderr.read().decode()
    code = command.wait(timeout=120)
    assert "Traceback" not in error and "BrokenPipeError" not in error
    assert error == ""
    assert code in (0, 1)  # 1 as Python advises; argparse's help already ignores the pipe


def test_head_after_the_first_line_is_quiet():
    """The README's case, through a shell: `workshop survey questions --json | head -1`."""
    line = shlex.join(workshop("survey", "questions", "--json")) + " | head -1"
    result = subprocess.run(
        ["sh", "-c", line], capture_output=True, text=True, env=os.environ, timeout=120
    )
    assert result.returncode == 0
    assert result.stdout == "[\n"
    assert "Traceback" not in result.stderr and result.stderr == ""
