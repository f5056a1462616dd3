"""Post length as the platforms count it: X's weighted count (twitter-text v3) and code points."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

from workshop import textcount
from workshop.textcount import LIMITS, Measure, count, limit, measure

FAMILY = "👨\u200d👩\u200d👧\u200d👦"  # four people joined by zero-width joiners
ENGLAND = "🏴\U000e0067\U000e0062\U000e0065\U000e006e\U000e0067\U000e007f"  # a tag sequence
URL_60 = "https://example.com/" + "a" * 40


def test_limits_are_the_documented_ones():
    assert LIMITS == {"x": 280, "linkedin": 3000, "instagram": 2200, "facebook": 63206}
    assert [limit(p) for p in ("x", "linkedin", "instagram", "facebook")] == [
        280,
        3000,
        2200,
        63206,
    ]


@pytest.mark.parametrize(
    ("text", "length", "over"),
    [
        ("a" * 280, 280, False),
        ("a" * 281, 281, True),
        ("あ" * 140, 280, False),  # CJK weighs 2
        ("あ" * 141, 282, True),
        (FAMILY * 140, 280, False),  # 140 family emoji: 1,540 code points, still fits
    ],
    ids=["ascii-280", "ascii-281", "cjk-140", "cjk-141", "family-emoji-140"],
)
def test_x_limit_boundary(text, length, over):
    result = measure(text)
    assert (result.length, result.over) == (length, over)
    assert result.remaining == 280 - length


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("e\u0301", 1),  # e + combining acute becomes é after NFC
        ("A\u0301B", 2),
        ("Aשּׁ", 4),  # U+FB2C has no composed form: NFC gives three code points
        ("\u201c\u201d", 2),  # curly quotes U+201C/D weigh 1
        ("\u2018\u2019", 2),
        ("\u2014", 1),  # em dash U+2014
        ("\u2013", 1),  # en dash
        ("\u2026", 2),  # … U+2026 lies outside the light ranges
        ("\u2032\u2037", 2),  # primes U+2032-2037 weigh 1
        ("\u2038", 2),
        ("\u10ff\u1100", 3),  # the light range ends at U+10FF
        ("\u2000\u200d\u200e", 4),  # U+2000-200D weigh 1, U+200E does not
        ("Привет, שלום, مرحبا", 19),  # Cyrillic, Hebrew, Arabic weigh 1
        ("한국어", 6),
        ("\U00010000\U0010ffff", 4),  # outside the BMP: weigh 2 each (not emoji)
        ("ABC\u202a\uffffABC\ufffe", 12),  # twitter-text conformance: directional and invalid
    ],
)
def test_x_code_point_weights(text, expected):
    assert count(text, "x") == expected


@pytest.mark.parametrize(
    "emoji",
    [
        "😀",
        FAMILY,
        "🇳🇱",  # flag: a pair of regional indicators
        "1\ufe0f\u20e3",  # keycap 1️⃣
        "1\u20e3",  # keycap without FE0F
        "#\ufe0f\u20e3",
        "👍🏽",  # skin tone modifier
        "\u2764\ufe0f",  # ❤️: BMP base + FE0F
        "\u2b50",
        "\u00a9\ufe0f",  # ©️ is an emoji with FE0F
        "\u2122\ufe0f",
        "🏳\ufe0f\u200d🌈",  # rainbow flag: FE0F inside a ZWJ sequence
        "🧕🏾",
        "👩🏽\u200d💻",  # skin tone inside a ZWJ sequence
        ENGLAND,
    ],
)
def test_x_every_emoji_sequence_counts_two(emoji):
    assert count(emoji) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u00a9", 1),  # © without FE0F is a text symbol, and light
        ("\u2122", 2),  # ™ is heavy anyway
        ("\u263a\ufe0e", 4),  # FE0E asks for the text form: two heavy code points
        ("1", 1),
        ("🇳🇱🇧", 4),  # a flag plus a lone regional indicator
        ("👍🏽🏽", 4),  # a second skin tone stands alone
        ("👨\u200d", 3),  # a trailing ZWJ joins nothing and weighs 1
        ("😀😀😀", 6),
    ],
)
def test_x_emoji_edges(text, expected):
    assert count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (URL_60, 23),
        ("http://example.com", 23),
        ("HTTPS://WWW.EXAMPLE.COM/Index.html", 23),
        ("see https://example.com/very/long/path?x=1.", 4 + 23 + 1),
        ("www.example.com", 23),
        ("example.com", 23),
        ("example.nl", 23),
        ("example.nl/path", 23),
        ("sub.example.co.uk", 23),
        ("example.co.uk/a/b?c=d", 23),
        ("see setup.py", 4 + 23),  # .py is Paraguay's TLD: X links it too
        ("http://localhost/x", 18),  # no TLD: no link
        ("https://example.com:8080/x", 23),
        ("https://en.wikipedia.org/wiki/Primer_(film)", 23),
        ("https://example.com/a,b;c", 23),
        ("example.com and example.org", 23 + 5 + 23),
        ("https://www.twitter.com/aloha " * 10, 240),
    ],
)
def test_x_every_url_counts_23(text, expected):
    assert count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("https://example.com.", 24),
        ("https://example.com/x.", 24),
        ("https://example.com/x,", 24),
        ("https://example.com/x!", 24),
        ("https://example.com/x?", 24),
        ("https://example.com/x;", 24),
        ("https://example.com/x:", 24),
        ("(https://example.com/x)", 25),
        ("'https://example.com/x'", 25),
        ('"https://example.com/x"', 25),
        ("https://example.com/path.........", 23 + 9),
        ("example.com/x?y=1.", 24),
        ("example.com?y=1.", 23 + 5),  # without protocol, a query comes along only after a path
    ],
)
def test_x_trailing_punctuation_is_not_part_of_the_url(text, expected):
    assert count(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "name@example.com",  # e-mail address
        "first.last@example.co.uk",
        "john.doe.gov@mail.com",
        "@example.com",  # mention
        "#example.com",  # hashtag
        "$example.com",  # cashtag
        "foo_example.com",  # after _ - . / the domain is part of a longer word
        "foo/example.com",
        "ftp://example.com",  # only http(s); the bare domain after / is part of a longer word
        "long.test.tar.bz2",  # bz followed by a digit is no TLD
        "version 2.0",
        "randomurlrandomurlrandomurlrandomurlrandomurlrandomurlrandomurls.com",  # 64-char label
        "I really like http://t.co/abcdefghijklmnopqrstuvwxyz012345678901234",  # slug > 40
    ],
)
def test_x_not_a_url(text):
    assert count(text) == len(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tip 👉 lees https://example.com/blog/x, 東京!", 4 + 2 + 6 + 23 + 2 + 4 + 1),
        ("Mail name@example.com or visit example.com 🚀", 5 + 16 + 10 + 23 + 1 + 2),
        ("“Quoted” — café … 🇳🇱", 8 + 3 + 5 + 2 + 1 + 2),
    ],
)
def test_x_mixed_text(text, expected):
    assert count(text) == expected


# Cases from twitter-text's conformance suite (conformance/tests/validate.yml, sections
# WeightedTweetsWithDiscountedEmojiCounterTest and UnicodeDirectionalMarkerCounterTest, which
# use config v3) and its URL extraction suite (extract.yml).
KANA = "あいうえおかきくけこ"
CONFORMANCE = [
    ("Hi http://test.co", 26),
    ("http://test.co", 23),
    ("285 chars-" + "xxxxxxxxxx-" * 25, 285),
    ("285 chars- http://www.twitter.com/jack " + "xxxxxxxxxx-" * 24, 299),
    ("xxxxxxxxxx-" * 24 + " http://www.twitter.com/jack ", 289),
    ("😷" * 160, 320),
    ("H🐱☺" + FAMILY, 7),
    ("😷👾😡🔥💩", 10),
    ("🙋🏽👨\u200d🎤", 4),
    ("Unicode 9.0 emoji: 🤠; 💃; 💃🏾", 29),
    ("Unicode 10.0 emoji: 🤪; 🧕; 🧕🏾; " + ENGLAND, 34),
    # a host over 63 characters once punycoded is no link; one under is
    (KANA * 12 + " http://" + KANA * 5 + "あいう.com", 358),
    (KANA * 12 + " http://" + KANA * 5 + "あい.com", 264),
    ("\u2066\u202ahttp://foobar.پاکستان/\u202c\u2069", 31),
    ("example.comてすとですtwitter.みんなです", 23 + 10 + 23 + 4),
    ("text http://domain.com-that-you-should-have-put-a-space-after", 67),
    ("I really like http://t.co/pbY2NfTZ's website", 14 + 23 + 10),
    ("http://example.com/path" + "." * 40, 23 + 40),
    ("foo.baz foo.co.jp foo.comm foo.jp", 8 + 23 + 10 + 23),
]


@pytest.mark.parametrize(("text", "expected"), CONFORMANCE)
def test_x_matches_twitter_text_conformance(text, expected):
    assert count(text) == expected


def test_x_general_punctuation_weighs_one():
    text = "General punctuation: " + "".join(
        chr(c) for c in [*range(0x2000, 0x200C), *range(0x2010, 0x2020), *range(0x2032, 0x2038)]
    )
    assert count(text) == len(text)


@pytest.mark.parametrize(("platform", "maximum"), [("linkedin", 3000), ("instagram", 2200)])
@pytest.mark.parametrize("extra", [0, 1])
def test_other_platforms_limit_boundary(platform, maximum, extra):
    result = measure("a" * (maximum + extra), platform)
    assert (result.length, result.limit, result.over) == (maximum + extra, maximum, bool(extra))
    assert result.platform == platform and not result.too_many_hashtags
    assert result.over is bool(extra)


def test_facebook_limit_boundary():
    assert not measure("x" * 63206, "facebook").over
    assert measure("x" * 63207, "facebook").over


@pytest.mark.parametrize("platform", ["linkedin", "instagram", "facebook"])
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("e\u0301", 1),  # NFC first
        ("あ" * 10, 10),  # no weighting
        ("😀", 1),
        (FAMILY, 7),  # code points, not graphemes
        ("🇳🇱", 2),
        (URL_60, 60),  # no URL rule
        ("\u2026", 1),
    ],
)
def test_other_platforms_count_code_points(platform, text, expected):
    assert count(text, platform) == expected


def test_measure_is_frozen_and_goes_negative_when_over():
    result = measure("a" * 300)
    assert result == Measure("x", 300, 280)
    assert result.over and result.remaining == -20
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.length = 1  # type: ignore[misc]


def test_empty_text():
    assert measure("") == Measure("x", 0, 280)
    assert count("", "linkedin") == 0


def test_platform_names_ignore_case():
    assert measure("hi", "LinkedIn") == Measure("linkedin", 2, 3000)
    assert count("https://example.com", "X") == 23


@pytest.mark.parametrize("platform", ["twitter", "tiktok", "", "x "])
def test_unknown_platform_raises(platform):
    with pytest.raises(ValueError, match="unknown platform"):
        count("hi", platform)
    with pytest.raises(ValueError):
        limit(platform)
    with pytest.raises(ValueError):
        measure("hi", platform)


@pytest.mark.parametrize(
    "text",
    [
        "a_" * 10000 + "b.com",  # was quadratic: every start retried the whole host
        "あ" * 20000 + ".x",
        ("あ" * 50 + "2.0") * 400,
        "a." * 10000,
        "_a." * 5000 + "com",
        "xn--" + "a" * 20000 + ".com",
        "http://" + "あ" * 20000 + ".com",  # no punycode of a label that can only be too long
        "see example.com/x " * 3000,
    ],
    ids=lambda text: repr(text[:12]),
)
def test_x_pathological_texts_are_counted(text):
    """Inputs that once took quadratic time; bench/textcount.py measures how long they take."""
    assert len(text) <= count(text) <= 2 * len(text)


def test_import_stays_light():
    """The live text box imports this on every start: no Textual, no pydantic."""
    code = (
        "import sys, workshop.textcount; print(sorted({'textual', 'pydantic'} & set(sys.modules)))"
    )
    repo = Path(textcount.__file__).resolve().parents[1]
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo
    )
    assert result.stdout.strip() == "[]"


def test_module_docstring_is_one_line():
    assert textcount.__doc__ is not None and "\n" not in textcount.__doc__.strip()


@pytest.mark.parametrize(
    ("text", "tags"),
    [
        ("#a #b #c #d #e", 5),
        ("#One,#Two.#Three! (#Four) #Five\n#Six", 6),
        ("#1 #2025 are numbers, not tags", 0),
        ("a#b, &#39; and https://example.com/#part are no tags", 0),
        ("＃日本 #LifeAtWork", 2),
    ],
)
def test_hashtags_are_counted_as_instagram_counts_them(text, tags):
    assert textcount.hashtag_count(text) == tags


def test_instagram_flags_a_sixth_hashtag_and_x_does_not():
    """At most 5 hashtags per Instagram post since December 2025 (FACTS.md)."""
    five, six = "#a #b #c #d #e", "#a #b #c #d #e #f"
    assert not measure(five, "instagram").too_many_hashtags
    assert measure(six, "instagram").too_many_hashtags
    assert (measure(six, "instagram").hashtags, measure(six, "instagram").hashtag_limit) == (6, 5)
    assert not measure(six, "x").too_many_hashtags and not measure(six, "linkedin").over


def test_count_command_warns_at_a_sixth_hashtag_in_both_languages():
    def run(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "workshop", "count", *args]
        return subprocess.run(command, capture_output=True, text=True, check=False)

    five = run("--platform", "instagram", "--lang", "en", "#a #b #c #d #e")
    assert (five.returncode, five.stdout) == (0, "Instagram: 14 of 2200 characters\n")
    six = run("--platform", "instagram", "--lang", "en", "#a #b #c #d #e #f")
    assert six.returncode == 1
    assert "Instagram takes at most 5 hashtags per post and this one has 6" in six.stdout
    dutch = run("--platform", "instagram", "--lang", "nl", "#a #b #c #d #e #f")
    dutch_warning = "Instagram neemt hooguit 5 hashtags per bericht en dit bericht heeft er 6"
    assert dutch_warning in dutch.stdout
    on_x = run("--platform", "x", "--lang", "en", "#a #b #c #d #e #f")
    assert (on_x.returncode, "hashtags" in on_x.stdout) == (0, False)
