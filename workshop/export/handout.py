"""The basic rules as a one-page handout: printable HTML and Markdown, from policy.yaml."""

from __future__ import annotations

from workshop.content import Library
from workshop.content.describe import policy_markdown
from workshop.export.formats import templates, translator
from workshop.i18n import t


def _contact(library: Library, language: str) -> str:
    organisation = library.organisation
    if organisation is None:
        return ""
    contact = organisation.contact
    parts = [contact.name, *(x for x in (contact.email, contact.phone) if x)]
    return t("handout.questions", lang=language, contact=" · ".join(parts))


def handout_markdown(library: Library, language: str) -> str:
    text = policy_markdown(library.policy, language).rstrip() + "\n"
    contact = _contact(library, language)
    return text + (f"\n---\n\n{contact}\n" if contact else "")


def handout_html(library: Library, language: str) -> str:
    organisation = library.organisation
    return (
        templates()
        .get_template("handout.html")
        .render(
            language=language,
            policy=library.policy,
            organisation=organisation.name if organisation else "",
            contact=_contact(library, language),
            _=translator(language),
        )
    )
