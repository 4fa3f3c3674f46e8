"""The README documents every setting the code reads, and keeps the two set-up commands."""

import re
from pathlib import Path

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
