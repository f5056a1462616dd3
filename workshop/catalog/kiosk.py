"""Messages of the kiosk survey: one participant after another on the trainer's laptop."""

MESSAGES = {
    # Welcome
    "kiosk.title": {"en": "Knowledge survey · {group}", "nl": "Kennispeiling · {group}"},
    "kiosk.anonymous": {
        "en": "This survey is anonymous: no name, no e-mail, no time is stored.",
        "nl": "Deze enquête is anoniem: er wordt geen naam, geen e-mailadres en geen tijdstip "
        "opgeslagen.",
    },
    "kiosk.question_count_one": {"en": "question", "nl": "vraag"},
    "kiosk.question_count_many": {"en": "questions", "nl": "vragen"},
    "kiosk.dont_know_anytime": {
        "en": "Not sure? “Don't know” is always a good answer.",
        "nl": "Twijfel je? “Weet ik niet” is altijd een goed antwoord.",
    },
    "kiosk.press_enter": {
        "en": "Press enter to start",
        "nl": "Druk op enter om te beginnen",
    },
    # Level
    "kiosk.level_question": {
        "en": "At which level do you work?",
        "nl": "Op welk niveau werk je?",
    },
    "kiosk.level_optional": {
        "en": "You may skip this: choose “Rather not say”.",
        "nl": "Je mag dit overslaan: kies “Zeg ik liever niet”.",
    },
    "kiosk.level_staff": {"en": "Staff", "nl": "Medewerker"},
    "kiosk.level_manager": {"en": "Manager", "nl": "Leidinggevende"},
    "kiosk.level_executive": {"en": "Executive", "nl": "Directie"},
    "kiosk.level_none": {"en": "Rather not say", "nl": "Zeg ik liever niet"},
    # Questions
    "kiosk.progress": {
        "en": "Question {number} of {total}",
        "nl": "Vraag {number} van {total}",
    },
    "kiosk.dont_know": {"en": "Don't know", "nl": "Weet ik niet"},
    "kiosk.hint_choose": {
        "en": "Press the number of your answer, then enter.",
        "nl": "Druk op het nummer van je antwoord en dan op enter.",
    },
    "kiosk.hint_number": {
        "en": "Type a number and press enter. Not sure? Press ? for “Don't know”.",
        "nl": "Typ een getal en druk op enter. Twijfel je? Druk op ? voor “Weet ik niet”.",
    },
    "kiosk.number_range": {
        "en": "Type a number from {low} to {high}, or press ? for “Don't know”.",
        "nl": "Typ een getal van {low} tot en met {high}, of druk op ? voor “Weet ik niet”.",
    },
    "kiosk.number_placeholder": {"en": "your number", "nl": "je getal"},
    # Thanks and storage
    "kiosk.thanks": {"en": "Thank you!", "nl": "Bedankt!"},
    "kiosk.thanks_saved": {
        "en": "Your answers are saved, without your name.",
        "nl": "Je antwoorden zijn opgeslagen, zonder je naam.",
    },
    "kiosk.thanks_next": {
        "en": "The survey starts again for the next participant in a moment.",
        "nl": "Zo begint de enquête opnieuw voor de volgende deelnemer.",
    },
    "kiosk.save_failed": {
        "en": "Your answers are not saved yet. Please call the trainer; press enter to try again.",
        "nl": "Je antwoorden zijn nog niet opgeslagen. Roep de trainer; druk op enter om het "
        "opnieuw te proberen.",
    },
    # Closing
    "kiosk.close_question": {"en": "Close the survey?", "nl": "De enquête afsluiten?"},
    "kiosk.close_stored_one": {
        "en": "1 response stored this time.",
        "nl": "Deze keer is 1 ingevulde enquête opgeslagen.",
    },
    "kiosk.close_stored_many": {
        "en": "{count} responses stored this time.",
        "nl": "Deze keer zijn {count} ingevulde enquêtes opgeslagen.",
    },
    "kiosk.close_unfinished": {
        "en": "The answers of the participant who is busy now are not stored.",
        "nl": "De antwoorden van de deelnemer die nu bezig is, worden niet opgeslagen.",
    },
    "kiosk.close_yes": {"en": "Close", "nl": "Afsluiten"},
    "kiosk.close_no": {"en": "Continue", "nl": "Doorgaan"},
    # Keys in the footer
    "kiosk.key_start": {"en": "start", "nl": "beginnen"},
    "kiosk.key_choose": {"en": "choose", "nl": "kiezen"},
    "kiosk.key_next": {"en": "next", "nl": "volgende"},
    "kiosk.key_back": {"en": "back", "nl": "terug"},
    "kiosk.key_dont_know": {"en": "don't know", "nl": "weet ik niet"},
    "kiosk.key_retry": {"en": "try again", "nl": "opnieuw proberen"},
    "kiosk.key_help": {"en": "help", "nl": "help"},
    "kiosk.key_close": {"en": "close", "nl": "afsluiten"},
    "kiosk.key_continue": {"en": "continue", "nl": "doorgaan"},
    "kiosk.key_close_help": {"en": "close help", "nl": "help sluiten"},
    # Help
    "kiosk.help": {
        "en": """\
# Help · survey

## For participants

| Key | What it does |
|---|---|
| **1** … **7** | choose an answer; your choice gets a ▶ |
| **enter** | confirm and go to the next question |
| **←** | go back and change an earlier answer |
| **?** | “Don't know” on a question where you type a number |
| **f1** | this help; **esc** or **f1** closes it |

The survey is anonymous: no name, no e-mail, no time is stored. Nothing is saved until
you have answered the last question.

## For the trainer

| Key | What it does |
|---|---|
| **ctrl+q** | close the survey; it asks first and says how many responses were stored |

After the thank-you the survey starts again by itself for the next participant.
""",
        "nl": """\
# Help · enquête

## Voor deelnemers

| Toets | Wat het doet |
|---|---|
| **1** … **7** | kies een antwoord; je keuze krijgt een ▶ |
| **enter** | bevestig en ga naar de volgende vraag |
| **←** | ga terug en verander een eerder antwoord |
| **?** | “Weet ik niet” bij een vraag waar je een getal typt |
| **f1** | deze help; **esc** of **f1** sluit hem |

De enquête is anoniem: er wordt geen naam, geen e-mailadres en geen tijdstip opgeslagen.
Er wordt pas iets bewaard als je de laatste vraag hebt beantwoord.

## Voor de trainer

| Toets | Wat het doet |
|---|---|
| **ctrl+q** | de enquête afsluiten; eerst zie je hoeveel enquêtes er zijn opgeslagen |

Na het bedankje begint de enquête vanzelf opnieuw voor de volgende deelnemer.
""",
    },
}
