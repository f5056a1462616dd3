"""Messages of the planner and `workshop plan`."""

MESSAGES = {
    "plan.reason_always": {"en": "always on the agenda", "nl": "altijd op de agenda"},
    "plan.reason_track": {"en": "part of this group's track", "nl": "hoort bij deze groep"},
    "plan.reason_no_time": {"en": "no time", "nl": "geen tijd"},
    "plan.reason_step": {
        "en": "step {step} ({name})",
        "nl": "stap {step} ({name})",
    },
    "plan.reason_step_number": {"en": "step {step}", "nl": "stap {step}"},
    "plan.reason_step_known": {
        "en": "step {step} strong already: {scores}",
        "nl": "stap {step} al sterk: {scores}",
    },
    "plan.reason_step_known_pooled": {
        "en": "step {step} strong already in all groups together: {scores}",
        "nl": "stap {step} al sterk in alle groepen samen: {scores}",
    },
    "plan.score_on": {"en": "{percent}% on {topic}", "nl": "{percent}% op {topic}"},
    "plan.score_on_hidden": {
        "en": "at least {percent}% on {topic}",
        "nl": "minstens {percent}% op {topic}",
    },
    "plan.step_1": {"en": "the survey", "nl": "de enquête"},
    "plan.step_2": {
        "en": "training on what the group lacks",
        "nl": "training op wat de groep mist",
    },
    "plan.step_3": {"en": "the weekly habit", "nl": "de wekelijkse gewoonte"},
    "plan.step_4": {"en": "communicating and recognising", "nl": "communiceren en waarderen"},
    "plan.step_5": {"en": "the basic rules", "nl": "de basisregels"},
    "plan.reason_topic": {
        "en": "{topic}: {percent}% correct in the survey",
        "nl": "{topic}: {percent}% goed in de enquête",
    },
    "plan.reason_topic_pooled": {
        "en": "{topic}: {percent}% correct across all groups",
        "nl": "{topic}: {percent}% goed over alle groepen",
    },
    "plan.reason_topic_pooled_hidden": {
        "en": "{topic}: below {percent}% correct across all groups",
        "nl": "{topic}: minder dan {percent}% goed over alle groepen",
    },
    "plan.reason_attitude": {"en": "attitude {mean} of 5", "nl": "houding {mean} van 5"},
    "plan.reason_attitude_pooled": {
        "en": "attitude {mean} of 5 across all groups",
        "nl": "houding {mean} van 5 over alle groepen",
    },
    "plan.reason_attitude_pooled_hidden": {
        "en": "attitude below {mean} of 5 across all groups",
        "nl": "houding lager dan {mean} van 5 over alle groepen",
    },
    "plan.note_group": {
        "en": {
            "one": "Planned from the survey of {group}: {count} respondent.",
            "other": "Planned from the survey of {group}: {count} respondents.",
        },
        "nl": {
            "one": "Gepland op basis van de enquête van {group}: {count} deelnemer.",
            "other": "Gepland op basis van de enquête van {group}: {count} deelnemers.",
        },
    },
    "plan.note_pooled": {
        "en": "Too few answers from {group} to show anonymously ({respondents}, at least "
        "{threshold} needed): planned from all groups together ({pooled} respondents).",
        "nl": "Te weinig antwoorden van {group} om anoniem te tonen ({respondents}, minstens "
        "{threshold} nodig): gepland op basis van alle groepen samen ({pooled} deelnemers).",
    },
    "plan.note_pooled_hidden": {
        "en": "Figures are left out: with the other groups' reports they would give away the "
        "answers of a small group.",
        "nl": "Cijfers zijn weggelaten: samen met de rapporten van de andere groepen zouden ze "
        "de antwoorden van een kleine groep verraden.",
    },
    "plan.note_no_survey": {
        "en": "No survey for {group} yet: the standard agenda.",
        "nl": "Nog geen enquête voor {group}: de standaardagenda.",
    },
    "plan.note_too_few": {
        "en": "Too few answers to plan from anonymously ({respondents} from {group}, "
        "{pooled} in all, at least {threshold} needed): the standard agenda.",
        "nl": "Te weinig antwoorden om anoniem op te plannen ({respondents} van {group}, "
        "{pooled} in totaal, minstens {threshold} nodig): de standaardagenda.",
    },
    "plan.note_all_strong": {
        "en": "Every topic scored at least {percent}%: only the modules that are always on "
        "the agenda.",
        "nl": "Elk onderwerp scoorde minstens {percent}%: alleen de modules die altijd op de "
        "agenda staan.",
    },
    # command line
    "plan.help": {
        "en": "plan a group's agenda from its survey results",
        "nl": "de agenda van een groep plannen op basis van de enquêteresultaten",
    },
    "plan.opt_group": {
        "en": "the group (department), such as sales, it, hr or management",
        "nl": "de groep (afdeling), zoals sales, it, hr of management",
    },
    "plan.opt_minutes": {
        "en": "minutes available (default: 90)",
        "nl": "beschikbare minuten (standaard: 90)",
    },
    "plan.opt_json": {"en": "print the plan as JSON", "nl": "de planning als JSON tonen"},
    "plan.opt_min_group": {
        "en": "fewest respondents whose results may be shown (default 5, at least 3)",
        "nl": "minimaal aantal deelnemers om resultaten te tonen (standaard 5, minstens 3)",
    },
    "plan.bad_minutes": {
        "en": "minutes must be a whole number from 1 to 600, not “{value}”",
        "nl": "minuten moet een heel getal van 1 tot 600 zijn, niet “{value}”",
    },
    "plan.title": {
        "en": "Agenda for {group} · {planned} of {minutes} min",
        "nl": "Agenda voor {group} · {planned} van {minutes} min",
    },
    "plan.col_number": {"en": "#", "nl": "#"},
    "plan.col_module": {"en": "module", "nl": "module"},
    "plan.col_minutes": {"en": "min", "nl": "min"},
    "plan.col_steps": {"en": "steps", "nl": "stappen"},
    "plan.col_reason": {"en": "why", "nl": "waarom"},
    "plan.steps_all": {
        "en": "All five programme steps served: {steps}.",
        "nl": "Alle vijf programmastappen aan bod: {steps}.",
    },
    "plan.steps_some": {
        "en": "Programme steps served: {served}. Not served: {missing}.",
        "nl": "Programmastappen die aan bod komen: {served}. Niet aan bod: {missing}.",
    },
    "plan.steps_none": {
        "en": "No programme step is served. Not served: {missing}.",
        "nl": "Geen programmastap komt aan bod. Niet aan bod: {missing}.",
    },
    "plan.left_out_title": {"en": "Left out", "nl": "Weggelaten"},
}
