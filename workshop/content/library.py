"""Load and validate all training content: built-in modules plus any folders a trainer adds.

Every problem in every file is collected (not just the first), each with file:line:col and a
sentence in the trainer's language, so one `workshop modules validate` run shows all there is
to fix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from workshop.content.files import (
    ORGANISATION_FILE,
    POLICY_FILE,
    SURVEY_FILE,
    TRACKS_FILE,
    builtin_modules_dir,
    yaml_files,
)
from workshop.content.model import LANGUAGES, Module, Policy, QuizStep, SurveyBank
from workshop.content.problem import ContentError, Problem
from workshop.i18n import t

if TYPE_CHECKING:
    from workshop.content.organisation import Organisation
    from workshop.content.source import Document


M = TypeVar("M", bound=BaseModel)


@dataclass
class Library:
    """Everything the tool teaches with, validated."""

    modules: dict[str, Module]
    survey: SurveyBank
    policy: Policy
    module_files: dict[str, Path] = field(default_factory=dict)
    organisation: Organisation | None = None
    """The organisation's details for the follow-up kit (organisation.yaml), if any."""
    tracks: dict[str, list[str]] = field(default_factory=dict)
    """Group → the module ids that come first on its agenda, in order (tracks.yaml)."""

    def topic_name(self, topic: str, language: str) -> str:
        name = self.survey.topics.get(topic)
        return name(language) if name else topic

    def modules_for(self, group: str) -> list[Module]:
        return [module for module in self.modules.values() if module.for_group(group)]

    def track(self, group: str) -> list[Module]:
        """The group's modules in the order of its track: those tracks.yaml names for it, then
        the other modules meant for the group, then those for everyone, each in file order."""
        named = [self.modules[i] for i in self.tracks.get(group, []) if i in self.modules]
        named = [module for module in named if module.for_group(group)]
        named_ids = {module.id for module in named}
        rest = [module for module in self.modules_for(group) if module.id not in named_ids]
        return named + sorted(rest, key=lambda module: group not in module.audience)


@dataclass
class _Loaded:
    """What one pass over some files produced, problems included."""

    modules: dict[str, tuple[Module, Document]] = field(default_factory=dict)
    survey: tuple[SurveyBank, Document] | None = None
    policy: tuple[Policy, Document] | None = None
    organisation: tuple[Organisation, Document] | None = None
    tracks: list[Document] = field(default_factory=list)
    """The tracks.yaml files read, checked once every module is known (see `_cross_check`)."""
    track_order: dict[str, list[str]] = field(default_factory=dict)
    broken_ids: set[str] = field(default_factory=set)
    """The ids of modules that did not validate: a track naming one is not a second problem."""
    problems: list[Problem] = field(default_factory=list)
    files: int = 0


def _read(paths: Iterable[Path]) -> _Loaded:
    from workshop.content.source import YamlSyntaxError, read_document

    loaded = _Loaded()
    for path in yaml_files(paths):
        loaded.files += 1
        if not path.exists():  # anything else there, a pipe or a folder, read_document refuses
            loaded.problems.append(Problem(str(path), 1, 1, t("content.no_such_file")))
            continue
        try:
            document = read_document(path, t("content.yaml_syntax"), t("content.duplicate_key"))
        except YamlSyntaxError as error:
            loaded.problems.append(error.problem)
            continue
        if path.name == SURVEY_FILE:
            bank = _validate(SurveyBank, document, loaded.problems)
            if bank:
                loaded.survey = (bank, document)
        elif path.name == POLICY_FILE:
            policy = _validate(Policy, document, loaded.problems)
            if policy:
                loaded.policy = (policy, document)
        elif path.name == ORGANISATION_FILE:
            from workshop.content.organisation import validate_organisation

            organisation = validate_organisation(document, loaded.problems)
            if organisation:
                loaded.organisation = (organisation, document)
        elif path.name == TRACKS_FILE:
            loaded.tracks.append(document)
        else:
            module = _validate(Module, document, loaded.problems)
            if module is None:
                if isinstance(document.data, dict) and isinstance(document.data.get("id"), str):
                    loaded.broken_ids.add(document.data["id"])
                continue
            if module.id in loaded.modules:
                first = loaded.modules[module.id][1].path
                loaded.problems.append(
                    _problem(
                        document, ("id",), t("content.duplicate_id", id=module.id, first=first)
                    )
                )
                continue
            loaded.modules[module.id] = (module, document)
    return loaded


def _validate(model: type[M], document: Document, problems: list[Problem]) -> M | None:
    if not isinstance(document.data, dict):
        problems.append(Problem(str(document.path), 1, 1, t("content.not_a_mapping")))
        return None
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        for detail in error.errors():
            problems.append(_problem(document, detail["loc"], explain(detail)))
        return None


def _problem(document: Document, location: Sequence[str | int], message: str) -> Problem:
    line, column = document.position(location)
    return Problem(str(document.path), line, column, message)


def explain(detail: Any) -> str:
    """A sentence a trainer can act on, for one pydantic error."""
    kind: str = detail["type"]
    location = [part for part in detail["loc"] if isinstance(part, str)]
    name = location[-1] if location else ""
    context = detail.get("ctx") or {}
    if kind == "missing" and name in LANGUAGES:
        return t("content.missing_language", language=t(f"language.{name}"))
    simple = {
        "missing": "content.missing",
        "extra_forbidden": "content.unknown_field",
        "string_type": "content.expected_text",
        "string_too_short": "content.empty_text",
        "int_type": "content.expected_whole_number",
        "int_parsing": "content.expected_whole_number",
        "float_type": "content.expected_number",
        "float_parsing": "content.expected_number",
        "bool_type": "content.expected_yes_no",
        "bool_parsing": "content.expected_yes_no",
        "list_type": "content.expected_list",
        "dict_type": "content.expected_mapping",
        "model_type": "content.expected_mapping",
        "model_attributes_type": "content.expected_mapping",
        "date_type": "content.expected_date",
        "date_parsing": "content.expected_date",
        "date_from_datetime_parsing": "content.expected_date",
        "string_pattern_mismatch": "content.bad_id",
        "union_tag_not_found": "content.missing_kind",
        "answer_repeated": "content.answer_repeated",
        "quiz_without_answer": "content.quiz_without_answer",
    }
    if kind in simple:
        return t(simple[kind], field=name)
    if kind in ("too_short", "too_long"):
        key = "content.too_few" if kind == "too_short" else "content.too_many"
        limit = context.get("min_length", context.get("max_length"))
        return t(key, field=name, count=limit)
    if kind in ("greater_than_equal", "less_than_equal", "greater_than", "less_than"):
        return t("content.out_of_range", field=name, value=detail.get("input"))
    if kind == "union_tag_invalid":
        return t(
            "content.unknown_kind", kind=context.get("tag"), expected=context.get("expected_tags")
        )
    if kind == "literal_error":
        return t("content.not_allowed", field=name, expected=context.get("expected"))
    if kind == "answer_out_of_range":
        return t("content.answer_out_of_range", field=name, detail=detail["msg"])
    return t("content.other", field=name, detail=detail["msg"])


def _cross_check(
    loaded: _Loaded,
    survey: tuple[SurveyBank, Document] | None,
    context_modules: dict[str, Module] | None = None,
) -> None:
    """Checks that need more than one file: topics known to the survey, question ids unique,
    the tracks naming modules (of `loaded`, else of `context_modules`) for their groups."""
    problems = loaded.problems
    if loaded.tracks:
        from workshop.content.tracks import validate_tracks

        known = {**(context_modules or {}), **{k: m for k, (m, _) in loaded.modules.items()}}
        loaded.track_order = validate_tracks(loaded.tracks, known, problems, loaded.broken_ids)
    if survey is not None:
        bank, document = survey
        for index, question in enumerate(bank.questions):
            if question.topic not in bank.topics:
                problems.append(
                    _problem(
                        document,
                        ("questions", index, "topic"),
                        t("content.unknown_survey_topic", topic=question.topic),
                    )
                )
            if question.kind != "scale" and not question.scored:
                problems.append(
                    _problem(
                        document,
                        ("questions", index, "correct"),
                        t("content.survey_without_answer"),
                    )
                )
    question_ids: dict[str, Path] = {}
    if survey is not None:
        for question in survey[0].questions:
            question_ids.setdefault(question.id, survey[1].path)
    for module, document in loaded.modules.values():
        for topic_index, topic in enumerate(module.topics):
            if survey is not None and topic not in survey[0].topics:
                problems.append(
                    _problem(
                        document, ("topics", topic_index), t("content.unknown_topic", topic=topic)
                    )
                )
        for step_index, step in enumerate(module.steps):
            if isinstance(step, QuizStep):
                _check_quiz_topic(module, step, document, ("steps", step_index), problems)
            question = getattr(step, "question", None)
            if question is None:
                continue
            if question.id in question_ids:
                problems.append(
                    _problem(
                        document,
                        ("steps", step_index, "question", "id"),
                        t(
                            "content.duplicate_question",
                            id=question.id,
                            first=question_ids[question.id],
                        ),
                    )
                )
            else:
                question_ids[question.id] = document.path


def _check_quiz_topic(
    module: Module,
    step: QuizStep,
    document: Document,
    location: tuple[str | int, ...],
    problems: list[Problem],
) -> None:
    """A quiz counts for one topic: a module teaching several must say which, per quiz."""
    if step.topic is not None and step.topic not in module.topics:
        message = t("content.quiz_topic_unknown", topic=step.topic, topics=", ".join(module.topics))
        problems.append(_problem(document, (*location, "topic"), message))
    elif step.topic is None and len(module.topics) > 1:
        message = t("content.quiz_topic_missing", topics=", ".join(module.topics))
        problems.append(_problem(document, (*location, "question"), message))


def check(paths: Sequence[Path], context_dirs: Sequence[Path] = ()) -> tuple[int, _Loaded]:
    """Validate `paths` on their own; survey bank from them, else from `context_dirs`."""
    loaded = _read(paths)
    survey = loaded.survey
    if survey is None and not any(p.name == SURVEY_FILE for p in yaml_files(paths)):
        for directory in context_dirs:
            context = (
                _read([directory / SURVEY_FILE]) if (directory / SURVEY_FILE).is_file() else None
            )
            if context and context.survey:
                survey = context.survey
    _cross_check(loaded, survey, _context_modules(context_dirs) if loaded.tracks else None)
    return loaded.files, loaded


def _context_modules(folders: Sequence[Path]) -> dict[str, Module]:
    """The modules of `folders`, a later folder's replacing an earlier one's: what a
    tracks.yaml checked on its own may name."""
    modules: dict[str, Module] = {}
    for directory in folders:
        if directory.is_dir():
            modules.update({k: m for k, (m, _) in _read([directory]).modules.items()})
    return modules


def load_library(extra_dirs: Sequence[Path] = ()) -> Library:
    """The built-in content with each of `extra_dirs` laid over it (same id replaces).

    Raises ContentError with every problem found, in any file, so nothing half-valid is used.
    Content validated before, byte for byte, comes from the cache instead.
    """
    from workshop.content.cache import cache_key, read_cached, write_cached

    folders = (builtin_modules_dir(), *extra_dirs)
    key = cache_key(folders)
    library = read_cached(key) if key else None
    if library is None:
        library = _validated_library(folders)
        if key:
            write_cached(key, library)
    return library


def _validated_library(folders: Sequence[Path]) -> Library:
    problems: list[Problem] = []
    modules: dict[str, tuple[Module, Document]] = {}
    survey = policy = organisation = None
    tracks: list[Document] = []
    broken_ids: set[str] = set()
    for directory in folders:
        if not directory.is_dir():
            problems.append(Problem(str(directory), 1, 1, t("content.no_such_folder")))
            continue
        layer = _read([directory])
        problems.extend(layer.problems)
        modules.update(layer.modules)
        survey = layer.survey or survey
        policy = layer.policy or policy
        organisation = layer.organisation or organisation
        tracks.extend(layer.tracks)
        broken_ids |= layer.broken_ids
    merged = _Loaded(
        modules=modules,
        survey=survey,
        policy=policy,
        tracks=tracks,
        broken_ids=broken_ids,
        problems=problems,
    )
    _cross_check(merged, survey)
    if survey is None and not problems:
        problems.append(Problem(SURVEY_FILE, 1, 1, t("content.no_survey")))
    if policy is None and not problems:
        problems.append(Problem(POLICY_FILE, 1, 1, t("content.no_policy")))
    if problems:
        raise ContentError(sorted(set(problems)))
    assert survey is not None and policy is not None
    return Library(
        modules={key: module for key, (module, _) in modules.items()},
        survey=survey[0],
        policy=policy[0],
        module_files={key: document.path for key, (_, document) in modules.items()},
        organisation=organisation[0] if organisation else None,
        tracks=merged.track_order,
    )
