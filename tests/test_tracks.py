"""Group tracks (modules/tracks.yaml): the order of a group's own modules, checked like content.

A trainer edits the file by hand: each mistake is one line naming file:line:col and a sentence,
the command ends with a non-zero exit, never a traceback.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from workshop.cli import main
from workshop.content import ContentError, load_library
from workshop.content.cache import cache_key, read_cached
from workshop.content.files import builtin_modules_dir
from workshop.planner import default_plan


def write_tracks(tmp_path: Path, text: str) -> Path:
    """A trainer's content folder holding only `text` as its tracks.yaml."""
    folder = tmp_path / "own"
    folder.mkdir(exist_ok=True)
    (folder / "tracks.yaml").write_text(text, encoding="utf-8")
    return folder


def test_the_shipped_tracks_name_modules_for_their_groups():
    library = load_library()
    assert set(library.tracks) == {"sales", "it", "hr", "management"}
    for group, track in library.tracks.items():
        assert track and all(library.modules[m].for_group(group) for m in track)


def test_sales_gets_its_linkedin_profile_before_instagram():
    library = load_library()
    track = library.tracks["sales"]
    assert track.index("linkedin-profile") < track.index("instagram-basics")
    plan = default_plan(library, "sales", 600, "en")
    planned = [p.id for p in plan.modules]
    assert planned.index("linkedin-profile") < planned.index("instagram-basics")


@pytest.mark.parametrize(
    ("text", "line", "column", "words"),
    [
        ("sales:\n  - linkedin-profile\n  - linkedin-profiel\n", 3, 5,
         "there is no module “linkedin-profiel” (did you mean “linkedin-profile”?)"),
        ("sales:\n  - linkedin-profile\nsalse:\n  - x-basics\n", 3, 1,
         "no module is meant for the group “salse”; the groups are "),
        ("sales:\n  - linkedin-profile\nhr: linkedin-profile\n", 3, 5,
         "the track of “hr” should be a list of module ids"),
        ("it:\n", 1, 4, "the track of “it” should be a list of module ids"),
        ("sales:\n  - x-basics\n  - linkedin-profile\n  - x-basics\n", 4, 5,
         "module “x-basics” is already in the track of “sales”"),
        ("sales:\n  - employer-branding\n", 2, 5,
         "module “employer-branding” is not meant for “sales” (its audience: hr, management)"),
        ("sales:\n  - 42\n", 2, 5, "“42” is not a module id"),
        ("- sales\n- linkedin-profile\n", 1, 1, "tracks.yaml should list the modules per group"),
        ("sales: [x-basics\n", 2, 1, "not valid YAML"),
    ],
)  # fmt: skip
def test_a_mistake_in_tracks_yaml_is_one_line_at_its_place(
    tmp_path, capsys, text, line, column, words
):
    own = write_tracks(tmp_path, text)
    path = own / "tracks.yaml"
    for command in (
        ["plan", "--group", "sales", "--modules", str(own)],
        ["modules", "validate", "--modules", str(own)],
        ["modules", "validate", str(path)],
    ):
        code = main(command)
        out, err = capsys.readouterr()
        assert code == 1, command
        problems = [entry for entry in (out + err).splitlines() if entry.startswith(f"{path}:")]
        assert problems == [f"{path}:{line}:{column}: {problems[0].split(': ', 1)[1]}"]
        assert words in problems[0], problems


def test_every_mistake_is_reported_not_just_the_first(tmp_path):
    own = write_tracks(tmp_path, "salse:\n  - x-basics\nsales:\n  - nope\n  - x-basics\n")
    with pytest.raises(ContentError) as raised:
        load_library([own])
    places = [(p.line, p.column) for p in raised.value.problems]
    assert places == [(1, 1), (4, 5)]


def test_a_broken_module_in_a_track_is_reported_once_in_its_own_file(tmp_path):
    own = write_tracks(tmp_path, "sales:\n  - test-quiz\n")
    module = (Path(__file__).parent / "content" / "test-quiz.yaml").read_text(encoding="utf-8")
    (own / "test-quiz.yaml").write_text(module.replace("minutes: 10", "minutes: ten"), "utf-8")
    with pytest.raises(ContentError) as raised:
        load_library([own])
    assert [Path(p.path).name for p in raised.value.problems] == ["test-quiz.yaml"]


def test_in_dutch(tmp_path, capsys):
    own = write_tracks(tmp_path, "sales:\n  - x-basics\n  - x-basics\nhr: 3\n")
    assert main(["modules", "validate", "--lang", "nl", "--modules", str(own)]) == 1
    out = capsys.readouterr().out
    assert "module “x-basics” staat al in de leerlijn van “sales”" in out
    assert "de leerlijn van “hr” hoort een lijst van module-id’s te zijn" in out


def test_bad_tracks_end_the_command_without_a_traceback(tmp_path):
    own = write_tracks(tmp_path, "management:\n  - leading-by-exampel\n")
    result = subprocess.run(
        [sys.executable, "-m", "workshop", "plan", "--group", "sales", "--modules", str(own)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"{own / 'tracks.yaml'}:2:5: there is no module “leading-by-exampel”" in result.stderr


def test_an_empty_tracks_yaml_changes_nothing(tmp_path):
    own = write_tracks(tmp_path, "# nothing yet\n")
    assert load_library([own]).tracks == load_library().tracks


def test_a_track_may_name_a_module_of_the_trainers_own_folder(tmp_path):
    module = (Path(__file__).parent / "content" / "test-quiz.yaml").read_text(encoding="utf-8")
    own = write_tracks(tmp_path, "sales:\n  - test-quiz\n  - linkedin-profile\n")
    (own / "test-quiz.yaml").write_text(module, encoding="utf-8")
    library = load_library([own])
    assert library.tracks["sales"] == ["test-quiz", "linkedin-profile"]
    assert [m.id for m in library.track("sales")][:2] == ["test-quiz", "linkedin-profile"]
    assert main(["modules", "validate", str(own / "tracks.yaml"), str(own / "test-quiz.yaml")]) == 0


def test_tracks_come_back_from_the_cache_and_an_edit_is_checked_afresh(tmp_path, monkeypatch):
    monkeypatch.setenv("WORKSHOP_CACHE", str(tmp_path / "cache"))
    own = write_tracks(tmp_path, "it:\n  - linkedin-profile\n")
    first = load_library([own])
    assert first.tracks["it"] == ["linkedin-profile"]
    cached = read_cached(cache_key([builtin_modules_dir(), own]))
    assert cached is not None and cached.tracks == first.tracks
    (own / "tracks.yaml").write_text("it:\n  - recruiting-nowhere\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_library([own])


def test_the_shipped_tracks_file_validates_on_its_own(capsys):
    assert main(["modules", "validate", str(builtin_modules_dir() / "tracks.yaml")]) == 0
    assert capsys.readouterr().out.startswith("All good: 1 file")
