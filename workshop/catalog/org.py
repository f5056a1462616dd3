"""Messages of the view across trainers: `workshop bundle` and `workshop report --org`."""

MESSAGES = {
    "bundle.help": {
        "en": "write what you hand over to the organisation: anonymous aggregates, with a checksum",
        "nl": "schrijf wat je aan de organisatie overdraagt: anonieme totalen, met een controlesom",
    },
    "bundle.opt_group": {"en": "the group to bundle", "nl": "de groep om te bundelen"},
    "bundle.opt_all": {"en": "every group in the data folder", "nl": "elke groep in de datamap"},
    "bundle.opt_output": {
        "en": "the bundle file to write",
        "nl": "het bundelbestand om te schrijven",
    },
    "bundle.opt_force": {
        "en": "replace an existing file with other content",
        "nl": "een bestaand bestand met een andere inhoud vervangen",
    },
    "bundle.no_groups": {
        "en": "the data folder {data} holds no group yet: nothing to bundle",
        "nl": "de datamap {data} heeft nog geen groep: er is niets te bundelen",
    },
    "bundle.written": {
        "en": "Written: {path} (groups: {groups}, sessions: {sessions}; aggregates only)",
        "nl": "Geschreven: {path} (groepen: {groups}, sessies: {sessions}; alleen totalen)",
    },
    "report.help": {
        "en": "one report across trainers: merge bundles and data folders (--org)",
        "nl": "één rapport over trainers heen: voeg bundels en datamappen samen (--org)",
    },
    "report.opt_org": {
        "en": "bundles (workshop bundle) and data folders to merge",
        "nl": "bundels (workshop bundle) en datamappen om samen te voegen",
    },
    "report.opt_output": {
        "en": "the HTML page to write (default: <data>/exports/org-report.html)",
        "nl": "de HTML-pagina om te schrijven (standaard: <data>/exports/org-report.html)",
    },
    "report.opt_json": {
        "en": "print the merged aggregates as JSON instead",
        "nl": "toon de samengevoegde totalen als JSON",
    },
    "report.opt_force": {
        "en": "replace an existing file with other content",
        "nl": "een bestaand bestand met een andere inhoud vervangen",
    },
    "org.missing": {
        "en": "{path}: not found: give a bundle made by `workshop bundle` or a data folder; "
        "nothing was merged",
        "nl": "{path}: niet gevonden: geef een bundel van `workshop bundle` of een datamap; er is "
        "niets samengevoegd",
    },
    "org.unreadable": {
        "en": "{path} cannot be read ({reason}): nothing was merged; copy it again",
        "nl": "{path} is niet te lezen ({reason}): er is niets samengevoegd; kopieer het opnieuw",
    },
    "org.foreign": {
        "en": "{path} is not a workshop bundle: nothing was merged; give a file made by "
        "`workshop bundle` or a data folder",
        "nl": "{path} is geen workshop-bundel: er is niets samengevoegd; geef een bestand van "
        "`workshop bundle` of een datamap",
    },
    "org.newer": {
        "en": "{path} was made by a newer workshop (bundle format {version}, this one reads "
        "{known}): nothing was merged; update workshop to read it",
        "nl": "{path} is gemaakt door een nieuwere workshop (bundelformaat {version}, deze leest "
        "{known}): er is niets samengevoegd; werk workshop bij om het te lezen",
    },
    "org.damaged": {
        "en": "{path} is damaged ({why}): nothing was merged; ask the trainer for a new one "
        "(`workshop bundle`)",
        "nl": "{path} is beschadigd ({why}): er is niets samengevoegd; vraag de trainer om een "
        "nieuwe (`workshop bundle`)",
    },
    "org.why_checksum": {
        "en": "its checksum does not match",
        "nl": "de controlesom klopt niet",
    },
    "org.why_field": {"en": "a wrong value at {field}", "nl": "een verkeerde waarde bij {field}"},
    "org.empty_folder": {
        "en": "{path} holds no workshop data (no sessions, surveys or re-checks): nothing was "
        "merged; give a data folder or a bundle",
        "nl": "{path} bevat geen workshopgegevens (geen sessies, enquêtes of herhaalmetingen): er "
        "is niets samengevoegd; geef een datamap of een bundel",
    },
    "org.unreadable_file": {
        "en": "{path} cannot be read as a workshop file: nothing was bundled or merged; copy it "
        "again from the trainer's laptop, or move it out of the folder",
        "nl": "{path} is niet te lezen als workshopbestand: er is niets gebundeld of "
        "samengevoegd; kopieer het opnieuw van de laptop van de trainer, of haal het uit de map",
    },
    "org.unreadable_session": {
        "en": "{path}: this session file cannot be read and is left out",
        "nl": "{path}: dit sessiebestand is niet te lezen en blijft buiten het rapport",
    },
    "report.written": {"en": "Written: {path}", "nl": "Geschreven: {path}"},
    "page.title": {
        "en": "Social-media ambassadors: the organisation",
        "nl": "Social-media-ambassadeurs: de organisatie",
    },
    "page.subtitle": {
        "en": {
            "one": "{groups} groups · {sessions} sessions · from {count} bundle or data folder",
            "other": "{groups} groups · {sessions} sessions · merged from {count} bundles and "
            "data folders",
        },
        "nl": {
            "one": "{groups} groepen · {sessions} sessies · uit {count} bundel of datamap",
            "other": "{groups} groepen · {sessions} sessies · samengevoegd uit {count} bundels "
            "en datamappen",
        },
    },
    "page.hidden_note": {
        "en": "“hidden”: {reason}.",
        "nl": "“verborgen”: {reason}.",
    },
    "page.fact_groups": {"en": "groups", "nl": "groepen"},
    "page.fact_sessions": {"en": "sessions", "nl": "sessies"},
    "page.fact_sources": {"en": "bundles and folders", "nl": "bundels en mappen"},
    "page.fact_counted_once": {"en": "handed over twice", "nl": "dubbel aangeleverd"},
    "page.weakest": {
        "en": "Where the organisation is weakest",
        "nl": "Waar de organisatie het zwakst is",
    },
    "page.weakest_intro": {
        "en": "Per topic the latest figure the organisation has: the re-checks, else the "
        "sessions, else the survey; below {percent} is weak. The group named is the lowest shown.",
        "nl": "Per onderwerp het laatste cijfer van de organisatie: de herhaalmetingen, anders de "
        "sessies, anders de enquête; onder {percent} is zwak. De genoemde groep is de laagste "
        "die getoond wordt.",
    },
    "page.col_topic": {"en": "topic", "nl": "onderwerp"},
    "page.col_now": {"en": "now", "nl": "nu"},
    "page.col_source": {"en": "measured by", "nl": "gemeten met"},
    "page.col_lowest_group": {"en": "lowest group", "nl": "laagste groep"},
    "page.col_group": {"en": "group", "nl": "groep"},
    "page.col_baseline": {"en": "baseline", "nl": "beginmeting"},
    "page.col_session": {"en": "session", "nl": "sessie"},
    "page.col_recheck": {"en": "latest re-check", "nl": "laatste herhaalmeting"},
    "page.col_recheck_week": {"en": "re-check {week}", "nl": "herhaalmeting {week}"},
    "page.source_baseline": {"en": "the survey", "nl": "de enquête"},
    "page.source_session": {"en": "the sessions", "nl": "de sessies"},
    "page.source_recheck": {"en": "the re-checks", "nl": "de herhaalmetingen"},
    "page.weak": {"en": "weak", "nl": "zwak"},
    "page.nothing_shown": {
        "en": "Nothing to show yet: too few answers to show anonymously.",
        "nl": "Nog niets te tonen: te weinig antwoorden om anoniem te tonen.",
    },
    "page.per_topic": {
        "en": "Per topic, across the organisation",
        "nl": "Per onderwerp, over de organisatie",
    },
    "page.chart_title": {
        "en": "Share correct per topic: baseline, session, latest re-check",
        "nl": "Deel goed per onderwerp: beginmeting, sessie, laatste herhaalmeting",
    },
    "page.steps": {
        "en": "The programme's steps per group",
        "nl": "De stappen van het programma per groep",
    },
    "page.had": {"en": "had", "nl": "gehad"},
    "page.not_yet": {"en": "not yet", "nl": "nog niet"},
    "page.per_group": {"en": "Per group and topic", "nl": "Per groep en onderwerp"},
    "page.group_facts": {
        "en": {"one": "{sessions} session", "other": "{sessions} sessions"},
        "nl": {"one": "{sessions} sessie", "other": "{sessions} sessies"},
    },
    "page.respondents": {
        "en": {"one": "survey: {count} respondent", "other": "survey: {count} respondents"},
        "nl": {"one": "enquête: {count} deelnemer", "other": "enquête: {count} deelnemers"},
    },
    "page.no_survey": {"en": "no survey", "nl": "geen enquête"},
    "page.too_few": {
        "en": "too few answers to show anonymously",
        "nl": "te weinig antwoorden om anoniem te tonen",
    },
    "page.too_few_short": {"en": "too few", "nl": "te weinig"},
    "page.hidden_subtraction_short": {"en": "hidden", "nl": "verborgen"},
    "page.hidden_subtraction": {
        "en": "hidden too, so that a smaller group cannot be worked out by subtraction",
        "nl": "ook verborgen, zodat een kleinere groep niet door aftrekken te achterhalen is",
    },
    "page.counted_once": {"en": "Handed over more than once", "nl": "Meer dan eens aangeleverd"},
    "page.once_session": {
        "en": {
            "one": "A session of {where} arrived once ({sources}).",
            "other": "A session of {where} arrived {count} times ({sources}): counted once.",
        },
        "nl": {
            "one": "Een sessie van {where} kwam één keer binnen ({sources}).",
            "other": "Een sessie van {where} kwam {count} keer binnen ({sources}): één keer "
            "geteld.",
        },
    },
    "page.once_survey": {
        "en": {
            "one": "The survey of {where} arrived once ({sources}).",
            "other": "The survey of {where} arrived {count} times ({sources}): counted once.",
        },
        "nl": {
            "one": "De enquête van {where} kwam één keer binnen ({sources}).",
            "other": "De enquête van {where} kwam {count} keer binnen ({sources}): één keer "
            "geteld.",
        },
    },
    "page.once_recheck": {
        "en": {
            "one": "The re-check of {where} arrived once ({sources}).",
            "other": "The re-check of {where} arrived {count} times ({sources}): counted once.",
        },
        "nl": {
            "one": "De herhaalmeting van {where} kwam één keer binnen ({sources}).",
            "other": "De herhaalmeting van {where} kwam {count} keer binnen ({sources}): één "
            "keer geteld.",
        },
    },
    "page.versions_survey": {
        "en": "The survey of {where} arrived in {count} different versions ({sources}): not "
        "added up; the one with the most respondents ({respondents}) counts.",
        "nl": "De enquête van {where} kwam in {count} verschillende versies binnen ({sources}): "
        "niet opgeteld; de versie met de meeste deelnemers ({respondents}) telt.",
    },
    "page.versions_recheck": {
        "en": "The re-check of {where} arrived in {count} different versions ({sources}): not "
        "added up; the one with the most answers ({respondents}) counts.",
        "nl": "De herhaalmeting van {where} kwam in {count} verschillende versies binnen "
        "({sources}): niet opgeteld; de versie met de meeste antwoorden ({respondents}) telt.",
    },
    "page.unreadable": {
        "en": "Session files that could not be read",
        "nl": "Sessiebestanden die niet te lezen waren",
    },
    "page.anonymity": {
        "en": "Anonymous: aggregates only, nothing about a person. A figure from fewer than 5 "
        "people or answers is not shown; when one group is hidden, the next-smallest is hidden "
        "too, and the organisation's figures add up only the groups shown.",
        "nl": "Anoniem: alleen totalen, niets over een persoon. Een cijfer van minder dan 5 "
        "mensen of antwoorden wordt niet getoond; is één groep verborgen, dan ook de "
        "eerstvolgende kleinste, en de cijfers van de organisatie tellen alleen de getoonde "
        "groepen op.",
    },
    "page.sources": {"en": "Merged from", "nl": "Samengevoegd uit"},
    "page.kind_bundle": {"en": "bundle", "nl": "bundel"},
    "page.kind_folder": {"en": "data folder", "nl": "datamap"},
}
