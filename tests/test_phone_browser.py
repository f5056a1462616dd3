"""A real phone browser: headless Chromium joins with the code, taps an answer, and the store
holds it once, also after a reload. Driven over the DevTools Protocol, traffic only to 127.0.0.1.
"""

from __future__ import annotations

import pytest

from tests.phone_browser import Browser, chromium_missing
from tests.phone_support import CODE, LiveRig, stored_answers

pytestmark = pytest.mark.skipif(chromium_missing() is not None, reason=str(chromium_missing()))

VISIBLE = "!document.getElementById('v-{}').hidden"


@pytest.fixture
async def serving(library, isolated):
    rig = LiveRig(library, isolated)
    await rig.server.start(rig.desk)
    yield rig
    await rig.server.stop()
    rig.close()


async def test_a_phone_browser_joins_answers_and_sees_the_reveal(serving, isolated, tmp_path):
    rig = serving
    async with Browser(tmp_path / "profile") as browser:
        await browser.send(
            "Emulation.setDeviceMetricsOverride",
            width=360,
            height=740,
            deviceScaleFactor=2,
            mobile=True,
        )
        await browser.send("Page.navigate", url=rig.server.url)
        await browser.wait_for(VISIBLE.format("join"))
        assert await browser.evaluate("document.documentElement.lang") == "en"

        await browser.click("#code")
        await browser.type("abc 234")  # lower case and a space are fine
        await browser.click("#join-form button")
        await browser.wait_for(VISIBLE.format("wait"))
        assert "Waiting for the next question" in await browser.evaluate("document.body.innerText")
        assert rig.server.joined == 1

        await rig.go()  # the trainer opens the choice question
        await browser.wait_for(VISIBLE.format("question"))
        labels = await browser.evaluate(
            "[...document.querySelectorAll('#q-options .opt')].map(b => b.innerText)"
        )
        assert [" ".join(label.split()) for label in labels] == [
            "1 ▲ 140",
            "2 ◆ 280",
            "3 ● 500",
            "4 ■ Don't know",
        ]
        # Readable at 360 px: nothing wider than the screen, thumb-sized buttons.
        assert await browser.evaluate("document.documentElement.scrollWidth") <= 360
        assert await browser.evaluate(
            "[...document.querySelectorAll('.opt')].every(b => b.offsetHeight >= 48)"
        )

        # A screen reader reads "1, 140": the shape is for the eyes, matching the projector.
        assert await accessible_names(browser, "button") == [
            "1 140",
            "2 280",
            "3 500",
            "4 Don't know",
        ]

        await browser.click("#q-options .opt:nth-child(2)")
        await browser.wait_for(VISIBLE.format("received"))
        # Announced, not only shown: the live region present from the start says it.
        assert (
            await browser.evaluate("document.querySelector('[aria-live]#announce').textContent")
            == "Answer received"
        )
        answers = stored_answers(isolated)
        assert [(a["value"], a["source"]) for a in answers] == [(2, "phone")]
        assert rig.state.round.total == 1

        await browser.send("Page.reload")  # a refresh lands on the same state, no second vote
        await browser.wait_for(VISIBLE.format("received"))
        assert len(stored_answers(isolated)) == 1

        await rig.go("reveal")
        await browser.wait_for(VISIBLE.format("reveal"))
        text = await browser.evaluate("document.getElementById('v-reveal').innerText")
        assert "Right answer" in text and "280" in text and "280 since November 2017." in text
        assert "Your answer: 2 ◆ 280" in text
        assert "140" not in text  # only the right answer, nobody's distribution

    # No CSP violation, no script error, no failed request but the expected 401 before joining.
    assert [p for p in browser.problems() if "status of 401" not in p] == []


async def accessible_names(browser, role: str) -> list[str]:
    """The names the accessibility tree gives every `role` element, as a screen reader hears."""
    tree = await browser.send("Accessibility.getFullAXTree")
    return [
        " ".join(node["name"]["value"].split())
        for node in tree["nodes"]
        if node.get("role", {}).get("value") == role and not node.get("ignored")
    ]


async def test_the_qr_link_joins_without_typing_in_dutch(library, isolated, tmp_path):
    rig = LiveRig(library, isolated, language="nl")
    await rig.server.start(rig.desk)
    try:
        await rig.go(times=2)  # a late joiner: the number question is already open
        async with Browser(tmp_path / "profile") as browser:
            await browser.send("Page.navigate", url=rig.server.join_link)
            await browser.wait_for(VISIBLE.format("question"))
            assert await browser.evaluate("location.hash") == ""  # the code left the address bar
            text = await browser.evaluate("document.body.innerText")
            assert "Voor hoeveel telt een link op X?" in text
            await browser.click("#number")
            await browser.type("2000")
            await browser.click("#q-number button")
            await browser.wait_for("document.getElementById('message').innerText.length > 0")
            assert "van 0 tot en met 1.000" in await browser.evaluate(
                "document.getElementById('message').innerText"
            )
            assert stored_answers(isolated) == []
            await browser.evaluate("document.getElementById('number').value = ''")
            await browser.click("#number")
            await browser.type("23")
            await browser.click("#q-number button")
            await browser.wait_for(VISIBLE.format("received"))
            assert "Antwoord ontvangen" in await browser.evaluate("document.body.innerText")
        assert [p for p in browser.problems() if "status of 401" not in p] == []
        assert [(a["question"], a["value"]) for a in stored_answers(isolated)] == [
            ("test-link", 23)
        ]
    finally:
        await rig.server.stop()
        rig.close()


SMALL_BANK = {
    "topics": {"x": {"en": "X", "nl": "X"}},
    "questions": [
        {
            "id": "x-length",
            "kind": "choice",
            "topic": "x",
            "level": "basic",
            "text": {"en": "How long may a post on X be?", "nl": "Hoe lang mag een bericht zijn?"},
            "options": [140, 280],
            "correct": 2,
            "explanation": {"en": "280.", "nl": "280."},
        },
        {
            "id": "x-comfort",
            "kind": "scale",
            "topic": "x",
            "level": "basic",
            "text": {"en": "How comfortable are you on X?", "nl": "Hoe prettig vind je X?"},
            "explanation": {"en": "Opinion.", "nl": "Mening."},
        },
    ],
}


async def test_a_phone_browser_fills_in_the_survey(isolated, tmp_path):
    from workshop.content.model import SurveyBank
    from workshop.phone.server import PhoneServer, open_socket
    from workshop.phone.survey import SurveyDesk

    stored = []

    async def store(response):
        stored.append(response)

    bank = SurveyBank.model_validate(SMALL_BANK)
    server = PhoneServer(open_socket("127.0.0.1", 0), "en", code=CODE, wrong_code_delay=0)
    await server.start(SurveyDesk(bank, "en", store))
    try:
        async with Browser(tmp_path / "profile") as browser:
            await browser.send("Page.navigate", url=server.join_link)
            await browser.wait_for("document.body.innerText.includes('level')")
            await browser.click("#q-options .opt:nth-child(4)")  # rather not say
            await browser.wait_for("document.body.innerText.includes('Question 1 of 2')")
            await browser.click("#q-options .opt:nth-child(3)")  # don't know
            await browser.wait_for("document.body.innerText.includes('Question 2 of 2')")
            await browser.click("#q-back")  # back: the own answer is marked
            await browser.wait_for("!!document.querySelector('#q-options .opt.chosen')")
            chosen = await browser.evaluate("document.querySelector('.opt.chosen').innerText")
            assert "Don't know" in chosen
            await browser.click("#q-options .opt:nth-child(2)")  # changed my mind: 280
            await browser.wait_for("document.body.innerText.includes('Question 2 of 2')")
            assert stored == []
            await browser.click("#q-options .opt:nth-child(4)")
            await browser.wait_for(VISIBLE.format("thanks"))
            await browser.send("Page.reload")
            await browser.wait_for(VISIBLE.format("thanks"))
        assert [p for p in browser.problems() if "status of 401" not in p] == []
        assert stored == [{"level": None, "answers": {"x-length": 2, "x-comfort": 4}}]
    finally:
        await server.stop()


async def test_a_phone_says_a_warm_up_is_not_counted_and_a_check_says_nothing(
    isolated, tmp_path
):
    from tests.test_warm_ups import MODULE, MODULE_YAML
    from workshop.content import load_library

    folder = tmp_path / "modules"
    folder.mkdir()
    (folder / f"{MODULE}.yaml").write_text(MODULE_YAML, "utf-8")
    rig = LiveRig(load_library([folder]), isolated, "nl", modules=(MODULE,))
    await rig.server.start(rig.desk)
    try:
        async with Browser(tmp_path / "profile") as browser:
            await browser.send("Page.navigate", url=rig.server.join_link)
            await browser.wait_for(VISIBLE.format("question"))  # the module opens on its warm-up
            progress = "document.getElementById('q-progress').textContent"
            assert await browser.evaluate(progress) == "Opwarmvraag: deze vraag telt niet mee"
            await rig.go("reveal")
            await rig.go(times=2)  # past the talk, to the check
            await browser.wait_for(
                "document.getElementById('q-text').textContent.startsWith('Voor hoeveel')"
            )
            assert await browser.evaluate(progress) == ""
    finally:
        await rig.server.stop()
        rig.close()
