"""The organisation's report as a page: both languages, plain text escaped, drawn by Chromium."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from tests.chromium import CHROMIUM, MISSING, screenshot
from tests.test_export_support import png_pixels, run_session, survey
from tests.test_org_report import cli, people, recheck
from workshop.store.rechecks import save_recheck


@pytest.fixture
def organisation(library, tmp_path) -> tuple[Path, Path]:
    """A data folder with three groups, and a bundle holding one of its sessions again."""
    data = tmp_path / "<img src=x onerror=alert(1)>"
    survey(data, "sales", people(4, 2))
    survey(data, "it", people(6, 1))
    survey(data, "hr", people(1, 2))  # too few: hidden, and the next-smallest with it
    run_session(library, data, "sales", {"test-length": [2, 2, 2, 1, 1, 1]})
    run_session(library, data, "it", {"test-length": [2, 2, 2, 2, 1]})
    save_recheck(data, "sales", "2026-W50", recheck(5, 1))
    copy = tmp_path / "laptop-2"
    copy.mkdir()
    for path in data.glob("*-sales-*.json"):
        shutil.copy(path, copy / path.name)
    bundle = tmp_path / "sales.json"
    assert cli_ok("bundle", "--all", "-o", str(bundle), "--data", str(copy))
    return data, bundle


def cli_ok(*args: str) -> bool:
    from workshop.cli import main

    return main([*args, "--modules", str(Path(__file__).parent / "content")]) == 0


def test_the_page_in_both_languages_escaped_and_offline(organisation, isolated, capsys, tmp_path):
    data, bundle = organisation
    page = tmp_path / "report.html"
    code, out, err = cli(capsys, "report", "--org", str(data), str(bundle), "-o", str(page))
    assert (code, err) == (0, "")
    assert out.strip() == "Written: report.html"
    html = page.read_text("utf-8")
    assert "Where the organisation is weakest" in html
    assert "arrived 2 times" in html and "counted once" in html
    assert "too few answers to show anonymously" in html  # hr
    assert "hidden too, so that a smaller group cannot be worked out" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script" not in html and "<link" not in html
    assert not re.search(r"(src|href)=\"?https?:", html)  # nothing from the internet
    assert "<svg" in html and "2026-W50" in html
    code, out, err = cli(capsys, "--lang", "nl", "report", "--org", str(data), str(bundle))
    assert (code, err) == (0, "")
    default = isolated / "exports" / "org-report.html"  # in the data folder, as exports
    assert out.strip().startswith("Geschreven:") and default.is_file()
    dutch = default.read_text("utf-8")
    assert "Waar de organisatie het zwakst is" in dutch and "één keer geteld" in dutch
    assert "te weinig antwoorden om anoniem te tonen" in dutch


def test_a_refused_bundle_writes_no_page(organisation, isolated, capsys, tmp_path):
    data, bundle = organisation
    bundle.write_text(bundle.read_text("utf-8").replace('"finished": true', '"finished": false'))
    page = tmp_path / "report.html"
    code, out, err = cli(capsys, "report", "--org", str(data), str(bundle), "-o", str(page))
    assert code == 1 and out == "" and not page.exists()
    assert str(bundle) in err and "checksum" in err
    code, _, _ = cli(capsys, "report", "--org", str(data), str(bundle))
    assert code == 1 and not (isolated / "exports").exists()


@pytest.mark.skipif(CHROMIUM is None, reason=MISSING)
def test_headless_chromium_draws_the_org_report(organisation, capsys, tmp_path):
    data, bundle = organisation
    page = tmp_path / "report.html"
    code, _, err = cli(capsys, "report", "--org", str(data), str(bundle), "-o", str(page))
    assert code == 0, err
    png = tmp_path / "org-report.png"
    screenshot(page.resolve().as_uri(), png, tmp_path / "profile", 1000, 1500)
    width, height, colours = png_pixels(png)
    assert (width, height) == (1000, 1500)
    assert len(colours) > 1  # not blank: text, bars and borders in several colours
    assert bytes((0x1F, 0x4E, 0x79)) in {colour[:3] for colour in colours}  # the session bars
