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
        "en": "Written: {path} ({groups} groups, {sessions} sessions; aggregates only)",
        "nl": "Geschreven: {path} ({groups} groepen, {sessions} sessies; alleen totalen)",
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
    "report.needs_json": {
        "en": "add --json: this version prints the merged figures as JSON only",
        "nl": "voeg --json toe: deze versie toont de samengevoegde cijfers alleen als JSON",
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
    "org.unreadable_session": {
        "en": "{path}: this session file cannot be read and is left out",
        "nl": "{path}: dit sessiebestand is niet te lezen en blijft buiten het rapport",
    },
}
