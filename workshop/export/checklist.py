"""The communication checklist: keep social media in sight, from organisation.yaml's details.

Telling people about the corporate accounts, the e-mail signature line, a fixed moment in
meetings, recognising colleagues publicly, repeating the basic rules, and whom to ask.
"""

from __future__ import annotations

import datetime

from workshop.content.organisation import Organisation
from workshop.export.text import weekday_name
from workshop.i18n import t


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def checklist_markdown(
    organisation: Organisation | None,
    group: str,
    language: str,
    weekday: int,
    at: datetime.time,
    weeks: int,
) -> str:
    def _(key: str, /, **values: object) -> str:
        return t(key, lang=language, **values)

    name = organisation.name if organisation else _("checklist.our_organisation")
    lines = [f"# {_('checklist.title', organisation=name)}", "", _("checklist.intro", group=group)]

    lines += ["", f"## 1. {_('checklist.accounts')}", ""]
    lines += [f"- [ ] {_('checklist.accounts_share')}", f"- [ ] {_('checklist.accounts_follow')}"]
    lines += [f"- [ ] {_('checklist.accounts_pin')}", ""]
    if organisation:
        lines += [
            f"| {_('checklist.col_platform')} | {_('checklist.col_account')} | "
            f"{_('checklist.col_address')} |",
            "|---|---|---|",
        ]
        for account in organisation.accounts:
            label = account.handle or account.name or name
            platform = account.platform_name()
            if account.name and account.handle:
                label = f"{account.handle} ({account.name})"
            lines.append(f"| {_cell(platform)} | {_cell(label)} | <{account.url}> |")
    else:
        lines.append(_("checklist.no_organisation"))

    lines += ["", f"## 2. {_('checklist.signature')}", ""]
    lines += [f"- [ ] {_('checklist.signature_add')}", ""]
    signature = organisation.signature(language) if organisation else _("checklist.signature_ex")
    lines += ["```", signature, "```", ""]
    if organisation and organisation.hashtag:
        lines.append(f"- [ ] {_('checklist.hashtag', hashtag=organisation.hashtag)}")

    lines += ["", f"## 3. {_('checklist.meetings')}", ""]
    moment = _(
        "checklist.moment",
        weekday=weekday_name(weekday, language),
        time=at.strftime("%H:%M"),
        weeks=weeks,
    )
    lines += [
        f"- [ ] {_('checklist.meetings_item')}",
        f"- [ ] {moment}",
        f"- [ ] {_('checklist.meetings_share')}",
    ]

    lines += ["", f"## 4. {_('checklist.recognise')}", "", _("checklist.recognise_intro"), ""]
    lines += [f"- {_(f'checklist.example_{n}')}" for n in (1, 2, 3)]
    lines += [
        "",
        f"- [ ] {_('checklist.recognise_do')}",
        f"- [ ] {_('checklist.recognise_ask')}",
    ]

    lines += ["", f"## 5. {_('checklist.rules')}", ""]
    lines += [f"- [ ] {_('checklist.rules_hand_out')}", f"- [ ] {_('checklist.rules_repeat')}"]

    lines += ["", f"## {_('checklist.questions')}", ""]
    if organisation:
        contact = organisation.contact
        parts = [contact.name, *(x for x in (contact.email, contact.phone) if x)]
        lines.append(_("checklist.contact", contact=" · ".join(parts)))
    else:
        lines.append(_("checklist.no_contact"))
    lines.append("")
    return "\n".join(lines)
