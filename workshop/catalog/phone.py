"""Messages of the phone page, its server, and the join panel on the projector."""

MESSAGES = {
    # The page on the phone
    "phone.page_title": {"en": "Workshop", "nl": "Workshop"},
    "phone.join_title": {
        "en": "Type the join code from the screen",
        "nl": "Typ de deelnamecode van het scherm",
    },
    "phone.code_label": {"en": "Join code", "nl": "Deelnamecode"},
    "phone.join_button": {"en": "Join", "nl": "Meedoen"},
    "phone.anonymous": {
        "en": "Anonymous: no name, no account, nothing about your phone is stored.",
        "nl": "Anoniem: geen naam, geen account, niets over je telefoon wordt bewaard.",
    },
    "phone.waiting": {
        "en": "Waiting for the next question",
        "nl": "Wachten op de volgende vraag",
    },
    "phone.received": {"en": "Answer received", "nl": "Antwoord ontvangen"},
    "phone.received_note": {
        "en": "The answer appears on the screen after the round.",
        "nl": "Het antwoord verschijnt na de ronde op het scherm.",
    },
    "phone.number_label": {"en": "Your number", "nl": "Jouw getal"},
    "phone.send": {"en": "Send", "nl": "Versturen"},
    "phone.number_range": {
        "en": "Type a number from {low} to {high}.",
        "nl": "Typ een getal van {low} tot en met {high}.",
    },
    "phone.right_answer": {"en": "Right answer", "nl": "Goed antwoord"},
    "phone.no_right_answer": {
        "en": "No right answer: this question is about your opinion.",
        "nl": "Geen goed antwoord: deze vraag gaat over je mening.",
    },
    "phone.your_answer": {"en": "Your answer", "nl": "Jouw antwoord"},
    "phone.sure_question": {
        "en": "Are you sure of this answer?",
        "nl": "Weet je dit antwoord zeker?",
    },
    "phone.sure": {"en": "Sure", "nl": "Zeker"},
    "phone.unsure": {"en": "Not sure", "nl": "Niet zeker"},
    "phone.other_answer": {"en": "Choose another answer", "nl": "Een ander antwoord kiezen"},
    "phone.explanation": {"en": "Explanation", "nl": "Uitleg"},
    "phone.offline": {
        "en": "No connection to the workshop laptop; trying again…",
        "nl": "Geen verbinding met de workshoplaptop; opnieuw proberen…",
    },
    "phone.warm_up": {
        "en": "Warm-up: this question is not counted",
        "nl": "Opwarmvraag: deze vraag telt niet mee",
    },
    "phone.question_of": {"en": "Question {number} of {total}", "nl": "Vraag {number} van {total}"},
    "phone.back": {"en": "Back", "nl": "Terug"},
    "phone.level_question": {
        "en": "What is your level in the organisation? (You may skip this.)",
        "nl": "Wat is je niveau in de organisatie? (Je mag dit overslaan.)",
    },
    "phone.level_staff": {"en": "Staff", "nl": "Medewerker"},
    "phone.level_manager": {"en": "Manager", "nl": "Leidinggevende"},
    "phone.level_executive": {"en": "Executive", "nl": "Directie"},
    "phone.level_none": {"en": "Rather not say", "nl": "Zeg ik liever niet"},
    "phone.thanks": {
        "en": "Thank you! Your answers are stored anonymously.",
        "nl": "Bedankt! Je antwoorden zijn anoniem opgeslagen.",
    },
    # Short messages of the server, shown on the phone
    "phone.error_bad_request": {
        "en": "That request was not understood.",
        "nl": "Dat verzoek werd niet begrepen.",
    },
    "phone.error_bad_json": {
        "en": "That request was not understood.",
        "nl": "Dat verzoek werd niet begrepen.",
    },
    "phone.error_content_type": {
        "en": "Send JSON (application/json).",
        "nl": "Stuur JSON (application/json).",
    },
    "phone.error_too_large": {"en": "That request is too large.", "nl": "Dat verzoek is te groot."},
    "phone.error_not_found": {"en": "Nothing here.", "nl": "Hier is niets."},
    "phone.error_wrong_method": {
        "en": "That method is not allowed here.",
        "nl": "Die methode mag hier niet.",
    },
    "phone.error_bad_host": {
        "en": "Open the address shown on the screen.",
        "nl": "Open het adres dat op het scherm staat.",
    },
    "phone.error_bad_origin": {
        "en": "Open the address shown on the screen.",
        "nl": "Open het adres dat op het scherm staat.",
    },
    "phone.error_wrong_code": {
        "en": "That code is not right. Check the screen and try again.",
        "nl": "Die code klopt niet. Kijk op het scherm en probeer het opnieuw.",
    },
    "phone.error_slow_down": {
        "en": "Too many tries to join. Wait a moment and try again.",
        "nl": "Te veel pogingen om mee te doen. Wacht even en probeer het opnieuw.",
    },
    "phone.error_locked": {
        "en": "Joining is closed for now. Ask the trainer.",
        "nl": "Meedoen is nu gesloten. Vraag het de trainer.",
    },
    "phone.error_room_full": {
        "en": "This session has as many phones as people. Ask the trainer.",
        "nl": "Deze sessie heeft al zoveel telefoons als mensen. Vraag het de trainer.",
    },
    "phone.error_full": {
        "en": "No more phones can join this session.",
        "nl": "Er kunnen geen telefoons meer meedoen aan deze sessie.",
    },
    "phone.error_join_first": {
        "en": "Type the join code first.",
        "nl": "Typ eerst de deelnamecode.",
    },
    "phone.error_already_answered": {
        "en": "You already answered this question.",
        "nl": "Je hebt deze vraag al beantwoord.",
    },
    "phone.error_closed": {
        "en": "This question is closed.",
        "nl": "Deze vraag is gesloten.",
    },
    "phone.error_not_an_answer": {
        "en": "That is not an answer to this question.",
        "nl": "Dat is geen antwoord op deze vraag.",
    },
    "phone.error_not_saved": {
        "en": "Your answer could not be saved; try again in a moment.",
        "nl": "Je antwoord kon niet worden opgeslagen; probeer het zo opnieuw.",
    },
    "phone.error_out_of_step": {
        "en": "The page was out of date; here is where you are.",
        "nl": "De pagina was verouderd; hier ben je gebleven.",
    },
    "phone.error_survey_done": {
        "en": "You have already filled in the survey. Thank you!",
        "nl": "Je hebt de enquête al ingevuld. Bedankt!",
    },
    "phone.error_too_slow": {
        "en": "That request came in too slowly; try again.",
        "nl": "Dat verzoek kwam te langzaam binnen; probeer het opnieuw.",
    },
    "phone.error_server_error": {
        "en": "Something went wrong on the laptop; try again.",
        "nl": "Er ging iets mis op de laptop; probeer het opnieuw.",
    },
    # The projector and the command line
    "phone.panel_title": {"en": "Answer on your phone", "nl": "Antwoord met je telefoon"},
    "phone.panel_code": {"en": "Join code: {code}", "nl": "Deelnamecode: {code}"},
    "phone.panel_joined": {"en": "Phones joined: {count}", "nl": "Telefoons verbonden: {count}"},
    "phone.panel_joined_of": {
        "en": "Phones joined: {count} · people: {expected}",
        "nl": "Telefoons verbonden: {count} · mensen: {expected}",
    },
    "phone.locked": {"en": "joining locked", "nl": "meedoen gesloten"},
    "phone.badge": {
        "en": "Phones: {url} · code {code} · {room}",
        "nl": "Telefoons: {url} · code {code} · {room}",
    },
    "phone.key_join": {"en": "join panel", "nl": "deelnamepaneel"},
    "phone.key_lock": {"en": "lock joining", "nl": "meedoen sluiten"},
    "phone.key_unlock": {"en": "open joining", "nl": "meedoen openen"},
    "phone.key_new_code": {"en": "new code", "nl": "nieuwe code"},
    "phone.key_expect": {"en": "people present", "nl": "aantal mensen"},
    "phone.new_code_question": {
        "en": "Show a new join code? Phones that have not answered since the last code must "
        "join again.",
        "nl": "Een nieuwe deelnamecode tonen? Telefoons die sinds de vorige code niet hebben "
        "geantwoord, moeten opnieuw meedoen.",
    },
    "phone.new_code_done": {
        "en": "New join code {code}. Phones that must join again: {dropped}.",
        "nl": "Nieuwe deelnamecode {code}. Telefoons die opnieuw moeten meedoen: {dropped}.",
    },
    "phone.expect_question": {
        "en": "How many people are present? More phones than that (plus a small margin) cannot "
        "join. Leave empty for no limit.",
        "nl": "Hoeveel mensen zijn er? Meer telefoons dan dat (plus een kleine marge) kunnen "
        "niet meedoen. Laat leeg voor geen grens.",
    },
    "phone.expect_invalid": {
        "en": "Type a whole number from 1 to {most}, or leave it empty.",
        "nl": "Typ een heel getal van 1 tot en met {most}, of laat het leeg.",
    },
    "phone.locked_notice": {
        "en": "Joining locked: no new phones until you press l again.",
        "nl": "Meedoen gesloten: geen nieuwe telefoons tot je weer op l drukt.",
    },
    "phone.unlocked_notice": {
        "en": "Joining open again.",
        "nl": "Meedoen weer open.",
    },
    "phone.more_responses": {
        "en": "⚠ More survey responses than people present ({expected}): someone may be "
        "filling it in twice.",
        "nl": "⚠ Meer enquêtes ingevuld dan mensen aanwezig ({expected}): misschien vult "
        "iemand de enquête dubbel in.",
    },
    "phone.more_answers": {
        "en": "⚠ More answers than people present ({expected}): check the number (e), or "
        "someone answers twice (a phone, a script, a show of hands counted again).",
        "nl": "⚠ Meer antwoorden dan mensen aanwezig ({expected}): controleer het aantal (e), "
        "of iemand antwoordt dubbel (een telefoon, een script, handen opnieuw geteld).",
    },
    "phone.opt_serve": {
        "en": "let participants answer from their phones over the local network",
        "nl": "laat deelnemers antwoorden met hun telefoon via het lokale netwerk",
    },
    "phone.opt_host": {
        "en": "address to listen on (default 127.0.0.1, this laptop only; 0.0.0.0 for the "
        "whole network)",
        "nl": "adres om op te luisteren (standaard 127.0.0.1, alleen deze laptop; 0.0.0.0 voor "
        "het hele netwerk)",
    },
    "phone.opt_port": {
        "en": "port to listen on (default {port})",
        "nl": "poort om op te luisteren (standaard {port})",
    },
    "phone.port_in_use": {
        "en": "port {port} on {host} is already in use; choose another with --port, "
        "e.g. --port {other}",
        "nl": "poort {port} op {host} is al in gebruik; kies een andere met --port, "
        "bijvoorbeeld --port {other}",
    },
    "phone.cannot_listen": {
        "en": "cannot listen on {host} port {port} ({reason}); check --host and --port",
        "nl": "kan niet luisteren op {host} poort {port} ({reason}); controleer --host en --port",
    },
    "phone.serve_needed": {
        "en": "--host, --port and --expect only work together with --serve",
        "nl": "--host, --port en --expect werken alleen samen met --serve",
    },
    "phone.opt_expect": {
        "en": "how many people are present: phones beyond that (plus a small margin) cannot join",
        "nl": "hoeveel mensen er zijn: meer telefoons dan dat (plus een kleine marge) kunnen "
        "niet meedoen",
    },
    "phone.bad_expect": {
        "en": "--expect needs a whole number of people from 1 to {most}",
        "nl": "--expect heeft een heel aantal mensen nodig, van 1 tot en met {most}",
    },
}
