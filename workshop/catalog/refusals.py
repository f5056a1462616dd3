"""What the trainer is told when the phone server turns something away: what happened, how
often, and what to do. The key is `tui.refused_<reason>`, the reason `PhoneServer` reports."""

MESSAGES = {
    "tui.refused_full": {
        "en": {
            "one": "{count} phone turned away: the server takes no more phones. "
            "Those without a place can answer with the keys on the shared screen.",
            "other": "{count} phones turned away: the server takes no more phones. "
            "Those without a place can answer with the keys on the shared screen.",
        },
        "nl": {
            "one": "{count} telefoon geweigerd: de server neemt geen telefoons meer aan. "
            "Wie geen plek heeft, antwoordt met de toetsen op het gedeelde scherm.",
            "other": "{count} telefoons geweigerd: de server neemt geen telefoons meer aan. "
            "Wie geen plek heeft, antwoordt met de toetsen op het gedeelde scherm.",
        },
    },
    "tui.refused_not_saved": {
        "en": {
            "one": "{count} phone answer not saved: the disk refused the write. Free some "
            "space or check the data folder; the phone was told to send it again.",
            "other": "{count} phone answers not saved: the disk refused the write. Free some "
            "space or check the data folder; the phones were told to send them again.",
        },
        "nl": {
            "one": "{count} antwoord van een telefoon niet bewaard: de schijf weigerde het. "
            "Maak ruimte vrij of controleer de datamap; de telefoon vraagt het opnieuw te sturen.",
            "other": "{count} antwoorden van telefoons niet bewaard: de schijf weigerde ze. "
            "Maak ruimte vrij of controleer de datamap; de telefoons vragen ze opnieuw te sturen.",
        },
    },
    "tui.refused_connections": {
        "en": {
            "one": "{count} connection refused: too many at once, or too slow. Phones that wait "
            "a moment get in; many more than the room suggests someone is flooding the server.",
            "other": "{count} connections refused: too many at once, or too slow. Phones that wait "
            "a moment get in; many more than the room suggests someone is flooding the server.",
        },
        "nl": {
            "one": "{count} verbinding geweigerd: te veel tegelijk, of te traag. Telefoons "
            "die even wachten komen erin; veel meer dan de zaal doet vermoeden wijst op iemand "
            "die de server bestookt.",
            "other": "{count} verbindingen geweigerd: te veel tegelijk, of te traag. Telefoons "
            "die even wachten komen erin; veel meer dan de zaal doet vermoeden wijst op iemand "
            "die de server bestookt.",
        },
    },
    "tui.refused_room_full": {
        "en": {
            "one": "{count} phone turned away: more phones than the people present. If more "
            "people came in, press e and give the new number.",
            "other": "{count} phones turned away: more phones than the people present. If more "
            "people came in, press e and give the new number.",
        },
        "nl": {
            "one": "{count} telefoon geweigerd: meer telefoons dan aanwezigen. Zijn er mensen "
            "bij gekomen, druk dan op e en geef het nieuwe aantal.",
            "other": "{count} telefoons geweigerd: meer telefoons dan aanwezigen. Zijn er mensen "
            "bij gekomen, druk dan op e en geef het nieuwe aantal.",
        },
    },
    "tui.refused_locked": {
        "en": {
            "one": "{count} phone turned away: joining is locked. Press l to open it again.",
            "other": "{count} phones turned away: joining is locked. Press l to open it again.",
        },
        "nl": {
            "one": "{count} telefoon geweigerd: meedoen is gesloten. Druk op l om het weer "
            "te openen.",
            "other": "{count} telefoons geweigerd: meedoen is gesloten. Druk op l om het weer "
            "te openen.",
        },
    },
    "tui.refused_join_rate": {
        "en": {
            "one": "{count} phone asked to wait: too many joined at once. It gets in by trying "
            "again; if nobody is arriving, someone may be scripting joins: press l to lock.",
            "other": "{count} phones asked to wait: too many joined at once. They get in by "
            "trying again; if nobody is arriving, someone may be scripting joins: press l to "
            "lock.",
        },
        "nl": {
            "one": "{count} telefoon moest wachten: te veel tegelijk. Opnieuw proberen lukt; "
            "komt er niemand binnen, dan meldt misschien een script zich aan: druk op l.",
            "other": "{count} telefoons moesten wachten: te veel tegelijk. Opnieuw proberen "
            "lukt; komt er niemand binnen, dan meldt misschien een script zich aan: druk op l.",
        },
    },
    "tui.refused_wrong_code": {
        "en": {
            "one": "{count} wrong join code typed. A few are typos; many mean someone is "
            "guessing: press c for a new code.",
            "other": "{count} wrong join codes typed. A few are typos; many mean someone is "
            "guessing: press c for a new code.",
        },
        "nl": {
            "one": "{count} verkeerde deelnamecode getypt. Een paar zijn tikfouten; veel "
            "betekent dat iemand gokt: druk op c voor een nieuwe code.",
            "other": "{count} verkeerde deelnamecodes getypt. Een paar zijn tikfouten; veel "
            "betekent dat iemand gokt: druk op c voor een nieuwe code.",
        },
    },
    "tui.refused_guess_brake": {
        "en": {
            "one": "{count} join held back after many wrong codes from one place. If it goes "
            "on, press c for a new code.",
            "other": "{count} joins held back after many wrong codes from one place. If it goes "
            "on, press c for a new code.",
        },
        "nl": {
            "one": "{count} aanmelding tegengehouden na veel verkeerde codes van één plek. "
            "Houdt het aan, druk dan op c voor een nieuwe code.",
            "other": "{count} aanmeldingen tegengehouden na veel verkeerde codes van één plek. "
            "Houdt het aan, druk dan op c voor een nieuwe code.",
        },
    },
    "tui.refused_other": {
        "en": {
            "one": "The phone server refused {count} request.",
            "other": "The phone server refused {count} requests.",
        },
        "nl": {
            "one": "De telefoonserver weigerde {count} verzoek.",
            "other": "De telefoonserver weigerde {count} verzoeken.",
        },
    },
}
