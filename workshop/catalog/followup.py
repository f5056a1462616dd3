"""Messages of the follow-up kit (vervolgpakket), `workshop followup` and organisation.yaml."""

MESSAGES = {
    # workshop followup ---------------------------------------------------------------------
    "followup.help": {
        "en": "write a group's follow-up kit: weekly moment, checklist, basic rules",
        "nl": "het vervolgpakket van een groep schrijven: wekelijks moment, checklist, basisregels",
    },
    "followup.opt_group": {
        "en": "the group (department), such as sales or it",
        "nl": "de groep (afdeling), zoals sales of it",
    },
    "followup.opt_output": {
        "en": "the folder to write the kit into; default: DATA/followup/GROUP/",
        "nl": "de map om het pakket in te schrijven; standaard: DATA/followup/GROEP/",
    },
    "followup.opt_day": {
        "en": "day of the weekly moment: mon, tue, wed, thu, fri, sat or sun (default: thu)",
        "nl": "dag van het wekelijkse moment: mon, tue, wed, thu, fri, sat of sun, of ma … zo "
        "(standaard: thu)",
    },
    "followup.opt_time": {
        "en": "time of the weekly moment, HH:MM (default: 15:00)",
        "nl": "tijd van het wekelijkse moment, UU:MM (standaard: 15:00)",
    },
    "followup.opt_weeks": {
        "en": "how many weeks, 1 to 52 (default: 8)",
        "nl": "hoeveel weken, 1 tot 52 (standaard: 8)",
    },
    "followup.opt_force": {
        "en": "replace files that already exist",
        "nl": "bestanden die al bestaan vervangen",
    },
    "followup.bad_day": {
        "en": "“{value}” is not a day; use mon, tue, wed, thu, fri, sat or sun",
        "nl": "“{value}” is geen dag; gebruik ma, di, wo, do, vr, za of zo (of mon … sun)",
    },
    "followup.bad_time": {
        "en": "“{value}” is not a time of day; write it as HH:MM, such as 15:00",
        "nl": "“{value}” is geen tijdstip; schrijf het als UU:MM, zoals 15:00",
    },
    "followup.opt_country": {
        "en": "the organisation's country (ISO code: NL, BE, DE …; default: NL): the weekly "
        "moment skips its public holidays",
        "nl": "het land van de organisatie (ISO-code: NL, BE, DE …; standaard: NL): het "
        "wekelijkse moment slaat de feestdagen daar over",
    },
    "followup.bad_country": {
        "en": "“{value}” is not a country the holiday calendar knows; use an ISO code such as "
        "NL or BE",
        "nl": "“{value}” is geen land dat de feestdagenkalender kent; gebruik een ISO-code zoals "
        "NL of BE",
    },
    "followup.bad_weeks": {
        "en": "the number of weeks must be a whole number from 1 to {most}, not “{value}”",
        "nl": "het aantal weken moet een heel getal van 1 tot {most} zijn, niet “{value}”",
    },
    "followup.bad_language": {
        "en": "unknown language “{value}”; use en or nl",
        "nl": "onbekende taal “{value}”; gebruik en of nl",
    },
    "followup.written": {
        "en": "Follow-up kit for {group} written to {folder}:",
        "nl": "Vervolgpakket voor {group} geschreven in {folder}:",
    },
    "followup.unchanged": {
        "en": "Follow-up kit for {group} already in {folder}, unchanged:",
        "nl": "Vervolgpakket voor {group} staat al in {folder}, ongewijzigd:",
    },
    "followup.file_unchanged": {
        "en": "  {path} (already there, unchanged)",
        "nl": "  {path} (stond er al, ongewijzigd)",
    },
    # the weekly social-media moment --------------------------------------------------------
    "moment.summary": {"en": "Weekly social-media moment", "nl": "Wekelijks social-mediamoment"},
    "moment.intro": {
        "en": "Half an hour a week for {group} to keep social media in sight together: one "
        "topic, one thing to do, no preparation needed.",
        "nl": "Een half uur per week voor {group} om samen social media in beeld te houden: één "
        "onderwerp, één ding om te doen, geen voorbereiding nodig.",
    },
    "moment.every": {
        "en": "Every {weekday} at {time}, {minutes} minutes.",
        "nl": "Elke {weekday} om {time}, {minutes} minuten.",
    },
    "moment.schedule_line": {
        "en": "Week {week} ({date}): {topic}",
        "nl": "Week {week} ({date}): {topic}",
    },
    "moment.christmas_break": {"en": "Christmas break", "nl": "kerstvakantie"},
    "moment.skipped": {
        "en": "Skipped, because the office is closed or half empty:",
        "nl": "Overgeslagen, omdat het kantoor dicht of half leeg is:",
    },
    "moment.skipped_line": {"en": "- {date}: {reason}", "nl": "- {date}: {reason}"},
    "moment.week_topic": {
        "en": "Topic of week {week} of {weeks}: {topic}",
        "nl": "Onderwerp van week {week} van {weeks}: {topic}",
    },
    "moment.how": {
        "en": "Open the laptop on the screen, do it together, and end with who does what this "
        "week.",
        "nl": "Zet de laptop op het scherm, doe het samen, en sluit af met wie deze week wat doet.",
    },
    "moment.prompt_generic": {
        "en": "{topic}: what did you try this week, and what will you try next? Show one "
        "example on the screen.",
        "nl": "{topic}: wat heb je deze week geprobeerd, en wat probeer je hierna? Laat één "
        "voorbeeld zien op het scherm.",
    },
    "moment.prompt.ambassador": {
        "en": "Who posted something about their work this week? Look at one post together: what "
        "makes it worth sharing, and who shares it today with a sentence of their own?",
        "nl": "Wie plaatste deze week iets over zijn of haar werk? Bekijk samen één bericht: wat "
        "maakt het de moeite waard, en wie deelt het vandaag met een eigen zin erbij?",
    },
    "moment.prompt.x": {
        "en": "Find one conversation in our field on X, LinkedIn or Bluesky together and read "
        "the latest posts. Who replies with a useful answer of their own this week?",
        "nl": "Zoek samen één gesprek uit ons vakgebied op X, LinkedIn of Bluesky en lees de "
        "nieuwste berichten. Wie reageert deze week met een bruikbaar antwoord van zichzelf?",
    },
    "moment.prompt.linkedin": {
        "en": "Put one LinkedIn headline on the screen: does it say what you do for customers "
        "(at most 220 characters)? Improve it together, then everyone checks their own.",
        "nl": "Zet één LinkedIn-kopregel op het scherm: staat erin wat je voor klanten doet "
        "(hoogstens 220 tekens)? Verbeter hem samen; daarna controleert iedereen die van zichzelf.",
    },
    "moment.prompt.facebook": {
        "en": "Look at our organisation's latest Facebook post. Would you share it with friends "
        "and family? Write the sentence you would add.",
        "nl": "Bekijk het laatste Facebookbericht van de organisatie. Zou je het delen met "
        "vrienden en familie? Schrijf de zin die je erbij zou zetten.",
    },
    "moment.prompt.instagram": {
        "en": "Pick one moment from this week's work that would make a good Instagram photo, "
        "without customers, screens or documents in view. Who takes it, and what is the caption?",
        "nl": "Kies één moment uit het werk van deze week dat een mooie Instagramfoto oplevert, "
        "zonder klanten, schermen of documenten in beeld. Wie maakt hem, en wat is het bijschrift?",
    },
    "moment.prompt.internal": {
        "en": "Post one useful tip or question in our Viva Engage community now, together, and "
        "reply to one colleague's post.",
        "nl": "Plaats nu samen één handige tip of vraag in onze Viva Engage-community, en "
        "reageer op een bericht van een collega.",
    },
    "moment.prompt.communication": {
        "en": "How did we tell people about our corporate accounts this week: a meeting, the "
        "newsletter, the e-mail signature? Tick one item off the communication checklist.",
        "nl": "Hoe hebben we deze week verteld over onze bedrijfsaccounts: een overleg, de "
        "nieuwsbrief, de e-mailhandtekening? Vink één punt af op de communicatiechecklist.",
    },
    "moment.prompt.rules": {
        "en": "Take one of our basic rules and a real post you had doubts about. Would it be "
        "fine? Test it against the rules together.",
        "nl": "Neem één van onze basisregels en een echt bericht waarover je twijfelde. Zou het "
        "mogen? Toets het samen aan de regels.",
    },
    "moment.prompt.safety": {
        "en": "Check your privacy settings together on one platform: who can see your posts, "
        "your connections and your phone number?",
        "nl": "Controleer samen je privacyinstellingen op één platform: wie ziet je berichten, "
        "je connecties en je telefoonnummer?",
    },
    "moment.prompt.photos": {
        "en": "Take one photo you would like to post from this week. Who is recognisable in "
        "it, and did each of them say yes? What do you do if one says no?",
        "nl": "Neem één foto van deze week die je zou willen plaatsen. Wie is erop herkenbaar, "
        "en heeft ieder van hen ja gezegd? Wat doe je als iemand nee zegt?",
    },
    "moment.prompt.ai": {
        "en": "Let an AI tool draft a post about this week's work, without anything "
        "confidential in the prompt. Rewrite it together in your own voice and check every fact.",
        "nl": "Laat een AI-tool een bericht over het werk van deze week schrijven, zonder iets "
        "vertrouwelijks in de prompt. Herschrijf het samen in je eigen woorden en controleer "
        "elk feit.",
    },
    "moment.prompt.incidents": {
        "en": "A journalist sends you a message about the organisation. What do you reply, and "
        "whom do you tell? Find the spokesperson's name together.",
        "nl": "Een journalist stuurt je een bericht over de organisatie. Wat antwoord je, en "
        "wie licht je in? Zoek samen de naam van de woordvoerder op.",
    },
    "moment.prompt.disclosure": {
        "en": "Share one vacancy or product of ours with a line of your own that says you work "
        "here. Read each other's lines: is the relationship clear?",
        "nl": "Deel één vacature of product van ons met een eigen zin waarin staat dat je hier "
        "werkt. Lees elkaars zinnen: is de band met de organisatie duidelijk?",
    },
    "moment.prompt.voluntary": {
        "en": "What would you rather keep private online, and what would you like to share "
        "about your work? Everyone decides for themselves; nobody has to tell.",
        "nl": "Wat houd je online liever privé, en wat deel je graag over je werk? Ieder "
        "beslist dat zelf; niemand hoeft het te vertellen.",
    },
    "moment.prompt.accessibility": {
        "en": "Take one post of ours with an image: does it have alt text, hashtags in "
        "CamelCase and plain words? Improve it together.",
        "nl": "Neem één bericht van ons met een afbeelding: heeft het een alt-tekst, hashtags "
        "in CamelCase en eenvoudige woorden? Verbeter het samen.",
    },
    "moment.prompt.platforms": {
        "en": "Where are our customers and peers online this month? Pick one platform we "
        "don't use yet and look at what people in our field post there.",
        "nl": "Waar zijn onze klanten en vakgenoten online deze maand? Kies één platform dat we "
        "nog niet gebruiken en bekijk wat mensen uit ons vak daar plaatsen.",
    },
    "moment.prompt.attitude": {
        "en": "What held you back from posting this week? Name one thing, and let a colleague "
        "help you past it.",
        "nl": "Wat hield je deze week tegen om iets te posten? Noem één ding, en laat een "
        "collega je erover heen helpen.",
    },
    # the communication checklist -----------------------------------------------------------
    "checklist.our_organisation": {"en": "our organisation", "nl": "onze organisatie"},
    "checklist.title": {
        "en": "Communication checklist · {organisation}",
        "nl": "Communicatiechecklist · {organisation}",
    },
    "checklist.intro": {
        "en": "For {group}: keep social media in sight through several channels, every week. "
        "Tick off what is done.",
        "nl": "Voor {group}: houd social media via meerdere kanalen in beeld, elke week. Vink af "
        "wat gedaan is.",
    },
    "checklist.accounts": {
        "en": "Tell everyone about our corporate accounts",
        "nl": "Vertel iedereen over onze bedrijfsaccounts",
    },
    "checklist.accounts_share": {
        "en": "Share the list below in the team meeting, the newsletter and on the intranet.",
        "nl": "Deel de lijst hieronder in het teamoverleg, de nieuwsbrief en op het intranet.",
    },
    "checklist.accounts_follow": {
        "en": "Ask everyone to follow the accounts on the platforms they use themselves.",
        "nl": "Vraag iedereen de accounts te volgen op de platforms die ze zelf gebruiken.",
    },
    "checklist.accounts_pin": {
        "en": "Pin the list in the team's channel in Teams or Viva Engage.",
        "nl": "Zet de lijst vast in het kanaal van het team in Teams of Viva Engage.",
    },
    "checklist.col_platform": {"en": "Platform", "nl": "Platform"},
    "checklist.col_account": {"en": "Account", "nl": "Account"},
    "checklist.col_address": {"en": "Address", "nl": "Adres"},
    "checklist.no_organisation": {
        "en": "Fill in organisation.yaml (see `workshop modules validate`) to list the accounts "
        "here.",
        "nl": "Vul organisation.yaml in (zie `workshop modules validate`) om de accounts hier te "
        "tonen.",
    },
    "checklist.signature": {
        "en": "Put it in your e-mail signature",
        "nl": "Zet het in je e-mailhandtekening",
    },
    "checklist.signature_add": {
        "en": "Add this line below your name in your e-mail signature (in Outlook: Settings › "
        "Mail › Signatures).",
        "nl": "Zet deze regel onder je naam in je e-mailhandtekening (in Outlook: Instellingen › "
        "E-mail › Handtekeningen).",
    },
    "checklist.signature_ex": {
        "en": "Follow us on LinkedIn: (the address of our company page)",
        "nl": "Volg ons op LinkedIn: (het adres van onze bedrijfspagina)",
    },
    "checklist.hashtag": {
        "en": "Use {hashtag} in posts about your work, so colleagues find each other's posts.",
        "nl": "Gebruik {hashtag} in berichten over je werk, zodat collega's elkaars berichten "
        "vinden.",
    },
    "checklist.meetings": {"en": "Mention it at meetings", "nl": "Noem het in overleggen"},
    "checklist.meetings_item": {
        "en": "Make social media a fixed five-minute item on the team meeting's agenda: one good "
        "post, one question.",
        "nl": "Maak social media een vast agendapunt van vijf minuten in het teamoverleg: één "
        "goed bericht, één vraag.",
    },
    "checklist.moment": {
        "en": "Hold the weekly social-media moment: every {weekday} at {time}, for {weeks} "
        "weeks (import weekly-moment.ics into your calendar).",
        "nl": "Houd het wekelijkse social-mediamoment: elke {weekday} om {time}, {weeks} weken "
        "lang (importeer weekly-moment.ics in je agenda).",
    },
    "checklist.meetings_share": {
        "en": "Say who posted something worth sharing this week, and share it together.",
        "nl": "Noem wie deze week iets deelwaardigs heeft geplaatst, en deel het samen.",
    },
    "checklist.recognise": {
        "en": "Recognise colleagues publicly",
        "nl": "Geef collega's publiekelijk erkenning",
    },
    "checklist.recognise_intro": {
        "en": "Good work that is seen gets repeated. Comment on or share a colleague's post, or "
        "name them in a post of your own. For example:",
        "nl": "Goed werk dat gezien wordt, wordt herhaald. Reageer op het bericht van een "
        "collega, deel het, of noem iemand in een bericht van jezelf. Bijvoorbeeld:",
    },
    "checklist.example_1": {
        "en": "“Great work at client X, Pieter!”",
        "nl": "“Mooi werk bij klant X, Pieter!”",
    },
    "checklist.example_2": {
        "en": "“Thanks to Fatima for her clear post about our new service: worth a read.”",
        "nl": "“Dank aan Fatima voor haar heldere bericht over onze nieuwe dienst: de moeite "
        "waard.”",
    },
    "checklist.example_3": {
        "en": "“Welcome to the team, Sanne! Glad to have you with us.”",
        "nl": "“Welkom in het team, Sanne! Fijn dat je er bent.”",
    },
    "checklist.recognise_do": {
        "en": "Recognise at least one colleague publicly this week.",
        "nl": "Geef deze week minstens één collega publiekelijk een compliment.",
    },
    "checklist.recognise_ask": {
        "en": "Ask before you name someone: not everyone wants to be in the picture.",
        "nl": "Vraag het voordat je iemand noemt: niet iedereen wil in beeld.",
    },
    "checklist.rules": {"en": "Repeat the basic rules", "nl": "Herhaal de basisregels"},
    "checklist.rules_hand_out": {
        "en": "Hand out the basic rules (basic-rules.html, one printed page) and put them where "
        "everyone finds them.",
        "nl": "Deel de basisregels uit (basic-rules.html, één geprinte pagina) en zet ze waar "
        "iedereen ze vindt.",
    },
    "checklist.rules_repeat": {
        "en": "Go through one rule in a team meeting every month.",
        "nl": "Bespreek elke maand één regel in het teamoverleg.",
    },
    "checklist.questions": {"en": "Questions?", "nl": "Vragen?"},
    "checklist.contact": {"en": "Ask {contact}.", "nl": "Vraag het aan {contact}."},
    "checklist.no_contact": {
        "en": "Ask the trainer or the marketing department.",
        "nl": "Vraag het aan de trainer of de afdeling marketing.",
    },
    # the basic-rules handout ---------------------------------------------------------------
    "handout.questions": {
        "en": "Questions about these rules? Ask {contact}.",
        "nl": "Vragen over deze regels? Vraag het aan {contact}.",
    },
    # organisation.yaml ---------------------------------------------------------------------
    "organisation.still_example": {
        "en": "Note: organisation.yaml still holds the example's details ({values}), and the "
        "handouts show them as they are. Put your organisation's own in it (a copy in a folder "
        "passed with --modules DIR), then write the kit again: workshop followup --group … "
        "--force.",
        "nl": "Let op: organisation.yaml bevat nog de gegevens van het voorbeeld ({values}), en "
        "de hand-outs tonen ze zoals ze zijn. Zet de gegevens van je eigen organisatie erin (een "
        "kopie in een map die je meegeeft met --modules DIR) en schrijf het pakket opnieuw: "
        "workshop followup --group … --force.",
    },
    "organisation.not_a_mapping": {
        "en": "the file should start with fields such as “name:” and “accounts:”",
        "nl": "het bestand hoort te beginnen met velden zoals “name:” en “accounts:”",
    },
    "organisation.bad_url": {
        "en": "“{value}” is not a web address; start it with https://",
        "nl": "“{value}” is geen webadres; begin het met https://",
    },
    "organisation.bad_email": {
        "en": "“{value}” is not an e-mail address",
        "nl": "“{value}” is geen e-mailadres",
    },
    "organisation.bad_platform": {
        "en": "unknown platform “{value}”; use linkedin, x, instagram, facebook, youtube, tiktok, "
        "bluesky, mastodon, threads, viva-engage, teams or other",
        "nl": "onbekend platform “{value}”; gebruik linkedin, x, instagram, facebook, youtube, "
        "tiktok, bluesky, mastodon, threads, viva-engage, teams of other",
    },
}
