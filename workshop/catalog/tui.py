"""Messages of the workshop screens."""

MESSAGES = {
    "tui.quit": {"en": "quit", "nl": "afsluiten"},
    "tui.agenda_title": {
        "en": "workshop · {group} · {minutes} min",
        "nl": "workshop · {group} · {minutes} min",
    },
    "tui.agenda_preparing": {
        "en": "workshop · {group} · preparing the agenda…",
        "nl": "workshop · {group} · de agenda wordt klaargezet…",
    },
    "tui.agenda_default": {
        "en": "No survey for {group} yet: a standard agenda",
        "nl": "Nog geen enquête voor {group}: een standaardagenda",
    },
    "tui.planned_minutes": {
        "en": "{planned} of {minutes} minutes planned",
        "nl": "{planned} van {minutes} minuten gepland",
    },
    "tui.planned_over": {
        "en": {
            "one": "⚠ {planned} of {minutes} minutes planned: {count} minute more than the "
            "time available",
            "other": "⚠ {planned} of {minutes} minutes planned: {count} minutes more than the "
            "time available",
        },
        "nl": {
            "one": "⚠ {planned} van {minutes} minuten gepland: {count} minuut meer dan de "
            "beschikbare tijd",
            "other": "⚠ {planned} van {minutes} minuten gepland: {count} minuten meer dan de "
            "beschikbare tijd",
        },
    },
    "tui.col_module": {"en": "Module", "nl": "Module"},
    "tui.col_minutes": {"en": "Time", "nl": "Tijd"},
    "tui.col_reason": {"en": "Why", "nl": "Waarom"},
    "tui.key_help": {"en": "help", "nl": "help"},
    "tui.key_next": {"en": "next", "nl": "volgende"},
    "tui.key_back": {"en": "back", "nl": "terug"},
    "tui.key_reveal": {"en": "reveal", "nl": "antwoord tonen"},
    "tui.key_undo": {"en": "undo last", "nl": "laatste ongedaan"},
    "tui.key_hands": {"en": "show of hands", "nl": "handen opsteken"},
    "tui.key_notes": {"en": "notes", "nl": "notities"},
    "tui.key_scores": {"en": "scores", "nl": "scores"},
    "tui.key_leave_text": {"en": "leave text box", "nl": "tekstvak verlaten"},
    "tui.palette_placeholder": {"en": "Search for an action…", "nl": "Zoek een actie…"},
    "tui.key_write": {"en": "write", "nl": "schrijven"},
    "tui.key_start": {"en": "start", "nl": "starten"},
    "tui.key_toggle": {"en": "in/out", "nl": "aan/uit"},
    "tui.key_move_up": {"en": "move up", "nl": "omhoog"},
    "tui.key_move_down": {"en": "move down", "nl": "omlaag"},
    "tui.key_add": {"en": "add", "nl": "toevoegen"},
    "tui.close": {"en": "close", "nl": "sluiten"},
    "tui.continue": {"en": "continue", "nl": "verder"},
    "tui.cancel": {"en": "cancel", "nl": "annuleren"},
    "tui.yes": {"en": "yes", "nl": "ja"},
    "tui.no": {"en": "no", "nl": "nee"},
    "tui.yes_button": {"en": "Yes (y)", "nl": "Ja (j)"},
    "tui.no_button": {"en": "No (n)", "nl": "Nee (n)"},
    "tui.area_session": {"en": "session", "nl": "sessie"},
    "tui.area_agenda": {"en": "agenda", "nl": "agenda"},
    "tui.area_app": {"en": "workshop", "nl": "workshop"},
    "tui.reason_added": {"en": "added by you", "nl": "door jou toegevoegd"},
    "tui.reason_dropped": {"en": "left out by you", "nl": "door jou weggelaten"},
    "tui.nothing_to_add": {
        "en": "Every module is already on the agenda.",
        "nl": "Alle modules staan al op de agenda.",
    },
    "tui.agenda_starting_soon": {
        "en": "Preparing the content… the session starts as soon as it is ready.",
        "nl": "De inhoud wordt klaargezet… de sessie begint zodra die klaar is.",
    },
    "tui.agenda_empty": {
        "en": "Take at least one module in (space) before starting.",
        "nl": "Zet minstens één module aan (spatie) voordat je start.",
    },
    "tui.resume_question": {
        "en": "There is an unfinished session ({session}). Continue where it stopped?",
        "nl": "Er is een onafgemaakte sessie ({session}). Verdergaan waar die stopte?",
    },
    "tui.nothing_to_resume": {
        "en": "No unfinished session for {group}: starting a new one.",
        "nl": "Geen onafgemaakte sessie voor {group}: een nieuwe begint.",
    },
    "tui.progress": {
        "en": "step {step} of {steps} · module {module} of {modules}",
        "nl": "stap {step} van {steps} · module {module} van {modules}",
    },
    "tui.notes_title": {"en": "Trainer notes", "nl": "Trainersnotities"},
    "tui.no_notes": {
        "en": "No trainer notes for this step.",
        "nl": "Geen trainersnotities bij deze stap.",
    },
    "tui.discussion": {"en": "Discussion", "nl": "Discussie"},
    "tui.discussion_left": {"en": "{time} left", "nl": "nog {time}"},
    "tui.discussion_time_up": {"en": "time is up", "nl": "de tijd is om"},
    "tui.exercise": {"en": "Exercise", "nl": "Oefening"},
    "tui.compose_ok": {
        "en": "✓ {platform}: {length} of {limit} characters",
        "nl": "✓ {platform}: {length} van {limit} tekens",
    },
    "tui.compose_over": {
        "en": "✗ {platform}: {length} of {limit} characters — {over} too many",
        "nl": "✗ {platform}: {length} van {limit} tekens — {over} te veel",
    },
    "tui.compose_hint": {
        "en": "Type your post: every key is text. Esc leaves the box, enter returns to it.",
        "nl": "Typ je bericht: elke toets is tekst. Esc verlaat het vak, enter brengt je terug.",
    },
    "tui.question_of": {
        "en": "{module} · question {number} of {total}",
        "nl": "{module} · vraag {number} van {total}",
    },
    "tui.answers": {"en": "Answers: {count}", "nl": "Antwoorden: {count}"},
    "tui.key_instruction": {
        "en": "Walk up and press the number of your answer (1–{last}).",
        "nl": "Loop naar voren en druk op het nummer van je antwoord (1–{last}).",
    },
    "tui.number_instruction": {
        "en": "Walk up, type your number and press Enter. Digits show as dots.",
        "nl": "Loop naar voren, typ je getal en druk op Enter. Cijfers verschijnen als stippen.",
    },
    "tui.key_instruction_sure": {
        "en": "Walk up, press the number of your answer (1–{last}), then ↑ sure or ↓ not sure.",
        "nl": "Loop naar voren, druk op het nummer van je antwoord (1–{last}), dan ↑ zeker of "
        "↓ niet zeker.",
    },
    "tui.number_instruction_sure": {
        "en": "Walk up, type your number, press Enter, then ↑ sure or ↓ not sure. Digits show "
        "as dots.",
        "nl": "Loop naar voren, typ je getal, druk op Enter, dan ↑ zeker of ↓ niet zeker. "
        "Cijfers verschijnen als stippen.",
    },
    "tui.number_box": {"en": "Your answer: {dots}", "nl": "Jouw antwoord: {dots}"},
    "tui.received": {"en": "✓ Answer received", "nl": "✓ Antwoord ontvangen"},
    "tui.received_sure": {
        "en": "✓ Answer received · now ↑ sure or ↓ not sure",
        "nl": "✓ Antwoord ontvangen · nu ↑ zeker of ↓ niet zeker",
    },
    "tui.sure_noted": {"en": "✓ Noted", "nl": "✓ Genoteerd"},
    "tui.sure_answer_first": {
        "en": "✗ First press the number of your answer, then ↑ or ↓",
        "nl": "✗ Druk eerst op het nummer van je antwoord, dan ↑ of ↓",
    },
    "tui.sure_enter_first": {
        "en": "✗ First press Enter to give your number, then ↑ or ↓",
        "nl": "✗ Druk eerst op Enter om je getal te geven, dan ↑ of ↓",
    },
    "tui.key_sure": {"en": "sure", "nl": "zeker"},
    "tui.key_unsure": {"en": "not sure", "nl": "niet zeker"},
    "tui.key_ask_confidence": {"en": "ask sure? on", "nl": "vraag zeker? aan"},
    "tui.key_stop_confidence": {"en": "stop sure?", "nl": "stop zeker?"},
    "tui.confidence_on": {
        "en": "From now on every answer is asked: sure (↑) or not sure (↓)?",
        "nl": "Vanaf nu wordt bij elk antwoord gevraagd: zeker (↑) of niet zeker (↓)?",
    },
    "tui.confidence_off": {
        "en": "No longer asking whether an answer is sure.",
        "nl": "Er wordt niet meer gevraagd of een antwoord zeker is.",
    },
    "tui.confidently_wrong": {
        "en": "Confidently wrong: {count} of {total} answers ({share}) were wrong and given "
        "as sure",
        "nl": "Zeker maar fout: {count} van {total} antwoorden ({share}) fout, met ‘zeker’ "
        "erbij",
    },
    "tui.repeat_not_counted": {
        "en": "✗ Same key again: not counted",
        "nl": "✗ Zelfde toets nog eens: niet geteld",
    },
    "tui.round_closed": {
        "en": "Not counted: the round is already closed.",
        "nl": "Niet geteld: de ronde is al gesloten.",
    },
    "tui.hands_too_late": {
        "en": "The hands were not counted: the round closed meanwhile.",
        "nl": "De handen zijn niet geteld: de ronde is intussen gesloten.",
    },
    "tui.leave_open_round": {
        "en": "This round is still open. Go back and leave it open? Its answers are kept, "
        "and → reveals it when you return.",
        "nl": "Deze ronde is nog open. Teruggaan en de ronde open laten? De antwoorden blijven "
        "bewaard, en → toont het antwoord als je terugkomt.",
    },
    "tui.number_rest": {"en": "other numbers", "nl": "andere getallen"},
    "tui.withdrawn": {"en": "↶ Last answer withdrawn", "nl": "↶ Laatste antwoord ingetrokken"},
    "tui.nothing_to_undo": {
        "en": "Nothing to undo: only the last answer, within a few seconds.",
        "nl": "Niets ongedaan te maken: alleen het laatste antwoord, binnen een paar seconden.",
    },
    "tui.press_a_number": {
        "en": "Press a number from 1 to {last}.",
        "nl": "Druk op een nummer van 1 tot en met {last}.",
    },
    "tui.not_an_answer": {
        "en": "That is not a possible answer; try again.",
        "nl": "Dat is geen mogelijk antwoord; probeer het opnieuw.",
    },
    "tui.key_does_nothing": {
        "en": "“{key}” does nothing here; press F1 for the keys.",
        "nl": "“{key}” doet hier niets; druk op F1 voor de toetsen.",
    },
    "tui.hands_title": {
        "en": "Show of hands: how many hands for each option?",
        "nl": "Handen opsteken: hoeveel handen per optie?",
    },
    "tui.hands_recount": {
        "en": {
            "one": "A new count replaces the earlier one ({count} hand), filled in below.",
            "other": "A new count replaces the earlier one ({count} hands), filled in below.",
        },
        "nl": {
            "one": "Een nieuwe telling vervangt de vorige ({count} hand), hieronder ingevuld.",
            "other": "Een nieuwe telling vervangt de vorige ({count} handen), hieronder ingevuld.",
        },
    },
    "tui.hands_save": {"en": "Count them", "nl": "Tellen"},
    "tui.hands_empty": {"en": "Type at least one count.", "nl": "Vul minstens één aantal in."},
    "tui.hands_counted": {"en": "✓ Hands counted", "nl": "✓ Handen geteld"},
    "tui.too_few": {
        "en": {
            "one": "{count} answer: too few answers to show anonymously",
            "other": "{count} answers: too few answers to show anonymously",
        },
        "nl": {
            "one": "{count} antwoord: te weinig antwoorden om anoniem te tonen",
            "other": "{count} antwoorden: te weinig antwoorden om anoniem te tonen",
        },
    },
    "tui.too_few_short": {"en": "too few", "nl": "te weinig"},
    "tui.right_answer": {"en": "✓ Right answer: {answer}", "nl": "✓ Goed antwoord: {answer}"},
    "tui.round_score": {
        "en": "Group score this round: {score}     → next",
        "nl": "Groepsscore deze ronde: {score}     → volgende",
    },
    "tui.round_mean": {
        "en": "Average: {mean}     → next",
        "nl": "Gemiddelde: {mean}     → volgende",
    },
    "tui.next_hint": {"en": "→ next", "nl": "→ volgende"},
    "tui.warm_up_label": {"en": "Warm-up · not counted", "nl": "Opwarmvraag · telt niet mee"},
    "tui.scores_title": {"en": "Scores so far", "nl": "Scores tot nu toe"},
    "tui.scores_after_module": {"en": "Scores after “{module}”", "nl": "Scores na “{module}”"},
    "tui.session_score": {
        "en": {
            "one": "{group}: {score} correct this session ({count} answer)",
            "other": "{group}: {score} correct this session ({count} answers)",
        },
        "nl": {
            "one": "{group}: {score} goed in deze sessie ({count} antwoord)",
            "other": "{group}: {score} goed in deze sessie ({count} antwoorden)",
        },
    },
    "tui.col_topic": {"en": "Topic", "nl": "Onderwerp"},
    "tui.col_session": {"en": "This session", "nl": "Deze sessie"},
    "tui.col_gain": {"en": "Learning gain (points)", "nl": "Leerwinst (punten)"},
    "tui.col_group": {"en": "Group", "nl": "Groep"},
    "tui.col_score": {"en": "Score", "nl": "Score"},
    "tui.col_answers": {"en": "Answers", "nl": "Antwoorden"},
    "tui.warm_ups_not_counted": {
        "en": "Warm-up questions are not counted.",
        "nl": "Opwarmvragen tellen niet mee.",
    },
    "tui.anonymity_note": {
        "en": "Figures from fewer than 5 answers are not shown, to keep everyone anonymous.",
        "nl": "Cijfers van minder dan 5 antwoorden worden niet getoond, zodat iedereen "
        "anoniem blijft.",
    },
    "tui.quit_during_round": {
        "en": "A round is open. Quit anyway? Every answer so far is saved; "
        "“workshop start --group {group} --resume” continues.",
        "nl": "Er loopt een ronde. Toch afsluiten? Alle antwoorden tot nu toe zijn opgeslagen; "
        "“workshop start --group {group} --resume” gaat verder.",
    },
    "tui.help_general": {
        "en": "# Keys\n\n- **F1** this help\n- **ctrl+p** every action by name\n- **ctrl+q** quit",
        "nl": "# Toetsen\n\n- **F1** deze help\n- **ctrl+p** elke actie op naam\n"
        "- **ctrl+q** afsluiten",
    },
    "tui.help_agenda": {
        "en": "# The agenda\n\nThe plan for this group, each module with the reason it was "
        "chosen.\n\n- **↑ ↓** choose a module\n- **space** take it in or out\n"
        "- **ctrl+↑ / ctrl+↓** move it\n- **a** add another module\n- **enter** start the "
        "session\n- **ctrl+p** every action by name\n- **ctrl+q** quit",
        "nl": "# De agenda\n\nHet plan voor deze groep, elke module met de reden waarom hij "
        "gekozen is.\n\n- **↑ ↓** kies een module\n- **spatie** zet hem aan of uit\n"
        "- **ctrl+↑ / ctrl+↓** verplaats hem\n- **a** voeg een andere module toe\n"
        "- **enter** start de sessie\n- **ctrl+p** elke actie op naam\n- **ctrl+q** afsluiten",
    },
    "tui.help_session": {
        "en": "# During the session\n\n- **→ / space** next step · **←** back\n"
        "- **t** trainer notes on/off (off by default: the room may see your screen)\n"
        "- **s** group scores\n- **j** phones: the join code and QR code, large or small "
        "(with `workshop start --serve`)\n- **e** how many people are present: more phones "
        "cannot join, more answers bring a warning · **l** lock or open joining · **c** a new "
        "join code (phones that did not answer since the last one join again)\n\n"
        "## Quiz rounds\n\n- participants press **1, 2, 3…**; the last number is “don't know”\n"
        "- a number question: digits, then **enter**\n"
        "- **backspace** withdraws the last answer (within 5 seconds)\n"
        "- **h** show of hands: type the count per option\n"
        "- **r** reveal (also when the countdown ends)\n"
        "- **?** ask with each answer: sure or not sure? (on/off; also `workshop start "
        "--confidence`). After their number, a participant presses **↑** sure or **↓** not "
        "sure (within 10 seconds; the first arrow counts; the next number is the next person's "
        "answer). The reveal then shows how many answers were confidently wrong.\n\n"
        "## Writing a post together\n\n- every key is text in the box, so typing never moves "
        "the session · **esc** leaves the box (then → moves on) · **enter** writes again\n\n"
        "**ctrl+p** finds any key by its name. "
        "Every answer is saved before “Answer received” shows. After a crash, "
        "`workshop start --group … --resume` continues at the same step.",
        "nl": "# Tijdens de sessie\n\n- **→ / spatie** volgende stap · **←** terug\n"
        "- **t** trainersnotities aan/uit (standaard uit: de zaal kan je scherm zien)\n"
        "- **s** groepsscores\n- **j** telefoons: de deelnamecode en QR-code, groot of klein "
        "(met `workshop start --serve`)\n- **e** hoeveel mensen er zijn: meer telefoons kunnen "
        "niet meedoen, meer antwoorden geven een waarschuwing · **l** meedoen sluiten of openen "
        "· **c** een nieuwe deelnamecode (telefoons die sinds de vorige niet antwoordden, doen "
        "opnieuw mee)\n\n## Quizrondes\n\n- deelnemers drukken op **1, 2, 3…**; "
        "het laatste nummer is ‘weet ik niet’\n- een getalvraag: cijfers, dan **enter**\n"
        "- **backspace** trekt het laatste antwoord in (binnen 5 seconden)\n"
        "- **h** handen opsteken: typ het aantal per optie\n"
        "- **r** antwoord tonen (ook als het aftellen afloopt)\n"
        "- **?** bij elk antwoord vragen: zeker of niet zeker? (aan/uit; ook `workshop start "
        "--confidence`). Na het nummer drukt een deelnemer op **↑** zeker of **↓** niet zeker "
        "(binnen 10 seconden; de eerste pijl telt; het volgende nummer is het antwoord van de "
        "volgende persoon). "
        "Bij het antwoord tonen zie je dan hoeveel antwoorden zeker maar fout waren.\n\n"
        "## Samen een bericht schrijven\n\n- elke toets is tekst in het vak, dus typen verzet "
        "de sessie nooit · **esc** verlaat het vak (dan gaat → verder) · **enter** schrijft "
        "weer\n\n**ctrl+p** vindt elke toets op naam. "
        "Elk antwoord is opgeslagen voordat ‘Antwoord ontvangen’ verschijnt. Na een crash gaat "
        "`workshop start --group … --resume` verder bij dezelfde stap.",
    },
    "tui.key_scroll": {"en": "scroll", "nl": "scrollen"},
    "tui.agenda_respondents": {
        "en": {
            "one": "survey: {count} respondent (this group)",
            "other": "survey: {count} respondents (this group)",
        },
        "nl": {
            "one": "enquête: {count} respondent (deze groep)",
            "other": "enquête: {count} respondenten (deze groep)",
        },
    },
    "tui.finished_question": {
        "en": "That was the last step. Write the session summary and the follow-up kit "
        "(weekly moment, checklist, basic-rules handout) into the data folder?",
        "nl": "Dat was de laatste stap. De samenvatting van de sessie en het vervolgpakket "
        "(wekelijks moment, checklist, hand-out met basisregels) in de datamap zetten?",
    },
    "tui.finished_title": {
        "en": "The session is finished. Thank you!",
        "nl": "De sessie is afgelopen. Bedankt!",
    },
    "tui.finished_written": {"en": "Written:", "nl": "Geschreven:"},
    "tui.finished_close": {"en": "Press enter to close.", "nl": "Druk op enter om af te sluiten."},
    "tui.hands_too_many": {
        "en": "More than {most} hands in one row: a typo? Correct the number.",
        "nl": "Meer dan {most} handen in één rij: een tikfout? Verbeter het getal.",
    },
    "tui.not_a_number_answer": {
        "en": "Not counted: type a number from {low} to {high}.",
        "nl": "Niet geteld: typ een getal van {low} tot en met {high}.",
    },
    "tui.resumed_open_round": {
        "en": "Resumed in an open round: every stored answer is back. Phones join again, and "
        "one that answered before the stop could answer once more: reveal soon.",
        "nl": "Hervat in een open ronde: elk bewaard antwoord is terug. Telefoons doen opnieuw "
        "mee, en wie vóór de onderbreking antwoordde, kan nog eens antwoorden: onthul snel.",
    },
    "tui.exit_stuck": {
        "en": "workshop: closing took too long, so it stopped; every saved answer is kept.",
        "nl": "workshop: afsluiten duurde te lang, dus is het gestopt; elk bewaard antwoord "
        "blijft behouden.",
    },
}
