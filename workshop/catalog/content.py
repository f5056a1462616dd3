"""Messages about training content (modules, survey bank, basic rules)."""

MESSAGES = {
    "language.en": {"en": "English", "nl": "Engels"},
    "language.nl": {"en": "Dutch", "nl": "Nederlands"},
    "content.no_such_file": {
        "en": "file not found; check the path",
        "nl": "bestand niet gevonden; controleer het pad",
    },
    "content.not_a_file": {
        "en": "this is not a regular file (a folder, a named pipe or a device); "
        "move it out of the modules folder",
        "nl": "dit is geen gewoon bestand (een map, een named pipe of een apparaat); "
        "haal het uit de map met modules",
    },
    "content.too_large": {
        "en": "this file is larger than {megabytes} MB, too large for training content; "
        "split it into modules",
        "nl": "dit bestand is groter dan {megabytes} MB, te groot voor trainingsinhoud; "
        "verdeel het over modules",
    },
    "content.alias_loop": {
        "en": "this anchor is used inside itself (an alias such as *a within &a); "
        "write the value out instead",
        "nl": "dit anker wordt binnen zichzelf gebruikt (een alias zoals *a binnen &a); "
        "schrijf de waarde uit",
    },
    "content.too_many_values": {
        "en": "the aliases here expand to more than {count} values; "
        "write the content out instead of repeating anchors",
        "nl": "de aliassen hier worden meer dan {count} waarden; "
        "schrijf de inhoud uit in plaats van ankers te herhalen",
    },
    "content.no_such_folder": {
        "en": "folder not found; check the --modules path",
        "nl": "map niet gevonden; controleer het pad bij --modules",
    },
    "content.yaml_syntax": {
        "en": "this is not valid YAML ({detail}); check indentation, colons and quotes here",
        "nl": "dit is geen geldige YAML ({detail}); controleer hier inspringing, dubbele punten "
        "en aanhalingstekens",
    },
    "content.duplicate_key": {
        "en": "“{key}” is written twice in the same block; keep one",
        "nl": "“{key}” staat twee keer in hetzelfde blok; houd er één over",
    },
    "content.not_a_mapping": {
        "en": "the file should start with fields such as “id:” and “title:”",
        "nl": "het bestand hoort te beginnen met velden zoals “id:” en “title:”",
    },
    "content.missing_language": {
        "en": "the {language} text is missing; add it",
        "nl": "de tekst in het {language} ontbreekt; vul die aan",
    },
    "content.missing": {
        "en": "required field “{field}” is missing; add it",
        "nl": "verplicht veld “{field}” ontbreekt; voeg het toe",
    },
    "content.unknown_field": {
        "en": "unknown field “{field}”; check the spelling or remove it",
        "nl": "onbekend veld “{field}”; controleer de spelling of haal het weg",
    },
    "content.expected_text": {
        "en": "“{field}” should be text; put it between quotes if it looks like a number, "
        "a date or yes/no",
        "nl": "“{field}” moet tekst zijn; zet het tussen aanhalingstekens als het op een getal, "
        "datum of yes/no lijkt",
    },
    "content.empty_text": {
        "en": "“{field}” is empty; write the text",
        "nl": "“{field}” is leeg; schrijf de tekst",
    },
    "content.expected_whole_number": {
        "en": "“{field}” should be a whole number",
        "nl": "“{field}” moet een heel getal zijn",
    },
    "content.expected_number": {
        "en": "“{field}” should be a number",
        "nl": "“{field}” moet een getal zijn",
    },
    "content.expected_yes_no": {
        "en": "“{field}” should be true or false",
        "nl": "“{field}” moet true of false zijn",
    },
    "content.expected_list": {
        "en": "“{field}” should be a list (lines starting with “- ”)",
        "nl": "“{field}” moet een lijst zijn (regels die beginnen met “- ”)",
    },
    "content.expected_mapping": {
        "en": "“{field}” should be a block of fields (such as en: and nl:)",
        "nl": "“{field}” moet een blok met velden zijn (zoals en: en nl:)",
    },
    "content.expected_date": {
        "en": "“{field}” should be a date written as 2026-11-30",
        "nl": "“{field}” moet een datum zijn, geschreven als 2026-11-30",
    },
    "content.bad_id": {
        "en": "“{field}” may hold only lowercase letters, digits, - and _",
        "nl": "“{field}” mag alleen kleine letters, cijfers, - en _ bevatten",
    },
    "content.missing_kind": {
        "en": "this item needs a “kind:” field",
        "nl": "dit onderdeel heeft een veld “kind:” nodig",
    },
    "content.unknown_kind": {
        "en": "unknown kind “{kind}”; use one of {expected}",
        "nl": "onbekende kind “{kind}”; gebruik een van {expected}",
    },
    "content.not_allowed": {
        "en": "“{field}” must be one of {expected}",
        "nl": "“{field}” moet een van deze zijn: {expected}",
    },
    "content.too_few": {
        "en": {
            "one": "“{field}” needs at least {count} item",
            "other": "“{field}” needs at least {count} items",
        },
        "nl": {
            "one": "“{field}” heeft minstens {count} onderdeel nodig",
            "other": "“{field}” heeft minstens {count} onderdelen nodig",
        },
    },
    "content.too_many": {
        "en": {
            "one": "“{field}” may have at most {count} item",
            "other": "“{field}” may have at most {count} items",
        },
        "nl": {
            "one": "“{field}” mag hoogstens {count} onderdeel hebben",
            "other": "“{field}” mag hoogstens {count} onderdelen hebben",
        },
    },
    "content.out_of_range": {
        "en": "“{field}” has a value ({value}) outside what is allowed",
        "nl": "“{field}” heeft een waarde ({value}) buiten wat is toegestaan",
    },
    "content.answer_out_of_range": {
        "en": "answer out of range: {detail}",
        "nl": "antwoord buiten bereik: {detail}",
    },
    "content.answer_repeated": {
        "en": "a correct answer is listed twice",
        "nl": "een goed antwoord staat er twee keer in",
    },
    "content.quiz_without_answer": {
        "en": "a quiz question needs a correct answer (“correct:”); use a poll step for opinions",
        "nl": "een quizvraag heeft een goed antwoord nodig (“correct:”); gebruik een poll-stap "
        "voor meningen",
    },
    "content.survey_without_answer": {
        "en": "a knowledge question needs a correct answer; use kind: scale for attitudes",
        "nl": "een kennisvraag heeft een goed antwoord nodig; gebruik kind: scale voor houding",
    },
    "content.other": {
        "en": "“{field}”: {detail}",
        "nl": "“{field}”: {detail}",
    },
    "content.duplicate_id": {
        "en": "the id “{id}” is already used in {first}; give this module its own id",
        "nl": "de id “{id}” wordt al gebruikt in {first}; geef deze module een eigen id",
    },
    "content.duplicate_question": {
        "en": "the question id “{id}” is already used in {first}; give this question its own id",
        "nl": "de vraag-id “{id}” wordt al gebruikt in {first}; geef deze vraag een eigen id",
    },
    "content.quiz_topic_unknown": {
        "en": "this quiz's topic “{topic}” is not one of the module's topics ({topics})",
        "nl": "het onderwerp “{topic}” van deze quiz is geen onderwerp van de module ({topics})",
    },
    "content.quiz_topic_missing": {
        "en": "the module teaches several topics ({topics}): say which one this quiz checks, "
        "with “topic:” beside “role:”",
        "nl": "de module behandelt meerdere onderwerpen ({topics}): zeg welk onderwerp deze quiz "
        "toetst, met “topic:” naast “role:”",
    },
    "content.unknown_topic": {
        "en": "topic “{topic}” is not in the survey bank (survey.yaml); add it there or fix "
        "the spelling",
        "nl": "onderwerp “{topic}” staat niet in de enquête (survey.yaml); voeg het daar toe "
        "of verbeter de spelling",
    },
    "content.unknown_survey_topic": {
        "en": "topic “{topic}” is not listed under “topics:” at the top of this file",
        "nl": "onderwerp “{topic}” staat niet onder “topics:” bovenaan dit bestand",
    },
    "content.no_survey": {
        "en": "no survey bank found; the built-in modules folder should hold survey.yaml",
        "nl": "geen enquête gevonden; de map met ingebouwde modules hoort survey.yaml te bevatten",
    },
    "content.no_policy": {
        "en": "no basic rules found; the built-in modules folder should hold policy.yaml",
        "nl": "geen basisregels gevonden; de map met ingebouwde modules hoort policy.yaml te "
        "bevatten",
    },
    # tracks.yaml ---------------------------------------------------------------------------
    "content.tracks_not_a_mapping": {
        "en": "tracks.yaml should list the modules per group: “sales:” with lines such as "
        "“  - linkedin-profile” below it",
        "nl": "tracks.yaml hoort per groep de modules op te sommen: “sales:” met daaronder "
        "regels zoals “  - linkedin-profile”",
    },
    "content.track_unknown_group": {
        "en": "no module is meant for the group “{group}”; the groups are {known}",
        "nl": "geen enkele module is bedoeld voor de groep “{group}”; de groepen zijn {known}",
    },
    "content.track_not_a_list": {
        "en": "the track of “{group}” should be a list of module ids (lines starting with “- ”)",
        "nl": "de leerlijn van “{group}” hoort een lijst van module-id’s te zijn (regels die "
        "beginnen met “- ”)",
    },
    "content.track_not_an_id": {
        "en": "“{value}” is not a module id",
        "nl": "“{value}” is geen module-id",
    },
    "content.track_unknown_module": {
        "en": "there is no module “{id}”{hint}; see `workshop modules list`",
        "nl": "er is geen module “{id}”{hint}; zie `workshop modules list`",
    },
    "content.did_you_mean": {
        "en": " (did you mean “{id}”?)",
        "nl": " (bedoelde je “{id}”?)",
    },
    "content.track_not_for_group": {
        "en": "module “{id}” is not meant for “{group}” (its audience: {audience})",
        "nl": "module “{id}” is niet bedoeld voor “{group}” (doelgroep: {audience})",
    },
    "content.track_repeated": {
        "en": "module “{id}” is already in the track of “{group}”",
        "nl": "module “{id}” staat al in de leerlijn van “{group}”",
    },
}
