"""Messages of the re-check (`workshop recheck`) and the learning curve (`scores --group`)."""

MESSAGES = {
    "recheck.help": {
        "en": "a short anonymous re-quiz 1 or 4 weeks after the session (kiosk, phones or Forms)",
        "nl": "een korte anonieme herhaalmeting 1 of 4 weken na de sessie (kiosk, telefoons of "
        "Forms)",
    },
    "recheck.opt_group": {"en": "the group to re-check", "nl": "de groep voor de herhaalmeting"},
    "recheck.opt_after": {
        "en": "which re-check: 1w (one week after) or 4w (four weeks after); default 1w",
        "nl": "welke herhaalmeting: 1w (een week na) of 4w (vier weken na); standaard 1w",
    },
    "recheck.opt_questions": {
        "en": "list the questions, to build a Forms survey from (then: workshop survey import "
        "FILE --group G --recheck)",
        "nl": "toon de vragen, om er een Forms-enquête van te maken (daarna: workshop survey "
        "import BESTAND --group G --recheck)",
    },
    "recheck.opt_json": {"en": "with --questions: as JSON", "nl": "met --questions: als JSON"},
    "recheck.no_session": {
        "en": "group {group} has had no session yet, so there is nothing to re-check: run "
        "`workshop start --group {group}` first",
        "nl": "groep {group} heeft nog geen sessie gehad, dus er is niets om opnieuw te meten: "
        "draai eerst `workshop start --group {group}`",
    },
    "recheck.nothing_left": {
        "en": "group {group} has seen every check question on its topics ({topics}): add a "
        "module with checks on them (--modules DIR) for a re-check",
        "nl": "groep {group} heeft elke controlevraag over zijn onderwerpen al gezien "
        "({topics}): voeg een module met controlevragen toe (--modules MAP) voor een "
        "herhaalmeting",
    },
    "recheck.bad_after": {
        "en": "--after {value} is not a re-check: use 1w or 4w",
        "nl": "--after {value} is geen herhaalmeting: gebruik 1w of 4w",
    },
    "recheck.bad_week": {
        "en": "--week {value} is not an ISO week: write it as 2026-W51",
        "nl": "--week {value} is geen ISO-week: schrijf het als 2026-W51",
    },
    "recheck.needs_group": {
        "en": "--recheck needs --group: a re-check belongs to one group",
        "nl": "--recheck heeft --group nodig: een herhaalmeting hoort bij één groep",
    },
    "recheck.week_needs_recheck": {
        "en": "--week only goes with --recheck",
        "nl": "--week hoort alleen bij --recheck",
    },
    "recheck.title": {"en": "Re-check · {group}", "nl": "Herhaalmeting · {group}"},
    "recheck.questions_title": {
        "en": "Re-check questions for {group} ({after})",
        "nl": "Vragen van de herhaalmeting voor {group} ({after})",
    },
    "recheck.after_1w": {"en": "1 week after the session", "nl": "1 week na de sessie"},
    "recheck.after_4w": {"en": "4 weeks after the session", "nl": "4 weken na de sessie"},
    "recheck.col_from": {"en": "from", "nl": "uit"},
    "recheck.from_survey": {"en": "survey (not answered)", "nl": "enquête (niet beantwoord)"},
    "recheck.questions_tip": {
        "en": "Anonymous: ask no name or e-mail. Build the form with these texts, then: "
        "workshop survey import FILE --group {group} --recheck",
        "nl": "Anoniem: vraag geen naam of e-mail. Maak het formulier met deze teksten, daarna: "
        "workshop survey import BESTAND --group {group} --recheck",
    },
    "recheck.replaced_import": {
        "en": {
            "one": "They replace the {count} response imported for this week before (an export "
            "downloaded again holds it too); kiosk and phone responses stay.",
            "other": "They replace the {count} responses imported for this week before (an "
            "export downloaded again holds them too); kiosk and phone responses stay.",
        },
        "nl": {
            "one": "Ze vervangen het {count} antwoord dat eerder voor deze week is ingelezen "
            "(een opnieuw gedownloade export bevat het ook); antwoorden van de kiosk en "
            "telefoons blijven.",
            "other": "Ze vervangen de {count} antwoorden die eerder voor deze week zijn "
            "ingelezen (een opnieuw gedownloade export bevat ze ook); antwoorden van de kiosk "
            "en telefoons blijven.",
        },
    },
    "recheck.imported": {
        "en": {
            "one": "Stored {count} re-check response for {group}, week {week}, from {path}.",
            "other": "Stored {count} re-check responses for {group}, week {week}, from {path}.",
        },
        "nl": {
            "one": "{count} antwoord op de herhaalmeting opgeslagen voor {group}, week {week}, "
            "uit {path}.",
            "other": "{count} antwoorden op de herhaalmeting opgeslagen voor {group}, week "
            "{week}, uit {path}.",
        },
    },
    "recheck.opt_import": {
        "en": "store the file as a re-check of --group (see `workshop recheck --questions`)",
        "nl": "sla het bestand op als herhaalmeting van --group (zie `workshop recheck "
        "--questions`)",
    },
    "recheck.opt_week": {
        "en": "with --recheck: the ISO week it was held (2026-W51); default this week",
        "nl": "met --recheck: de ISO-week waarin hij is gehouden (2026-W51); standaard deze week",
    },
    # The calendar of the follow-up kit
    "recheck.event_summary": {
        "en": {
            "one": "Re-check {group}: {count} week after the session",
            "other": "Re-check {group}: {count} weeks after the session",
        },
        "nl": {
            "one": "Herhaalmeting {group}: {count} week na de sessie",
            "other": "Herhaalmeting {group}: {count} weken na de sessie",
        },
    },
    "recheck.event_description": {
        "en": "A short anonymous re-quiz (10 minutes at most) on what the session taught: it "
        "shows what stuck, and asking again helps people remember.\n\n"
        "On the kiosk or phones: {command} [--serve]\n"
        "As a Forms survey: {command} --questions, then workshop survey import FILE "
        "--group {group} --recheck\n\n"
        "Afterwards: workshop scores --group {group}",
        "nl": "Een korte anonieme herhaalmeting (hooguit 10 minuten) over wat de sessie "
        "leerde: hij laat zien wat is blijven hangen, en opnieuw vragen helpt onthouden.\n\n"
        "Op de kiosk of telefoons: {command} [--serve]\n"
        "Als Forms-enquête: {command} --questions, daarna workshop survey import BESTAND "
        "--group {group} --recheck\n\n"
        "Daarna: workshop scores --group {group}",
    },
    # The learning curve
    "curve.title": {
        "en": "Learning curve · {group}",
        "nl": "Leercurve · {group}",
    },
    "curve.col_topic": {"en": "topic", "nl": "onderwerp"},
    "curve.col_baseline": {"en": "baseline", "nl": "beginmeting"},
    "curve.col_session": {"en": "session", "nl": "sessie"},
    "curve.col_recheck": {"en": "re-check {week}", "nl": "herhaalmeting {week}"},
    "curve.too_few": {
        "en": "too few answers to show anonymously",
        "nl": "te weinig antwoorden om anoniem te tonen",
    },
    "curve.too_few_short": {"en": "too few", "nl": "te weinig"},
    "curve.none": {
        "en": "No survey, session or re-check for group {group} in {data} yet.",
        "nl": "Nog geen enquête, sessie of herhaalmeting voor groep {group} in {data}.",
    },
    "curve.note": {
        "en": "Only check questions count; a point stands on at least {min} answers (a "
        "re-check: {min} people), else “too few answers to show anonymously”.",
        "nl": "Alleen controlevragen tellen; een punt staat op minstens {min} antwoorden (een "
        "herhaalmeting: {min} mensen), anders “te weinig antwoorden om anoniem te tonen”.",
    },
    "curve.section": {"en": "Learning curve", "nl": "Leercurve"},
    "curve.intro": {
        "en": "Per topic: the survey baseline, this group's sessions (checks only) and each "
        "re-check by week. A point from too few answers is not shown.",
        "nl": "Per onderwerp: de beginmeting van de enquête, de sessies van deze groep (alleen "
        "controlevragen) en elke herhaalmeting per week. Een punt uit te weinig antwoorden wordt "
        "niet getoond.",
    },
    "curve.after_weeks": {
        "en": {"one": "after {count} week", "other": "after {count} weeks"},
        "nl": {"one": "na {count} week", "other": "na {count} weken"},
    },
    "curve.kept_all": {"en": "kept all of it", "nl": "alles vastgehouden"},
    "curve.kept_most": {"en": "kept most of it", "nl": "het meeste vastgehouden"},
    "curve.kept_some": {"en": "kept some of it", "nl": "een deel vastgehouden"},
    "curve.back_to_start": {"en": "back where it started", "nl": "terug bij het begin"},
    "curve.lost_some": {"en": "lost some of it", "nl": "een deel kwijtgeraakt"},
    "recheck.week_before_session": {
        "en": "week {week} is before the group's last session ({session}): a re-check comes "
        "after it; give the week the re-check was held with --week",
        "nl": "week {week} ligt vóór de laatste sessie van de groep ({session}): een "
        "herhaalmeting komt erna; geef met --week de week waarin de herhaalmeting was",
    },
}
