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
        "en": "could not save to {path} ({reason}); everything saved before is kept — free "
        "some disk space or choose another --data folder",
        "nl": "opslaan in {path} is mislukt ({reason}); alles wat eerder is opgeslagen blijft "
        "bewaard — maak schijfruimte vrij of kies een andere map met --data",
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
    "store.bad_group": {
        "en": "group name “{group}” may hold only letters, digits, - and _ (at most 40), "
        "such as sales or it",
        "nl": "groepsnaam “{group}” mag alleen letters, cijfers, - en _ bevatten (hoogstens 40), "
        "zoals sales of it",
    },
}
