"""Messages of the command line."""

MESSAGES = {
    "cli.description": {
        "en": "Run a social-media ambassador training: survey, plan, live quiz and follow-up.",
        "nl": "Geef een training social-media-ambassadeurschap: enquête, planning, live quiz "
        "en vervolg.",
    },
    "cli.commands": {"en": "commands", "nl": "opdrachten"},
    "cli.opt_lang": {
        "en": "language: nl or en (default: from the locale)",
        "nl": "taal: nl of en (standaard: van de systeemtaal)",
    },
    "cli.opt_data": {
        "en": "data folder (default: ./sessions or $WORKSHOP_DATA)",
        "nl": "datamap (standaard: ./sessions of $WORKSHOP_DATA)",
    },
    "cli.opt_modules": {
        "en": "a folder of your own modules; may be given more than once",
        "nl": "een map met je eigen modules; mag vaker worden opgegeven",
    },
    "cli.usage_error": {"en": "{prog}: error: {message}", "nl": "{prog}: fout: {message}"},
    "cli.opt_help": {
        "en": "show this help message and exit",
        "nl": "deze hulptekst tonen en stoppen",
    },
    "cli.opt_version": {
        "en": "show program's version number and exit",
        "nl": "het versienummer tonen en stoppen",
    },
    # argparse's own words (workshop.cli.parser)
    "cli.argparse_usage": {"en": "usage: ", "nl": "gebruik: "},
    "cli.argparse_options": {"en": "options", "nl": "opties"},
    "cli.argparse_positional": {"en": "positional arguments", "nl": "argumenten"},
    "cli.argparse_unrecognized": {
        "en": "unrecognized arguments: {args}",
        "nl": "onbekende argumenten: {args}",
    },
    "cli.argparse_unknown_option": {
        "en": "unrecognized argument: {option} (did you mean {closest}?)",
        "nl": "onbekend argument: {option} (bedoelde je {closest}?)",
    },
    "cli.argparse_required": {
        "en": "the following arguments are required: {args}",
        "nl": "deze argumenten zijn verplicht: {args}",
    },
    "cli.argparse_argument": {
        "en": "argument {argument_name}: {message}",
        "nl": "argument {argument_name}: {message}",
    },
    "cli.argparse_invalid_choice": {
        "en": "invalid choice: {value} (choose from {choices})",
        "nl": "ongeldige keuze: {value} (kies uit {choices})",
    },
    "cli.argparse_did_you_mean": {
        "en": "invalid choice: {value}, maybe you meant {closest}? (choose from {choices})",
        "nl": "ongeldige keuze: {value}, bedoelde je {closest}? (kies uit {choices})",
    },
    "cli.argparse_expected_one": {"en": "expected one argument", "nl": "verwacht één waarde"},
    "cli.argparse_expected_at_most_one": {
        "en": "expected at most one argument",
        "nl": "verwacht hooguit één waarde",
    },
    "cli.argparse_expected_at_least_one": {
        "en": "expected at least one argument",
        "nl": "verwacht minstens één waarde",
    },
    "cli.argparse_expected_count": {
        "en": {"one": "expected {count} argument", "other": "expected {count} arguments"},
        "nl": {"one": "verwacht {count} waarde", "other": "verwacht {count} waarden"},
    },
    "cli.argparse_invalid_value": {
        "en": "invalid {type} value: {value}",
        "nl": "ongeldige waarde voor {type}: {value}",
    },
    "cli.argparse_ambiguous": {
        "en": "ambiguous option: {option} could match {matches}",
        "nl": "dubbelzinnige optie: {option} kan {matches} zijn",
    },
    "cli.argparse_not_allowed_with": {
        "en": "not allowed with argument {args}",
        "nl": "niet toegestaan samen met argument {args}",
    },
    "cli.argparse_one_required": {
        "en": "one of the arguments {args} is required",
        "nl": "een van de argumenten {args} is verplicht",
    },
    "cli.argparse_ignored_explicit": {
        "en": "ignored explicit argument {args}",
        "nl": "expliciete waarde genegeerd: {args}",
    },
    "cli.error": {"en": "Error: {message}", "nl": "Fout: {message}"},
    "cli.opt_new_group": {
        "en": "begin a group that has no survey or session in the data folder yet",
        "nl": "een groep beginnen die nog geen enquête of sessie in de datamap heeft",
    },
    "cli.unknown_group": {
        "en": "no group “{group}” yet; known: {known}{hint}; check the name, or add --new-group "
        "to begin a new group",
        "nl": "nog geen groep “{group}”; bekend: {known}{hint}; controleer de naam, of voeg "
        "--new-group toe om een nieuwe groep te beginnen",
    },
    "cli.group_did_you_mean": {
        "en": " (did you mean {group}?)",
        "nl": " (bedoelde je {group}?)",
    },
    "cli.interrupted": {"en": "Stopped.", "nl": "Gestopt."},
    "cli.content_broken": {
        "en": {
            "one": "{count} problem in the training content; fix it and run "
            "“workshop modules validate”",
            "other": "{count} problems in the training content; fix them and run "
            "“workshop modules validate”",
        },
        "nl": {
            "one": "{count} probleem in de trainingsinhoud; los het op en voer "
            "“workshop modules validate” uit",
            "other": "{count} problemen in de trainingsinhoud; los ze op en voer "
            "“workshop modules validate” uit",
        },
    },
    "cli.modules_help": {
        "en": "check and browse the training modules",
        "nl": "trainingsmodules controleren en bekijken",
    },
    "cli.validate_help": {
        "en": "check module files and report every problem",
        "nl": "modulebestanden controleren en elk probleem melden",
    },
    "cli.validate_paths": {
        "en": "files or folders to check (default: all content in use)",
        "nl": "bestanden of mappen om te controleren (standaard: alle inhoud die in gebruik is)",
    },
    "cli.validate_ok": {
        "en": "All good: {files}, {modules}, {questions}.",
        "nl": "Alles in orde: {files}, {modules}, {questions}.",
    },
    "cli.count_files": {
        "en": {"one": "{count} file", "other": "{count} files"},
        "nl": {"one": "{count} bestand", "other": "{count} bestanden"},
    },
    "cli.count_modules": {
        "en": {"one": "{count} module", "other": "{count} modules"},
        "nl": {"one": "{count} module", "other": "{count} modules"},
    },
    "cli.count_questions": {
        "en": {"one": "{count} question", "other": "{count} questions"},
        "nl": {"one": "{count} vraag", "other": "{count} vragen"},
    },
    "cli.validate_failed": {
        "en": {
            "one": "{count} problem found; fix it and run this again.",
            "other": "{count} problems found; fix them and run this again.",
        },
        "nl": {
            "one": "{count} probleem gevonden; los het op en voer dit opnieuw uit.",
            "other": "{count} problemen gevonden; los ze op en voer dit opnieuw uit.",
        },
    },
    "cli.list_help": {"en": "list the modules", "nl": "de modules tonen"},
    "cli.list_title": {"en": "Modules", "nl": "Modules"},
    "cli.list_always": {"en": "★ always on the agenda", "nl": "★ altijd op de agenda"},
    "cli.col_id": {"en": "id", "nl": "id"},
    "cli.col_title": {"en": "title", "nl": "titel"},
    "cli.col_minutes": {"en": "min", "nl": "min"},
    "cli.col_topics": {"en": "topics", "nl": "onderwerpen"},
    "cli.col_audience": {"en": "for", "nl": "voor"},
    "cli.show_help": {"en": "show one module in full", "nl": "één module volledig tonen"},
    "cli.schema_help": {
        "en": "print the JSON Schema of the module format (for editors)",
        "nl": "het JSON Schema van het moduleformaat tonen (voor editors)",
    },
    "cli.unknown_module": {
        "en": "there is no module “{id}”; known modules: {known}",
        "nl": "er is geen module “{id}”; bekende modules: {known}",
    },
    "cli.count_help": {
        "en": "count a post's length as the platform does",
        "nl": "de lengte van een bericht tellen zoals het platform dat doet",
    },
    "cli.count_text": {
        "en": "the text of the post (in quotes)",
        "nl": "de tekst van het bericht (tussen aanhalingstekens)",
    },
    "cli.count_platform": {"en": "platform (default: x)", "nl": "platform (standaard: x)"},
    "cli.count_ok": {
        "en": "{platform}: {length} of {limit} characters",
        "nl": "{platform}: {length} van {limit} tekens",
    },
    "cli.count_over": {
        "en": "{platform}: {length} of {limit} characters — {over} too many",
        "nl": "{platform}: {length} van {limit} tekens — {over} te veel",
    },
    "count.hashtags": {
        "en": "{platform} takes at most {limit} hashtags per post and this one has {count}: keep "
        "the {limit} that matter most.",
        "nl": "{platform} neemt hooguit {limit} hashtags per bericht en dit bericht heeft er "
        "{count}: kies de {limit} die het belangrijkst zijn.",
    },
    "platform.x": {"en": "X", "nl": "X"},
    "platform.linkedin": {"en": "LinkedIn", "nl": "LinkedIn"},
    "platform.instagram": {"en": "Instagram", "nl": "Instagram"},
    "platform.facebook": {"en": "Facebook", "nl": "Facebook"},
    "describe.facts": {
        "en": "`{id}` · {minutes} min · topics: {topics} · for: {audience}",
        "nl": "`{id}` · {minutes} min · onderwerpen: {topics} · voor: {audience}",
    },
    "describe.step_talk": {"en": "Talking points", "nl": "Gesprekspunten"},
    "describe.step_discussion": {"en": "Discussion", "nl": "Discussie"},
    "describe.step_quiz": {"en": "Quiz", "nl": "Quiz"},
    "describe.warm_up": {
        "en": "Warm-up question, before the teaching: not counted in the learning gain",
        "nl": "Opwarmvraag, vóór de uitleg: telt niet mee voor de leerwinst",
    },
    "describe.check": {
        "en": "Check question, after the teaching: counted in the learning gain",
        "nl": "Controlevraag, na de uitleg: telt mee voor de leerwinst",
    },
    "describe.audience_all": {"en": "everyone", "nl": "iedereen"},
    "describe.step_exercise": {"en": "Exercise", "nl": "Oefening"},
    "describe.step_poll": {"en": "Poll", "nl": "Peiling"},
    "describe.minutes": {"en": "{minutes} minutes", "nl": "{minutes} minuten"},
    "describe.scale": {"en": "Scale from 1 to 5", "nl": "Schaal van 1 tot 5"},
    "describe.answer": {"en": "Answer: {answer}", "nl": "Antwoord: {answer}"},
    "describe.notes": {"en": "Trainer notes", "nl": "Trainersnotities"},
    "describe.sources": {"en": "Sources", "nl": "Bronnen"},
    "quiz.true": {"en": "True", "nl": "Waar"},
    "quiz.false": {"en": "False", "nl": "Niet waar"},
    "quiz.dont_know": {"en": "Don't know", "nl": "Weet ik niet"},
    "cli.start_help": {
        "en": "open the live workshop for a group",
        "nl": "de live workshop voor een groep openen",
    },
    "cli.start_group": {
        "en": "the group (department), such as sales, it, hr or management",
        "nl": "de groep (afdeling), zoals sales, it, hr of management",
    },
    "cli.start_minutes": {
        "en": "minutes available (default: 90)",
        "nl": "beschikbare minuten (standaard: 90)",
    },
    "quiz.correct": {"en": "correct", "nl": "goed"},
    "cli.start_module": {
        "en": "run just this module (a quick quiz); may be given more than once",
        "nl": "alleen deze module doen (een snelle quiz); mag vaker",
    },
    "cli.start_confidence": {
        "en": "ask with each answer whether the participant is sure (also the ? key)",
        "nl": "bij elk antwoord vragen of de deelnemer het zeker weet (ook de toets ?)",
    },
    "cli.start_resume": {
        "en": "continue the group's unfinished session, or the one with this id",
        "nl": "verdergaan met de onafgemaakte sessie van de groep, of met die met deze id",
    },
    "cli.resume_unknown": {
        "en": "{id} is not an unfinished session of {group}; to resume: {ids}",
        "nl": "{id} is geen onafgemaakte sessie van {group}; om verder te gaan: {ids}",
    },
    "cli.resume_none": {
        "en": "{id} is not an unfinished session of {group}, and {group} has none to resume; "
        "leave out --resume to start a new one",
        "nl": "{id} is geen onafgemaakte sessie van {group}, en {group} heeft er geen om mee "
        "verder te gaan; laat --resume weg om een nieuwe te beginnen",
    },
    "cli.bad_minutes": {
        "en": "--minutes must be more than 0 (got {minutes})",
        "nl": "--minutes moet groter zijn dan 0 (niet {minutes})",
    },
    "cli.reason_chosen": {"en": "chosen with --module", "nl": "gekozen met --module"},
    "describe.step_rules": {"en": "Our basic rules", "nl": "Onze basisregels"},
    "describe.fine": {"en": "fine", "nl": "prima"},
    "describe.not_fine": {"en": "not fine", "nl": "niet oké"},
}
