"""The phone face: a small local web server and one self-contained page, free of Textual.

Participants open the page on their own phones over the local network (no install, no account,
no internet) and answer the same live rounds, or the survey, as the shared screen.

    server.PhoneServer, server.open_socket   the aiohttp server in the caller's event loop
    feed.LiveFeed, feed.LiveSessionFeed      the live session as the server sees it
    quiz.QuizDesk, survey.SurveyDesk         what the phones do: the live quiz or the survey
    options                                  --serve, --host, --port for the commands

Nothing is imported here, so the command line does not load aiohttp until --serve asks for it.
"""
