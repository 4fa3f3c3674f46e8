"""The README documents every setting the code reads, keeps the two set-up commands, and its
examples run as written (under PORT=...)."""

import io
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parent.parent


def test_every_environment_setting_is_in_the_readme():
    source = (ROOT / "radicpro" / "settings" / "base.py").read_text()
    names = set(re.findall(r'env(?:\.\w+)?\(\s*"([A-Z0-9_]+)"', source))
    assert len(names) > 30  # the pattern still finds the settings
    readme = (ROOT / "README.md").read_text()
    missing = sorted(name for name in names if f"`{name}`" not in readme)
    assert missing == [], f"settings missing from README.md: {missing}"


def test_readme_shows_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text()
    assert "make run" in readme and "make test" in readme


def readme_examples(language: str) -> list[str]:
    """The README's code blocks in `language` that talk to a running server (they use PORT)."""
    readme = (ROOT / "README.md").read_text()
    blocks = re.findall(rf"^```{language}\n(.*?)^```", readme, re.S | re.M)
    return [block for block in blocks if "PORT" in block]


@pytest.mark.django_db(transaction=True)
def test_the_readme_examples_run_as_written_under_port(live_server):
    """Every shell and Python example of the README, verbatim, against a server on another
    port than 8000 (PORT set as `PORT=... make run` would), with the demo data loaded."""
    call_command("load_demo", stdout=io.StringIO())
    port = urlsplit(live_server.url).port
    assert port != 8000
    env = {**os.environ, "PORT": str(port),
           "PYTHONPATH": str(ROOT / "clients" / "python")}  # as `pip install ./clients/python`
    shell, python = readme_examples("sh"), readme_examples("python")
    assert len(shell) >= 2 and len(python) >= 1
    outputs = []
    for command in [["bash", "-euo", "pipefail", "-c", block] for block in shell] + [
            [sys.executable, "-c", block] for block in python]:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300,
                              cwd=tempfile.gettempdir(), check=False)  # noqa: S603
        assert done.returncode == 0, f"{command[-1]}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
        outputs.append(done.stdout)
    assert json.loads(outputs[0])["data"]["email"] == "demo@radicpro.local"  # /v1/auth/me
    assert json.loads(outputs[1])["data"]["key"].startswith("rp_live_")  # shown once
    designs, export = outputs[2].splitlines()
    assert designs.endswith(" designs") and int(designs.split()[0]) >= 1
    width, height, size, _ = export.split()
    assert (width, height) == ("2160", "2160") and int(size) > 1000
