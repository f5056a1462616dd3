"""The organisation's own details for the follow-up kit (modules/organisation.yaml).

Its name, its corporate accounts, the line for everyone's e-mail signature and whom to ask.
Validated like the rest of the content, each problem as file:line:col and a sentence.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import Field, StringConstraints, ValidationError, field_validator
from pydantic_core import PydanticCustomError

from workshop.content.model import Localized, _Strict
from workshop.content.problem import Problem
from workshop.i18n import t

if TYPE_CHECKING:
    from workshop.content.source import Document

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
AccountPlatform = Literal[
    "linkedin",
    "x",
    "instagram",
    "facebook",
    "youtube",
    "tiktok",
    "bluesky",
    "mastodon",
    "threads",
    "viva-engage",
    "teams",
    "other",
]
PLATFORM_NAMES = {
    "linkedin": "LinkedIn",
    "x": "X",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "youtube": "YouTube",
    "tiktok": "TikTok",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "threads": "Threads",
    "viva-engage": "Viva Engage",
    "teams": "Teams",
}


class Account(_Strict):
    """One corporate account: where it is, what it is called there, and its address."""

    platform: AccountPlatform
    url: Text
    handle: Text | None = None
    name: Text | None = None
    """What the account is for, when there are several on one platform ("Careers")."""

    @field_validator("url")
    @classmethod
    def _web_address(cls, value: str) -> str:
        if not value.startswith(("https://", "http://")) or " " in value:
            raise PydanticCustomError("organisation_url", "not a web address", {})
        return value

    def platform_name(self) -> str:
        return PLATFORM_NAMES.get(self.platform, self.name or self.platform)


class Contact(_Strict):
    """Whom colleagues ask about social media: a role or team is as good as a name."""

    name: Text
    email: Text | None = None
    phone: Text | None = None

    @field_validator("email")
    @classmethod
    def _email_address(cls, value: str | None) -> str | None:
        if value is not None and ("@" not in value or " " in value):
            raise PydanticCustomError("organisation_email", "not an e-mail address", {})
        return value


EXAMPLE_MARKS = ("our organisation", "ourorganisation", "our-organisation", "@example.")
"""What the shipped example's values have in common, and no real organisation's do."""


class Organisation(_Strict):
    name: Text
    accounts: Annotated[list[Account], Field(min_length=1, max_length=20)]
    signature: Localized
    contact: Contact
    hashtag: Text | None = None

    def example_values(self) -> list[str]:
        """The values still copied from the shipped example, which handouts must not carry."""
        values = [self.name, self.contact.email, *(account.handle for account in self.accounts)]
        values += [self.hashtag, *(account.url for account in self.accounts), self.signature.en]
        marked = (v for v in values if v and any(mark in v.lower() for mark in EXAMPLE_MARKS))
        return list(dict.fromkeys(marked))


def example_note(organisation: Organisation | None, language: str) -> str | None:
    """The warning that handouts would carry the shipped example's details, or None."""
    values = organisation.example_values() if organisation is not None else []
    if not values:
        return None
    shown = ", ".join(values[:3]) + (", …" if len(values) > 3 else "")
    return t("organisation.still_example", lang=language, values=shown)


def validate_organisation(document: Document, problems: list[Problem]) -> Organisation | None:
    """The organisation in `document`, or None with every problem added to `problems`."""
    from workshop.content.library import explain

    if not isinstance(document.data, dict):
        problems.append(Problem(str(document.path), 1, 1, t("organisation.not_a_mapping")))
        return None
    try:
        return Organisation.model_validate(document.data)
    except ValidationError as error:
        for detail in error.errors():
            kind = detail["type"]
            if kind == "organisation_url":
                message = t("organisation.bad_url", value=detail.get("input"))
            elif kind == "organisation_email":
                message = t("organisation.bad_email", value=detail.get("input"))
            elif kind == "literal_error" and "platform" in detail["loc"]:
                message = t("organisation.bad_platform", value=detail.get("input"))
            else:
                message = explain(detail)
            line, column = document.position(detail["loc"])
            problems.append(Problem(str(document.path), line, column, message))
        return None


def load_organisation(path: Path) -> Organisation:
    """Read and validate one organisation.yaml; ContentError with every problem found."""
    from workshop.content.library import ContentError
    from workshop.content.source import YamlSyntaxError, read_document

    if not path.is_file():
        raise ContentError([Problem(str(path), 1, 1, t("content.no_such_file"))])
    try:
        document = read_document(path, t("content.yaml_syntax"), t("content.duplicate_key"))
    except YamlSyntaxError as error:
        raise ContentError([error.problem]) from None
    problems: list[Problem] = []
    organisation = validate_organisation(document, problems)
    if organisation is None:
        raise ContentError(problems)
    return organisation
