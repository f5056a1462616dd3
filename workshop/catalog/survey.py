"""Messages of the survey: import, questions, report and the anonymity threshold."""

MESSAGES = {
    # levels
    "survey.level_staff": {"en": "staff", "nl": "medewerker"},
    "survey.level_manager": {"en": "manager", "nl": "leidinggevende"},
    "survey.level_executive": {"en": "executive", "nl": "directie"},
    "survey.level_unspecified": {"en": "level not given", "nl": "niveau niet opgegeven"},
    # anonymity
    "survey.threshold_too_low": {
        "en": "--min-group {value} is too low: at least {minimum} respondents are needed to "
        "keep answers anonymous",
        "nl": "--min-group {value} is te laag: er zijn minstens {minimum} deelnemers nodig om "
        "antwoorden anoniem te houden",
    },
    "survey.too_few": {
        "en": {
            "one": "too few answers to show anonymously: {count} respondent, at least "
            "{threshold} needed",
            "other": "too few answers to show anonymously: {count} respondents, at least "
            "{threshold} needed",
        },
        "nl": {
            "one": "te weinig antwoorden om anoniem te tonen: {count} deelnemer, minstens "
            "{threshold} nodig",
            "other": "te weinig antwoorden om anoniem te tonen: {count} deelnemers, minstens "
            "{threshold} nodig",
        },
    },
    "survey.hidden_with_other": {
        "en": "hidden as well, so that the hidden level cannot be worked out by subtraction",
        "nl": "ook verborgen, zodat het verborgen niveau niet met aftrekken te herleiden is",
    },
    # reading files
    "survey.no_such_file": {
        "en": "{path}: there is no such file",
        "nl": "{path}: dit bestand bestaat niet",
    },
    "survey.cannot_read": {
        "en": "{path}: cannot read the file ({reason})",
        "nl": "{path}: kan het bestand niet lezen ({reason})",
    },
    "survey.wrong_type": {
        "en": "{path}: not a survey export; use the .csv from Google Forms or the .xlsx from "
        "Microsoft Forms (.xls and .ods work too)",
        "nl": "{path}: geen enquête-export; gebruik de .csv van Google Forms of de .xlsx van "
        "Microsoft Forms (.xls en .ods kunnen ook)",
    },
    "survey.not_xlsx": {
        "en": "{path}: not an Excel workbook (.xlsx), although its name says so; download the "
        "export from Microsoft Forms again",
        "nl": "{path}: geen Excel-werkmap (.xlsx), ook al zegt de naam dat; download de export "
        "opnieuw uit Microsoft Forms",
    },
    "survey.not_workbook": {
        "en": "{path}: not a spreadsheet ({suffix}), although its name says so; save it again "
        "from Excel or LibreOffice",
        "nl": "{path}: geen rekenblad ({suffix}), ook al zegt de naam dat; sla het opnieuw op "
        "vanuit Excel of LibreOffice",
    },
    "survey.bad_workbook": {
        "en": "{path}: the spreadsheet cannot be read ({reason}); download or save it again",
        "nl": "{path}: het rekenblad is onleesbaar ({reason}); download het of sla het opnieuw op",
    },
    "survey.bad_workbook_row": {
        "en": "{path}:row {row}: a cell cannot be read ({reason}); download or save the file again",
        "nl": "{path}:rij {row}: een cel is onleesbaar ({reason}); download het bestand of sla "
        "het opnieuw op",
    },
    "survey.too_large": {
        "en": "{path}: too large for a survey export (over {limit} MB, unpacked); keep only the "
        "sheet with the answers",
        "nl": "{path}: te groot voor een enquête-export (meer dan {limit} MB, uitgepakt); houd "
        "alleen het blad met de antwoorden over",
    },
    "survey.too_many_cells": {
        "en": "{path}: the sheet spans more cells than a survey export can ({limit} million); "
        "delete the empty rows and columns after the answers",
        "nl": "{path}: het blad beslaat meer cellen dan een enquête-export kan ({limit} "
        "miljoen); verwijder de lege rijen en kolommen na de antwoorden",
    },
    "survey.bad_encoding": {
        "en": "{path}: the text encoding is not UTF-8 or Windows text; export it again as "
        "CSV UTF-8",
        "nl": "{path}: de tekstcodering is geen UTF-8 of Windows-tekst; exporteer opnieuw als "
        "CSV UTF-8",
    },
    "survey.bad_csv": {
        "en": "{path}: not a readable CSV file ({reason})",
        "nl": "{path}: geen leesbaar CSV-bestand ({reason})",
    },
    "survey.empty_file": {
        "en": "{path}: the file is empty",
        "nl": "{path}: het bestand is leeg",
    },
    "survey.no_responses": {
        "en": "{path}: the file holds no answers, only headers or empty rows",
        "nl": "{path}: het bestand bevat geen antwoorden, alleen kopjes of lege rijen",
    },
    "survey.no_question_columns": {
        "en": "{path}: no column matches a survey question (columns: {columns}); name each "
        "column after the question text or id — “workshop survey questions” lists them",
        "nl": "{path}: geen enkele kolom past bij een enquêtevraag (kolommen: {columns}); geef "
        "elke kolom de tekst of het id van de vraag — “workshop survey questions” toont ze",
    },
    "survey.no_group_column": {
        "en": "{path}: there is no column “{column}” to split the groups by (columns: {columns})",
        "nl": "{path}: er is geen kolom “{column}” om de groepen op te splitsen "
        "(kolommen: {columns})",
    },
    "survey.need_group": {
        "en": "say which group the answers belong to: --group GROUP, or --group-column NAME "
        "for a file with several groups",
        "nl": "zeg bij welke groep de antwoorden horen: --group GROEP, of --group-column NAAM "
        "voor een bestand met meerdere groepen",
    },
    "survey.problem": {
        "en": '{path}:row {row}: column "{column}": {message}',
        "nl": '{path}:rij {row}: kolom "{column}": {message}',
    },
    "survey.import_failed": {
        "en": {
            "one": "{count} problem in {path}; nothing was imported",
            "other": "{count} problems in {path}; nothing was imported",
        },
        "nl": {
            "one": "{count} probleem in {path}; er is niets geïmporteerd",
            "other": "{count} problemen in {path}; er is niets geïmporteerd",
        },
    },
    "survey.same_question_twice": {
        "en": "this column answers the same question as column “{other}”; remove one of them",
        "nl": "deze kolom beantwoordt dezelfde vraag als kolom “{other}”; verwijder er één",
    },
    # answers
    "survey.unknown_option": {
        "en": "“{value}” is not one of the options: {options}",
        "nl": "“{value}” is geen van de opties: {options}",
    },
    "survey.words_as_dont_know": {
        "en": "“{value}” is not a number; counted as “don't know”",
        "nl": "“{value}” is geen getal; geteld als “weet ik niet”",
    },
    "survey.words_left_out": {
        "en": "“{value}” is not a number; left out",
        "nl": "“{value}” is geen getal; weggelaten",
    },
    "survey.out_of_range_as_wrong": {
        "en": "{value} is outside the range {low} to {high}; counted as a wrong answer",
        "nl": "{value} valt buiten het bereik {low} tot {high}; geteld als fout antwoord",
    },
    "survey.out_of_range_left_out": {
        "en": "{value} is outside the range {low} to {high}; left out",
        "nl": "{value} valt buiten het bereik {low} tot {high}; weggelaten",
    },
    "survey.short_row": {
        "en": "{path}:row {row}: only {cells} of the {columns} columns are there (the file may "
        "be cut off); the answers that are there were imported",
        "nl": "{path}:rij {row}: maar {cells} van de {columns} kolommen zijn er (het bestand is "
        "misschien afgekapt); de antwoorden die er zijn, zijn geïmporteerd",
    },
    "survey.warnings": {
        "en": {
            "one": "{count} answer was read with a warning:",
            "other": "{count} answers were read with a warning:",
        },
        "nl": {
            "one": "{count} antwoord is met een waarschuwing gelezen:",
            "other": "{count} antwoorden zijn met een waarschuwing gelezen:",
        },
    },
    "survey.password_protected": {
        "en": "{path}: the spreadsheet is protected with a password; open it, save it without "
        "a password and import that copy",
        "nl": "{path}: het rekenblad is met een wachtwoord beveiligd; open het, sla het op "
        "zonder wachtwoord en importeer die kopie",
    },
    "survey.not_on_scale": {
        "en": "“{value}” is not a point on the scale from 1 to 5",
        "nl": "“{value}” is geen punt op de schaal van 1 tot 5",
    },
    "survey.no_dont_know": {
        "en": "this question has no “don't know”; leave the cell empty instead",
        "nl": "deze vraag heeft geen “weet ik niet”; laat de cel dan leeg",
    },
    "survey.unknown_level": {
        "en": "“{value}” is not a level; use staff, manager or executive (or medewerker, "
        "leidinggevende, directie), “Rather not say”, or leave it empty",
        "nl": "“{value}” is geen niveau; gebruik medewerker, leidinggevende of directie "
        "(of staff, manager, executive), “Zeg ik liever niet”, of laat het leeg",
    },
    "survey.no_group_value": {
        "en": "no group given; fill in the group or pass --group for rows without one",
        "nl": "geen groep ingevuld; vul de groep in of geef --group mee voor rijen zonder groep",
    },
    # reports
    "survey.no_survey": {
        "en": "there are no survey answers for {group} yet; import them with “workshop survey "
        "import” or collect them with “workshop survey run”{known}",
        "nl": "er zijn nog geen enquêteantwoorden voor {group}; importeer ze met “workshop "
        "survey import” of verzamel ze met “workshop survey run”{known}",
    },
    "survey.known_groups": {
        "en": " (groups with answers: {groups})",
        "nl": " (groepen met antwoorden: {groups})",
    },
    # command line
    "survey.help": {
        "en": "the anonymous knowledge survey: collect, import, report",
        "nl": "de anonieme kennispeiling: afnemen, importeren, rapporteren",
    },
    "survey.import_help": {
        "en": "import a Google Forms (.csv) or Microsoft Forms (.xlsx) export, or an .xls or "
        ".ods sheet",
        "nl": "een export van Google Forms (.csv) of Microsoft Forms (.xlsx) importeren, of een "
        ".xls- of .ods-blad",
    },
    "survey.opt_file": {
        "en": "the exported file (.csv, .xlsx, .xls or .ods)",
        "nl": "het geëxporteerde bestand (.csv, .xlsx, .xls of .ods)",
    },
    "survey.opt_group": {
        "en": "the group (department), such as sales, it, hr or management",
        "nl": "de groep (afdeling), zoals sales, it, hr of management",
    },
    "survey.opt_group_column": {
        "en": "split one file over several groups by the values in this column",
        "nl": "één bestand over meerdere groepen verdelen volgens de waarden in deze kolom",
    },
    "survey.questions_help": {
        "en": "list the survey questions, to build the same survey in Forms",
        "nl": "de enquêtevragen tonen, om dezelfde enquête in Forms te maken",
    },
    "survey.report_help": {
        "en": "show a group's survey results, small groups withheld",
        "nl": "de enquêteresultaten van een groep tonen, kleine groepen verborgen",
    },
    "survey.run_help": {
        "en": "collect the survey on this screen, one participant after another",
        "nl": "de enquête op dit scherm afnemen, de ene deelnemer na de andere",
    },
    "survey.opt_json": {
        "en": "print JSON instead of a table",
        "nl": "JSON tonen in plaats van een tabel",
    },
    "survey.opt_min_group": {
        "en": "fewest respondents whose results may be shown (default 5, at least 3)",
        "nl": "minimaal aantal deelnemers om resultaten te tonen (standaard 5, minstens 3)",
    },
    "survey.kiosk_missing": {
        "en": "the survey screen is not available in this version of workshop",
        "nl": "het enquêtescherm is niet beschikbaar in deze versie van workshop",
    },
    "survey.reading": {"en": "Reading {name}", "nl": "{name} lezen"},
    "survey.imported": {
        "en": {
            "one": "Imported {count} response from {path}:",
            "other": "Imported {count} responses from {path}:",
        },
        "nl": {
            "one": "{count} antwoord geïmporteerd uit {path}:",
            "other": "{count} antwoorden geïmporteerd uit {path}:",
        },
    },
    "survey.imported_group": {
        "en": {"one": "  {group}: {count} response", "other": "  {group}: {count} responses"},
        "nl": {"one": "  {group}: {count} antwoord", "other": "  {group}: {count} antwoorden"},
    },
    "survey.dropped": {
        "en": "Left out because they could identify people: {columns}",
        "nl": "Weggelaten omdat ze mensen herkenbaar kunnen maken: {columns}",
    },
    "survey.ignored": {
        "en": "Left out because they are not survey questions: {columns}",
        "nl": "Weggelaten omdat het geen enquêtevragen zijn: {columns}",
    },
    "survey.skipped": {
        "en": {
            "one": "Skipped {count} row without a single answer.",
            "other": "Skipped {count} rows without a single answer.",
        },
        "nl": {
            "one": "{count} rij zonder één enkel antwoord overgeslagen.",
            "other": "{count} rijen zonder één enkel antwoord overgeslagen.",
        },
    },
    "survey.questions_title": {"en": "Survey questions", "nl": "Enquêtevragen"},
    "survey.col_id": {"en": "id", "nl": "id"},
    "survey.col_topic": {"en": "topic", "nl": "onderwerp"},
    "survey.col_level": {"en": "level", "nl": "niveau"},
    "survey.col_question": {"en": "question", "nl": "vraag"},
    "survey.col_options": {"en": "options", "nl": "opties"},
    "survey.col_respondents": {"en": "respondents", "nl": "deelnemers"},
    "survey.col_correct": {"en": "correct", "nl": "goed"},
    "survey.col_answered": {"en": "answers", "nl": "antwoorden"},
    "survey.col_attitude": {"en": "attitude", "nl": "houding"},
    "survey.depth_basic": {"en": "basic", "nl": "basis"},
    "survey.depth_deeper": {"en": "deeper", "nl": "verdieping"},
    "survey.answer_line": {"en": "answer: {answer}\n", "nl": "antwoord: {answer}\n"},
    "survey.kind_choice": {"en": "choice", "nl": "keuze"},
    "survey.kind_true_false": {"en": "true/false", "nl": "waar/niet waar"},
    "survey.kind_number": {"en": "number", "nl": "getal"},
    "survey.kind_scale": {"en": "scale 1–5", "nl": "schaal 1–5"},
    "survey.opt_short": {
        "en": "ask the short form (one basic question per topic and the attitude scales), "
        "on this screen and on phones",
        "nl": "stel de korte versie (één basisvraag per onderwerp en de houdingsvragen), "
        "op dit scherm en op telefoons",
    },
    "survey.report_short": {
        "en": {
            "one": "{count} of {total} answered the short form: its deeper questions were not "
            "asked and count for nothing.",
            "other": "{count} of {total} answered the short form: its deeper questions were not "
            "asked and count for nothing.",
        },
        "nl": {
            "one": "{count} van {total} vulde de korte versie in: de verdiepende vragen zijn "
            "niet gesteld en tellen niet mee.",
            "other": "{count} van {total} vulden de korte versie in: de verdiepende vragen zijn "
            "niet gesteld en tellen niet mee.",
        },
    },
    "survey.kind_level": {
        "en": "level · optional, asked first",
        "nl": "niveau · optioneel, als eerste gevraagd",
    },
    "survey.questions_tip": {
        "en": "In Forms: use each question text as it is, give every knowledge question the "
        "option “{dont_know}”, and make the level question optional. Never ask for names or "
        "e-mail addresses.",
        "nl": "In Forms: neem elke vraagtekst letterlijk over, geef elke kennisvraag de optie "
        "“{dont_know}” en maak de niveauvraag niet verplicht. Vraag nooit naar namen of "
        "e-mailadressen.",
    },
    "survey.report_title": {
        "en": {
            "one": "Survey of {group}: {count} respondent, shown from {threshold}",
            "other": "Survey of {group}: {count} respondents, shown from {threshold}",
        },
        "nl": {
            "one": "Enquête van {group}: {count} deelnemer, getoond vanaf {threshold}",
            "other": "Enquête van {group}: {count} deelnemers, getoond vanaf {threshold}",
        },
    },
    "survey.attitude_row": {"en": "Attitude (1–5)", "nl": "Houding (1–5)"},
}
