"""Messages about the data folder and stored files."""

MESSAGES = {
    "store.busy": {
        "en": "{path} is in use by another workshop window; close that one first",
        "nl": "{path} is in gebruik door een ander workshopvenster; sluit dat eerst",
    },
    "store.session_open_elsewhere": {
        "en": "session {session} is open in another workshop window; close that one first, "
        "then start again",
        "nl": "sessie {session} is open in een ander workshopvenster; sluit dat eerst en start "
        "dan opnieuw",
    },
    "store.cannot_lock": {
        "en": "cannot open {path} for writing ({reason}); check the folder's permissions",
        "nl": "kan {path} niet openen om te schrijven ({reason}); controleer de rechten op de map",
    },
    "store.cannot_read": {
        "en": "cannot read {path} ({reason}); check the file's permissions",
        "nl": "kan {path} niet lezen ({reason}); controleer de rechten op het bestand",
    },
    "store.write_failed": {
        "en": "could not save to {path} ({reason}); everything saved before is kept — {advice}",
        "nl": "opslaan in {path} is mislukt ({reason}); alles wat eerder is opgeslagen blijft "
        "bewaard — {advice}",
    },
    "store.cause.permission": {
        "en": "no permission to write there",
        "nl": "geen toestemming om daar te schrijven",
    },
    "store.cause.gone": {"en": "the folder is gone", "nl": "de map is verdwenen"},
    "store.cause.handles": {
        "en": "too many files are open",
        "nl": "er staan te veel bestanden open",
    },
    "store.cause.full": {"en": "the disk is full", "nl": "de schijf is vol"},
    "store.cause.held": {
        "en": "another program, such as a virus scanner or a sync client, holds the file",
        "nl": "een ander programma, zoals een virusscanner of een synchronisatieprogramma, "
        "houdt het bestand vast",
    },
    "store.advice.permission": {
        "en": "check the folder's permissions or choose another --data folder",
        "nl": "controleer de rechten op de map of kies een andere map met --data",
    },
    "store.advice.gone": {
        "en": "reconnect the drive or choose another --data folder",
        "nl": "sluit de schijf weer aan of kies een andere map met --data",
    },
    "store.advice.handles": {
        "en": "close other programs, then try again",
        "nl": "sluit andere programma's en probeer het dan opnieuw",
    },
    "store.advice.full": {
        "en": "free some disk space or choose another --data folder",
        "nl": "maak schijfruimte vrij of kies een andere map met --data",
    },
    "store.advice.held": {
        "en": "wait a moment, then try again",
        "nl": "wacht even en probeer het dan opnieuw",
    },
    "store.advice.other": {
        "en": "check the disk or choose another --data folder",
        "nl": "controleer de schijf of kies een andere map met --data",
    },
    "store.taken_over": {
        "en": "another workshop window now writes {path}; this window saves nothing more, so "
        "nothing in the file is lost — close it and continue in the other window",
        "nl": "een ander workshopvenster schrijft nu in {path}; dit venster slaat niets meer "
        "op, dus er gaat niets in het bestand verloren — sluit het en ga verder in het andere "
        "venster",
    },
    "store.unreadable": {
        "en": "{path} cannot be read and was kept aside as {kept}; the other sessions still work",
        "nl": "{path} is onleesbaar en is apart gezet als {kept}; de andere sessies werken nog",
    },
    "store.wrong_value": {
        "en": "{path} holds a wrong value at {field} and was kept aside as {kept}; the other "
        "sessions still work",
        "nl": "{path} bevat een verkeerde waarde bij {field} en is apart gezet als {kept}; de "
        "andere sessies werken nog",
    },
    "store.newer_schema": {
        "en": "{path} was written by a newer version of workshop; update workshop to open it",
        "nl": "{path} is geschreven door een nieuwere versie van workshop; werk workshop bij "
        "om het te openen",
    },
    "store.bad_data_dir": {
        "en": "cannot use data folder {path} ({reason}); choose another with --data",
        "nl": "kan de datamap {path} niet gebruiken ({reason}); kies een andere met --data",
    },
    "store.not_a_folder": {"en": "it is not a folder", "nl": "het is geen map"},
    "store.reserved_group": {
        "en": "group name “{group}” is kept by Windows for a device; choose another, such as "
        "{group}-team",
        "nl": "groepsnaam “{group}” is in Windows voor een apparaat gereserveerd; kies een "
        "andere, zoals {group}-team",
    },
    "store.bad_group": {
        "en": "group name “{group}” may hold only letters, digits, - and _ (at most 40), "
        "such as sales or it",
        "nl": "groepsnaam “{group}” mag alleen letters, cijfers, - en _ bevatten (hoogstens 40), "
        "zoals sales of it",
    },
}
