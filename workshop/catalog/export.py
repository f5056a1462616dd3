"""Messages of the session summary, `workshop export`, `workshop sessions` and `workshop scores`."""

MESSAGES = {
    # workshop export -----------------------------------------------------------------------
    "export.help": {
        "en": "write a session's summary (Markdown, HTML for print, JSON or CSV)",
        "nl": "de samenvatting van een sessie schrijven (Markdown, HTML om te printen, JSON "
        "of CSV)",
    },
    "export.opt_session": {
        "en": "the session id, such as 2026-11-27-sales-1 (see “workshop sessions list”)",
        "nl": "de sessie-id, zoals 2026-11-27-sales-1 (zie “workshop sessions list”)",
    },
    "export.opt_last": {
        "en": "the newest session (of --group, if given)",
        "nl": "de nieuwste sessie (van --group, als die is opgegeven)",
    },
    "export.opt_group": {
        "en": "with --last: the newest session of this group",
        "nl": "met --last: de nieuwste sessie van deze groep",
    },
    "export.opt_format": {
        "en": "md, html (for print; the default), json or csv",
        "nl": "md, html (om te printen; standaard), json of csv",
    },
    "export.opt_output": {
        "en": "the file (or an existing folder) to write; default: DATA/exports/SESSION.FORMAT",
        "nl": "het bestand (of een bestaande map) om te schrijven; standaard: "
        "DATA/exports/SESSIE.FORMAAT",
    },
    "export.opt_force": {
        "en": "replace a file that already exists",
        "nl": "een bestand dat al bestaat vervangen",
    },
    "export.both": {
        "en": "give a session id or --last, not both",
        "nl": "geef een sessie-id of --last, niet allebei",
    },
    "export.neither": {
        "en": "say which session: give its id (see “workshop sessions list”) or --last",
        "nl": "zeg welke sessie: geef de id (zie “workshop sessions list”) of --last",
    },
    "export.unknown_session": {
        "en": "there is no session “{id}” in {data}; “workshop sessions list” shows the sessions",
        "nl": "er is geen sessie “{id}” in {data}; “workshop sessions list” toont de sessies",
    },
    "export.unreadable_session": {
        "en": "{path} cannot be read as a session file; choose another session",
        "nl": "{path} is niet te lezen als sessiebestand; kies een andere sessie",
    },
    "export.no_sessions": {
        "en": "there are no sessions in {data} yet",
        "nl": "er zijn nog geen sessies in {data}",
    },
    "export.no_group_sessions": {
        "en": "there are no sessions of {group} in {data} yet",
        "nl": "er zijn nog geen sessies van {group} in {data}",
    },
    "export.no_answers": {
        "en": "session {id} has no answers: there is nothing to summarise",
        "nl": "sessie {id} heeft geen antwoorden: er is niets samen te vatten",
    },
    "export.bad_format": {
        "en": "unknown format “{format}”; choose one of {formats}",
        "nl": "onbekend formaat “{format}”; kies uit {formats}",
    },
    "export.exists": {
        "en": "{path} already exists with other content; add --force to replace it, or choose "
        "another path with -o",
        "nl": "{path} bestaat al, met een andere inhoud; voeg --force toe om het te vervangen, "
        "of kies een ander pad met -o",
    },
    "export.is_a_folder": {
        "en": "{path} is a folder; give a file name, or leave out -o",
        "nl": "{path} is een map; geef een bestandsnaam, of laat -o weg",
    },
    "export.cannot_write": {
        "en": "cannot write {path} ({reason}); choose another path with -o",
        "nl": "kan {path} niet schrijven ({reason}); kies een ander pad met -o",
    },
    "export.no_folder": {"en": "the folder does not exist", "nl": "de map bestaat niet"},
    "export.parent_not_folder": {
        "en": "part of the path is a file, not a folder",
        "nl": "een deel van het pad is een bestand, geen map",
    },
    "export.written": {"en": "Written: {path}", "nl": "Geschreven: {path}"},
    "export.unchanged": {
        "en": "Already there, unchanged: {path}",
        "nl": "Staat er al, ongewijzigd: {path}",
    },
    "export.and_list": {"en": "{items} and {last}", "nl": "{items} en {last}"},
    # the summary ---------------------------------------------------------------------------
    "summary.title": {"en": "Session summary · {group}", "nl": "Samenvatting sessie · {group}"},
    "summary.date": {"en": "Date", "nl": "Datum"},
    "summary.duration": {"en": "Duration", "nl": "Duur"},
    "summary.planned": {
        "en": "{minutes} minutes planned",
        "nl": "{minutes} minuten gepland",
    },
    "summary.planned_note": {
        "en": "planned on the agenda; no clock times are stored",
        "nl": "gepland op de agenda; er worden geen kloktijden bewaard",
    },
    "summary.state": {"en": "Session", "nl": "Sessie"},
    "summary.finished": {"en": "finished", "nl": "afgerond"},
    "summary.unfinished": {"en": "not finished", "nl": "niet afgerond"},
    "summary.answers": {"en": "Answers", "nl": "Antwoorden"},
    "summary.score": {"en": "Group score", "nl": "Groepsscore"},
    "summary.score_value": {
        "en": "{percent} correct ({answers} answers to quiz questions)",
        "nl": "{percent} goed ({answers} antwoorden op quizvragen)",
    },
    "summary.warm_ups_left_out": {
        "en": "warm-ups not counted",
        "nl": "opwarmvragen tellen niet mee",
    },
    "summary.baseline": {"en": "Survey baseline", "nl": "Beginmeting (enquête)"},
    "summary.baseline_value": {
        "en": "{respondents} respondents in the survey",
        "nl": "{respondents} deelnemers aan de enquête",
    },
    "summary.no_baseline": {
        "en": "none: no survey, or too few answers to show anonymously",
        "nl": "geen: geen enquête, of te weinig antwoorden om anoniem te tonen",
    },
    "summary.too_few": {
        "en": "too few answers to show anonymously",
        "nl": "te weinig antwoorden om anoniem te tonen",
    },
    "summary.too_few_short": {"en": "too few answers", "nl": "te weinig antwoorden"},
    "summary.modules": {"en": "Modules", "nl": "Modules"},
    "summary.col_module": {"en": "Module", "nl": "Module"},
    "summary.col_minutes": {"en": "Minutes", "nl": "Minuten"},
    "summary.col_run": {"en": "Done", "nl": "Gedaan"},
    "summary.run": {"en": "done", "nl": "gedaan"},
    "summary.not_run": {"en": "not reached", "nl": "niet aan toegekomen"},
    "summary.topics": {
        "en": "Per topic: survey baseline and this session",
        "nl": "Per onderwerp: beginmeting en deze sessie",
    },
    "summary.col_topic": {"en": "Topic", "nl": "Onderwerp"},
    "summary.col_baseline": {"en": "Baseline", "nl": "Beginmeting"},
    "summary.col_session": {"en": "This session", "nl": "Deze sessie"},
    "summary.col_gain": {"en": "Learning gain", "nl": "Leerwinst"},
    "summary.gain_note": {
        "en": "learning gain in percentage points",
        "nl": "leerwinst in procentpunten",
    },
    "summary.warm_up_note": {
        "en": "Warm-up questions, asked before the teaching, are listed under Questions but not "
        "counted in the group score or the learning gain.",
        "nl": "Opwarmvragen, gesteld vóór de uitleg, staan bij Vragen maar tellen niet mee in de "
        "groepsscore of de leerwinst.",
    },
    "summary.weak_mark": {"en": "still weak", "nl": "nog zwak"},
    "summary.no_topics": {
        "en": "No quiz questions with a topic in this session.",
        "nl": "Geen quizvragen met een onderwerp in deze sessie.",
    },
    "summary.questions": {"en": "Questions", "nl": "Vragen"},
    "summary.correct_answer": {"en": "Correct answer: {answer}", "nl": "Goed antwoord: {answer}"},
    "summary.answer_count": {"en": "{count} answers", "nl": "{count} antwoorden"},
    "summary.share_correct": {"en": "{percent} correct", "nl": "{percent} goed"},
    "summary.mean": {"en": "mean {mean}", "nl": "gemiddeld {mean}"},
    "summary.number_other": {"en": "another number", "nl": "een ander getal"},
    "summary.warm_up": {"en": "Warm-up (not counted)", "nl": "Opwarmvraag (telt niet mee)"},
    "summary.check": {"en": "Check (counted)", "nl": "Controlevraag (telt mee)"},
    "summary.col_option": {"en": "Option", "nl": "Optie"},
    "summary.col_answers": {"en": "Answers", "nl": "Antwoorden"},
    "summary.col_share": {"en": "Share", "nl": "Aandeel"},
    "summary.weak": {
        "en": "Topics still weak (below {percent})",
        "nl": "Onderwerpen die nog zwak zijn (onder {percent})",
    },
    "summary.weak_session": {
        "en": "{topic}: {percent} correct in this session",
        "nl": "{topic}: {percent} goed in deze sessie",
    },
    "summary.weak_survey": {
        "en": "{topic}: {percent} correct in the survey (not measured in this session)",
        "nl": "{topic}: {percent} goed in de enquête (niet gemeten in deze sessie)",
    },
    "summary.no_weak": {
        "en": "No topic below {percent}.",
        "nl": "Geen onderwerp onder {percent}.",
    },
    "summary.not_measured": {
        "en": "Nothing measured with enough answers to show anonymously, and no survey baseline.",
        "nl": "Niets gemeten met genoeg antwoorden om anoniem te tonen, en geen beginmeting.",
    },
    "summary.advice": {"en": "Follow-up advice", "nl": "Advies voor het vervolg"},
    "summary.myths": {
        "en": "Myths to address in the weekly moment",
        "nl": "Misverstanden voor het wekelijkse moment",
    },
    "summary.myths_intro": {
        "en": "Per topic, the questions with the most answers that were wrong but given as "
        "sure: what the group firmly believes and is not so. A correction sticks best right "
        "there.",
        "nl": "Per onderwerp de vragen met de meeste antwoorden die fout waren maar als zeker "
        "gegeven: wat de groep stellig gelooft en niet klopt. Juist daar blijft een correctie "
        "het best hangen.",
    },
    "summary.myth": {
        "en": "“{question}”: {count} of {total} answers confidently wrong ({percent}); "
        "correct: {answer}",
        "nl": "‘{question}’: {count} van {total} antwoorden zeker maar fout ({percent}); "
        "goed: {answer}",
    },
    "summary.no_myths": {
        "en": "No answers that were confidently wrong among the questions with enough answers "
        "to show.",
        "nl": "Geen antwoorden die zeker maar fout waren bij de vragen met genoeg antwoorden om "
        "te tonen.",
    },
    "summary.confidently_wrong": {
        "en": "{count} confidently wrong ({percent})",
        "nl": "{count} zeker maar fout ({percent})",
    },
    "summary.anonymity": {
        "en": "Aggregates only: no answer can be traced to a person. A figure from fewer than "
        "{min} answers is not shown (too few answers to show anonymously), and totals count only "
        "the questions that are shown.",
        "nl": "Alleen totalen: geen antwoord is terug te voeren op een persoon. Een cijfer uit "
        "minder dan {min} antwoorden wordt niet getoond (te weinig antwoorden om anoniem te "
        "tonen), en totalen tellen alleen de vragen die getoond worden.",
    },
    # advice --------------------------------------------------------------------------------
    "advice.too_few": {
        "en": "Too few answers to show the group score anonymously: next time, ask everyone to "
        "answer every round (at least {min} answers per question).",
        "nl": "Te weinig antwoorden om de groepsscore anoniem te tonen: vraag de volgende keer "
        "iedereen om elke ronde te antwoorden (minstens {min} antwoorden per vraag).",
    },
    "advice.repeat": {
        "en": "Repeat {modules}: {topic} is still at {percent} correct.",
        "nl": "Herhaal {modules}: {topic} staat nog op {percent} goed.",
    },
    "advice.practise": {
        "en": "Give {topic} more practice: {percent} correct in this session.",
        "nl": "Oefen meer met {topic}: {percent} goed in deze sessie.",
    },
    "advice.plan": {
        "en": "Plan {modules} in a next session: {topic} scored {percent} in the survey and was "
        "not covered today.",
        "nl": "Plan {modules} in een volgende sessie: {topic} scoorde {percent} in de enquête en "
        "kwam vandaag niet aan bod.",
    },
    "advice.recheck": {
        "en": "Quiz {topic} again at the start of the next session with {modules}: it scored "
        "{percent} in the survey, and today gave too few answers to show anonymously.",
        "nl": "Quiz {topic} opnieuw aan het begin van de volgende sessie met {modules}: het "
        "scoorde {percent} in de enquête, en vandaag waren er te weinig antwoorden om anoniem "
        "te tonen.",
    },
    "advice.no_module": {
        "en": "{topic} scored {percent} in the survey and no module for this group covers it "
        "yet: add one in your own modules folder.",
        "nl": "{topic} scoorde {percent} in de enquête en nog geen module voor deze groep "
        "behandelt het: voeg er een toe in je eigen modulemap.",
    },
    "advice.weekly_weak": {
        "en": "Make {topic} the first topic of the weekly social-media moment: "
        "`workshop followup --group {group}` writes the calendar with a topic per week.",
        "nl": "Maak {topic} het eerste onderwerp van het wekelijkse social-mediamoment: "
        "`workshop followup --group {group}` schrijft de agenda met een onderwerp per week.",
    },
    "advice.weekly_strong": {
        "en": "No topic below {percent}: keep the weekly social-media moment going and let the "
        "group choose its topics (`workshop followup --group {group}`).",
        "nl": "Geen onderwerp onder {percent}: houd het wekelijkse social-mediamoment vol en laat "
        "de groep zelf onderwerpen kiezen (`workshop followup --group {group}`).",
    },
    "advice.weekly_unknown": {
        "en": "Start the weekly social-media moment to keep practising: "
        "`workshop followup --group {group}` writes the calendar with a topic per week.",
        "nl": "Begin met het wekelijkse social-mediamoment om te blijven oefenen: "
        "`workshop followup --group {group}` schrijft de agenda met een onderwerp per week.",
    },
    "advice.communicate": {
        "en": "Hand out the basic rules and the communication checklist from the follow-up kit, "
        "and recognise a colleague's good post publicly this week.",
        "nl": "Deel de basisregels en de communicatiechecklist uit het vervolgpakket uit, en "
        "geef deze week publiekelijk een compliment voor een goed bericht van een collega.",
    },
    # CSV header ----------------------------------------------------------------------------
    "csv.session": {"en": "session", "nl": "sessie"},
    "csv.group": {"en": "group", "nl": "groep"},
    "csv.date": {"en": "date", "nl": "datum"},
    "csv.round": {"en": "round", "nl": "ronde"},
    "csv.module": {"en": "module", "nl": "module"},
    "csv.question_id": {"en": "question_id", "nl": "vraag_id"},
    "csv.question": {"en": "question", "nl": "vraag"},
    "csv.kind": {"en": "kind", "nl": "soort"},
    "csv.answers": {"en": "answers", "nl": "antwoorden"},
    "csv.correct_answer": {"en": "correct_answer", "nl": "goed_antwoord"},
    "csv.percent_correct": {"en": "percent_correct", "nl": "procent_goed"},
    "csv.mean": {"en": "mean", "nl": "gemiddelde"},
    "csv.dont_know": {"en": "dont_know", "nl": "weet_ik_niet"},
    "csv.distribution": {"en": "distribution", "nl": "verdeling"},
    "csv.suppressed": {"en": "suppressed", "nl": "verborgen"},
    "csv.role": {"en": "role", "nl": "rol"},
    # dates ---------------------------------------------------------------------------------
    "date.month_1": {"en": "January", "nl": "januari"},
    "date.month_2": {"en": "February", "nl": "februari"},
    "date.month_3": {"en": "March", "nl": "maart"},
    "date.month_4": {"en": "April", "nl": "april"},
    "date.month_5": {"en": "May", "nl": "mei"},
    "date.month_6": {"en": "June", "nl": "juni"},
    "date.month_7": {"en": "July", "nl": "juli"},
    "date.month_8": {"en": "August", "nl": "augustus"},
    "date.month_9": {"en": "September", "nl": "september"},
    "date.month_10": {"en": "October", "nl": "oktober"},
    "date.month_11": {"en": "November", "nl": "november"},
    "date.month_12": {"en": "December", "nl": "december"},
    "date.weekday_0": {"en": "Monday", "nl": "maandag"},
    "date.weekday_1": {"en": "Tuesday", "nl": "dinsdag"},
    "date.weekday_2": {"en": "Wednesday", "nl": "woensdag"},
    "date.weekday_3": {"en": "Thursday", "nl": "donderdag"},
    "date.weekday_4": {"en": "Friday", "nl": "vrijdag"},
    "date.weekday_5": {"en": "Saturday", "nl": "zaterdag"},
    "date.weekday_6": {"en": "Sunday", "nl": "zondag"},
    # workshop sessions ---------------------------------------------------------------------
    "sessions.help": {"en": "list the sessions held", "nl": "de gehouden sessies tonen"},
    "sessions.list_help": {
        "en": "every session: date, modules, answers, score",
        "nl": "elke sessie: datum, modules, antwoorden, score",
    },
    "sessions.opt_group": {
        "en": "only this group's sessions",
        "nl": "alleen de sessies van deze groep",
    },
    "sessions.opt_json": {"en": "print as JSON", "nl": "als JSON tonen"},
    "sessions.title": {"en": "Sessions", "nl": "Sessies"},
    "sessions.col_id": {"en": "id", "nl": "id"},
    "sessions.col_group": {"en": "group", "nl": "groep"},
    "sessions.col_date": {"en": "date", "nl": "datum"},
    "sessions.col_modules": {"en": "modules done", "nl": "modules gedaan"},
    "sessions.col_answers": {"en": "answers", "nl": "antwoorden"},
    "sessions.col_score": {"en": "score", "nl": "score"},
    "sessions.col_finished": {"en": "finished", "nl": "afgerond"},
    "sessions.yes": {"en": "✓ yes", "nl": "✓ ja"},
    "sessions.no": {"en": "· no", "nl": "· nee"},
    "sessions.too_few": {"en": "too few", "nl": "te weinig"},
    "sessions.none": {"en": "No sessions in {data} yet.", "nl": "Nog geen sessies in {data}."},
    "sessions.none_group": {
        "en": "No sessions of {group} in {data} yet.",
        "nl": "Nog geen sessies van {group} in {data}.",
    },
    "sessions.unreadable": {
        "en": "{path} cannot be read as a session file; skipped",
        "nl": "{path} is niet te lezen als sessiebestand; overgeslagen",
    },
    "sessions.note": {
        "en": "Scores count only questions after the teaching (not the warm-ups) with at least "
        "{min} answers; “too few” keeps small groups anonymous.",
        "nl": "Scores tellen alleen vragen na de uitleg (niet de opwarmvragen) met minstens {min} "
        "antwoorden; “te weinig” houdt kleine groepen anoniem.",
    },
    # workshop scores -----------------------------------------------------------------------
    "scores.help": {
        "en": "group scores across sessions, and the learning gain against the survey",
        "nl": "groepsscores over de sessies heen, en de leerwinst ten opzichte van de enquête",
    },
    "scores.opt_group": {"en": "only this group", "nl": "alleen deze groep"},
    "scores.title": {"en": "Group scores", "nl": "Groepsscores"},
    "scores.col_group": {"en": "group", "nl": "groep"},
    "scores.col_sessions": {"en": "sessions", "nl": "sessies"},
    "scores.col_answers": {"en": "answers", "nl": "antwoorden"},
    "scores.col_mean": {"en": "mean score", "nl": "gemiddelde score"},
    "scores.col_trend": {"en": "trend (oldest first)", "nl": "verloop (oudste eerst)"},
    "scores.gain_title": {
        "en": "Learning gain: survey baseline → sessions",
        "nl": "Leerwinst: beginmeting → sessies",
    },
    "scores.col_topic": {"en": "topic", "nl": "onderwerp"},
    "scores.col_baseline": {"en": "baseline", "nl": "beginmeting"},
    "scores.col_result": {"en": "sessions", "nl": "sessies"},
    "scores.col_gain": {"en": "learning gain", "nl": "leerwinst"},
    "scores.none": {"en": "No sessions in {data} yet.", "nl": "Nog geen sessies in {data}."},
    "scores.note": {
        "en": "A figure from fewer than {min} answers shows “too few”; a group's figures add up "
        "only the session figures that are shown. Scores and learning gain count the questions "
        "after the teaching, not the warm-ups. Learning gain in percentage points.",
        "nl": "Een cijfer uit minder dan {min} antwoorden toont “te weinig”; de cijfers van een "
        "groep tellen alleen de sessiecijfers op die getoond worden. Scores en leerwinst tellen "
        "de vragen na de uitleg, niet de opwarmvragen. Leerwinst in procentpunten.",
    },
}
