"""Post length as X, LinkedIn, Instagram and Facebook count it, and how much room is left."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Sources (checked 2026-11): X https://docs.x.com/resources/fundamentals/counting-characters and
# twitter/twitter-text config/v3.json; LinkedIn https://lettercounter.org/blog/linkedin-character-
# limit-guide; Instagram https://charcounter.io/articles/instagram-caption-character-limit;
# Facebook https://ferryman.io/character-limits/facebook (secondary source only).
LIMITS = {"x": 280, "linkedin": 3000, "instagram": 2200, "facebook": 63206}
# At most 5 hashtags per Instagram post or reel since December 2025 (was 30): https://
# immediatefuture.co.uk/blog/surprising-hashtag-limits-introduced-on-instagram
HASHTAG_LIMITS = {"instagram": 5}
# A hashtag: # after a start or a non-word character, then word characters with a letter in them
# (#1 is a number, not a tag).
_HASHTAG = re.compile(r"(?<![\w&#/])[#＃](?=\w*[^\W\d_])\w+")

_URL_WEIGHT = 23  # X replaces every link by a t.co link, so each URL costs the same
_HEAVY_WEIGHT = 2  # a code point outside the light ranges, or one whole emoji
_MAX_URL_LENGTH = 4096
_MAX_LABEL_LENGTH = 63
_MAX_TCO_SLUG_LENGTH = 40

# --- Weights (twitter-text config v3) and emoji -------------------------------------------
# Code points in U+0000-10FF, U+2000-200D, U+2010-201F and U+2032-2037 weigh 1, all others 2;
# one whole emoji sequence weighs 2, however many code points it joins.
# Extended_Pictographic-style ranges. ©, ® and ™ are text symbols unless FE0F follows them.
_PICTOGRAPH = (
    r"\u203c\u2049\u2139\u2194-\u2199\u21a9\u21aa\u231a\u231b\u2328\u23cf\u23e9-\u23f3"
    r"\u23f8-\u23fa\u24c2\u25aa\u25ab\u25b6\u25c0\u25fb-\u25fe\u2600-\u27bf\u2934\u2935"
    r"\u2b05-\u2b07\u2b1b\u2b1c\u2b50\u2b55\u3030\u303d\u3297\u3299\U0001f000-\U0001faff"
)
_REGIONAL = r"\U0001f1e6-\U0001f1ff"
# After the base: an optional skin tone and/or FE0F, then tags (as in the flag of England).
# FE0E asks for the text form, so such a character is no emoji (as in twitter-text).
_MODIFIERS = r"(?!\ufe0e)(?:[\U0001f3fb-\U0001f3ff]\ufe0f?|\ufe0f[\U0001f3fb-\U0001f3ff]?)?"
_MODIFIERS += r"[\U000e0020-\U000e007f]*"
_UNIT = rf"(?:[{_PICTOGRAPH}]{_MODIFIERS}|[\u00a9\u00ae\u2122]\ufe0f)"
# Each match weighs 2: a heavy code point, or a whole emoji sequence. The match starts with one
# character class (every heavy code point, plus # * 0-9 © ® that may start an emoji), which
# lets `re` skip light text quickly; lookbehinds then tell which kind of emoji it starts.
_WEIGHT_2 = re.compile(
    r"[^\x00-\x22\x24-\x29\x2b-\x2f\x3a-\xa8\xaa-\xad\xaf-\u10ff\u2000-\u200d\u2010-\u201f"
    r"\u2032-\u2037](?:"
    rf"(?<=[{_REGIONAL}])[{_REGIONAL}]"  # flag: a pair of regional indicators
    r"|(?<=[#*0-9])\ufe0f?\u20e3"  # keycap
    rf"|(?:(?<=[{_PICTOGRAPH}]){_MODIFIERS}|(?<=[\u00a9\u00ae\u2122])\ufe0f)"
    rf"(?:\u200d{_UNIT})*"  # an emoji, joined to more by zero-width joiners
    r"|(?<![#*0-9\u00a9\u00ae])"  # any other heavy code point, on its own
    r")"
)

# --- URLs: a port of twitter-text's extractUrl (JS, v3.1) ------------------------------------
# fmt: off
_GTLDS = (
    "삼성 닷컴 닷넷 香格里拉 餐厅 食品 飞利浦 電訊盈科 集团 通販 购物 谷歌 诺基亚 联通 网络 "
    "网站 网店 网址 组织机构 移动 珠宝 点看 游戏 淡马锡 机构 書籍 时尚 新闻 政府 政务 招聘 "
    "手表 手机 我爱你 慈善 微博 广东 工行 家電 娱乐 天主教 大拿 大众汽车 在线 嘉里大酒店 嘉里 "
    "商标 商店 商城 公益 公司 八卦 健康 信息 佛山 企业 中文网 中信 世界 ポイント ファッション "
    "セール ストア コム グーグル クラウド みんな คอม संगठन नेट कॉम همراه موقع موبايلي كوم "
    "كاثوليك عرب شبكة بيتك بازار العليان ارامكو اتصالات ابوظبي קום сайт рус орг онлайн москва "
    "ком католик дети zuerich zone zippo zip zero zara zappos yun youtube you yokohama yoga "
    "yodobashi yandex yamaxun yahoo yachts xyz xxx xperia xin xihuan xfinity xerox xbox wtf "
    "wtc wow world works work woodside wolterskluwer wme winners wine windows win williamhill "
    "wiki wien whoswho weir weibo wedding wed website weber webcam weatherchannel weather "
    "watches watch warman wanggou wang walter walmart wales vuelos voyage voto voting vote "
    "volvo volkswagen vodka vlaanderen vivo viva vistaprint vista vision visa virgin vip vin "
    "villas viking vig video viajes vet versicherung vermögensberatung vermögensberater "
    "verisign ventures vegas vanguard vana vacations ups uol uno university unicom uconnect "
    "ubs ubank tvs tushu tunes tui tube trv trust travelersinsurance travelers travelchannel "
    "travel training trading trade toys toyota town tours total toshiba toray top tools tokyo "
    "today tmall tkmaxx tjx tjmaxx tirol tires tips tiffany tienda tickets tiaa theatre "
    "theater thd teva tennis temasek telefonica telecity tel technology tech team tdk tci taxi "
    "tax tattoo tatar tatamotors target taobao talk taipei tab systems symantec sydney swiss "
    "swiftcover swatch suzuki surgery surf support supply supplies sucks style study studio "
    "stream store storage stockholm stcgroup stc statoil statefarm statebank starhub star "
    "staples stada srt srl spreadbetting spot sport spiegel space soy sony song solutions "
    "solar sohu software softbank social soccer sncf smile smart sling skype sky skin ski site "
    "singles sina silk shriram showtime show shouji shopping shop shoes shiksha shia shell "
    "shaw sharp shangrila sfr sexy sex sew seven ses services sener select seek security "
    "secure seat search scot scor scjohnson science schwarz schule school scholarships schmidt "
    "schaeffler scb sca sbs sbi saxo save sas sarl sapo sap sanofi sandvikcoromant sandvik "
    "samsung samsclub salon sale sakura safety safe saarland ryukyu rwe run ruhr rugby rsvp "
    "room rogers rodeo rocks rocher rmit rip rio ril rightathome ricoh richardli rich rexroth "
    "reviews review restaurant rest republican report repair rentals rent ren reliance reit "
    "reisen reise rehab redumbrella redstone red recipes realty realtor realestate read raid "
    "radio racing qvc quest quebec qpon pwc pub prudential pru protection property properties "
    "promo progressive prof productions prod pro prime press praxi pramerica post porn politie "
    "poker pohl pnc plus plumbing playstation play place pizza pioneer pink ping pin pid "
    "pictures pictet pics piaget physio photos photography photo phone philips phd pharmacy "
    "pfizer pet pccw pay passagens party parts partners pars paris panerai panasonic "
    "pamperedchef page ovh ott otsuka osaka origins orientexpress organic org orange oracle "
    "open ooo onyourside online onl ong one omega ollo oldnavy olayangroup olayan okinawa "
    "office off observer obi nyc ntt nrw nra nowtv nowruz now norton northwesternmutual nokia "
    "nissay nissan ninja nikon nike nico nhk ngo nfl nexus nextdirect next news newholland new "
    "neustar network netflix netbank net nec nba navy natura nationwide name nagoya nadex nab "
    "mutuelle mutual museum mtr mtpc mtn msd movistar movie mov motorcycles moto moscow "
    "mortgage mormon mopar montblanc monster money monash mom moi moe moda mobily mobile mobi "
    "mma mls mlb mitsubishi mit mint mini mil microsoft miami metlife merckmsd meo menu men "
    "memorial meme melbourne meet media med mckinsey mcdonalds mcd mba mattel maserati "
    "marshalls marriott markets marketing market map mango management man makeup maison maif "
    "madrid macys luxury luxe lupin lundbeck ltda ltd lplfinancial lpl love lotto lotte london "
    "lol loft locus locker loans loan llp llc lixil living live lipsy link linde lincoln limo "
    "limited lilly like lighting lifestyle lifeinsurance life lidl liaison lgbt lexus lego "
    "legal lefrak leclerc lease lds lawyer law latrobe latino lat lasalle lanxess landrover "
    "land lancome lancia lancaster lamer lamborghini ladbrokes lacaixa kyoto kuokgroup kred "
    "krd kpn kpmg kosher komatsu koeln kiwi kitchen kindle kinder kim kia kfh kerryproperties "
    "kerrylogistics kerryhotels kddi kaufen juniper juegos jprs jpmorgan joy jot joburg jobs "
    "jnj jmp jll jlc jio jewelry jetzt jeep jcp jcb java jaguar iwc iveco itv itau istanbul "
    "ist ismaili iselect irish ipiranga investments intuit international intel int insure "
    "insurance institute ink ing info infiniti industries inc immobilien immo imdb imamat "
    "ikano iinet ifm ieee icu ice icbc ibm hyundai hyatt hughes htc hsbc how house hotmail "
    "hotels hoteles hot hosting host hospital horse honeywell honda homesense homes homegoods "
    "homedepot holiday holdings hockey hkt hiv hitachi hisamitsu hiphop hgtv hermes here "
    "helsinki help healthcare health hdfcbank hdfc hbo haus hangout hamburg hair guru guitars "
    "guide guge gucci guardian group grocery gripe green gratis graphics grainger gov got gop "
    "google goog goodyear goodhands goo golf goldpoint gold godaddy gmx gmo gmbh gmail globo "
    "global gle glass glade giving gives gifts gift ggee george genting gent gea gdn gbiz gay "
    "garden gap games game gallup gallo gallery gal fyi futbol furniture fund fun fujixerox "
    "fujitsu ftr frontier frontdoor frogans frl fresenius free fox foundation forum forsale "
    "forex ford football foodnetwork food foo fly flsmidth flowers florist flir flights flickr "
    "fitness fit fishing fish firmdale firestone fire financial finance final film fido "
    "fidelity fiat ferrero ferrari feedback fedex fast fashion farmers farm fans fan family "
    "faith fairwinds fail fage extraspace express exposed expert exchange everbank events eus "
    "eurovision etisalat esurance estate esq erni ericsson equipment epson epost enterprises "
    "engineering engineer energy emerck email education edu edeka eco eat earth dvr dvag "
    "durban dupont duns dunlop duck dubai dtv drive download dot doosan domains doha dog dodge "
    "doctor docs dnp diy dish discover discount directory direct digital diet diamonds dhl dev "
    "design desi dentist dental democrat delta deloitte dell delivery degree deals dealer deal "
    "dds dclk day datsun dating date data dance dad dabur cyou cymru cuisinella csc cruises "
    "cruise crs crown cricket creditunion creditcard credit cpa courses coupons coupon country "
    "corsica coop cool cookingchannel cooking contractors contact consulting construction "
    "condos comsec computer compare company community commbank comcast com cologne college "
    "coffee codes coach clubmed club cloud clothing clinique clinic click cleaning claims "
    "cityeats city citic citi citadel cisco circle cipriani church chrysler chrome christmas "
    "chloe chintai cheap chat chase charity channel chanel cfd cfa cern ceo center ceb cbs "
    "cbre cbn cba catholic catering cat casino cash caseih case casa cartier cars careers "
    "career care cards caravan car capitalone capital capetown canon cancerresearch camp "
    "camera cam calvinklein call cal cafe cab bzh buzz buy business builders build bugatti "
    "budapest brussels brother broker broadway bridgestone bradesco box boutique bot boston "
    "bostik bosch boots booking book boo bond bom bofa boehringer boats bnpparibas bnl bmw bms "
    "blue bloomberg blog blockbuster blanco blackfriday black biz bio bingo bing bike bid "
    "bible bharti bet bestbuy best berlin bentley beer beauty beats bcn bcg bbva bbt bbc "
    "bayern bauhaus basketball baseball bargains barefoot barclays barclaycard barcelona bar "
    "bank band bananarepublic banamex baidu baby azure axa aws avianca autos auto author "
    "auspost audio audible audi auction attorney athleta associates asia asda arte art arpa "
    "army archi aramco arab aquarelle apple app apartments aol anz anquan android analytics "
    "amsterdam amica amfam amex americanfamily americanexpress alstom alsace ally allstate "
    "allfinanz alipay alibaba alfaromeo akdn airtel airforce airbus aigo aig agency agakhan "
    "africa afl afamilycompany aetna aero aeg adult ads adac actor active aco accountants "
    "accountant accenture academy abudhabi abogado able abc abbvie abbott abb abarth aarp aaa "
    "onion"
)
_CCTLDS = (
    "한국 香港 澳門 新加坡 台灣 台湾 中國 中国 გე ລາວ ไทย ලංකා ഭാരതം ಭಾರತ భారత్ சிங்கப்பூர் "
    "இலங்கை இந்தியா ଭାରତ ભારત ਭਾਰਤ ভাৰত ভারত বাংলা भारोत भारतम् भारत ڀارت پاکستان موريتانيا "
    "مليسيا مصر قطر فلسطين عمان عراق سورية سودان تونس بھارت بارت ایران امارات المغرب السعودية "
    "الجزائر البحرين الاردن հայ қаз укр срб рф мон мкд ею бел бг ευ ελ zw zm za yt ye ws wf vu "
    "vn vi vg ve vc va uz uy us um uk ug ua tz tw tv tt tr tp to tn tm tl tk tj th tg tf td tc "
    "sz sy sx sv su st ss sr so sn sm sl sk sj si sh sg se sd sc sb sa rw ru rs ro re qa py pw "
    "pt ps pr pn pm pl pk ph pg pf pe pa om nz nu nr np no nl ni ng nf ne nc na mz my mx mw mv "
    "mu mt ms mr mq mp mo mn mm ml mk mh mg mf me md mc ma ly lv lu lt ls lr lk li lc lb la kz "
    "ky kw kr kp kn km ki kh kg ke jp jo jm je it is ir iq io in im il ie id hu ht hr hn hm hk "
    "gy gw gu gt gs gr gq gp gn gm gl gi gh gg gf ge gd gb ga fr fo fm fk fj fi eu et es er eh "
    "eg ee ec dz do dm dk dj de cz cy cx cw cv cu cr co cn cm cl ck ci ch cg cf cd cc ca bz by "
    "bw bv bt bs br bq bo bn bm bl bj bi bh bg bf be bd bb ba az ax aw au at as ar aq ao an am "
    "al ai ag af ae ad ac"
)
# fmt: on


_ASCII_TLDS = frozenset(word for word in (_GTLDS + " " + _CCTLDS).split() if word.isascii())
_OTHER_TLDS = sorted(
    (word for word in (_GTLDS + " " + _CCTLDS).split() if not word.isascii()),
    key=lambda word: (-len(word), word),  # longest first, so 嘉里 never cuts 嘉里大酒店 short
)
_LATIN_ACCENTS = (
    r"\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ff\u0100-\u024f\u0253\u0254\u0256\u0257\u0259\u025b"
    r"\u0263\u0268\u026f\u0272\u0289\u028b\u02bb\u0300-\u036f\u1e00-\u1eff"
)
_CYRILLIC = r"\u0400-\u04ff"
_INVALID = r"\ufffe\ufeff\uffff"
_NOT_IN_HOST = (
    r"!'#%&()*+,\\./:;<=>?@\[\]^{|}~$"  # punctuation but _ and -
    r"\t-\r \x85\xa0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"  # spaces
    rf"{_INVALID}\u202a-\u202e\u061c\u200e\u200f\u2066-\u2069"  # directional marks
)
_DOMAIN_CHAR = rf"[^{_NOT_IN_HOST}_\-]"  # what a label starts and ends with
# A link may not start right after a letter, digit, @, $ or # (e-mail address, mention, tag).
_BAD_BEFORE = frozenset(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789@＠$#＃\ufffe\ufeff\uffff"
)
_LABEL_RUN = re.compile(rf"[^{_NOT_IN_HOST}]+")
_FIRST_START = re.compile(rf"(?<![A-Za-z0-9@＠$#＃{_INVALID}]){_DOMAIN_CHAR}")
_START = re.compile(_DOMAIN_CHAR)
_LABELS = re.compile(rf"(?:{_DOMAIN_CHAR}(?:[_-]*{_DOMAIN_CHAR})*\.)+")
_ASCII_LABELS = re.compile(rf"(?:[\-A-Za-z0-9{_LATIN_ACCENTS}]+\.)+")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
# A TLD may not run on into a letter, digit or @ (so john.doe.jp@mail.com is no link).
_OTHER_TLD = re.compile(rf"(?:{'|'.join(_OTHER_TLDS)})(?=[^0-9a-zA-Z@]|\Z)", re.IGNORECASE)
_PUNYCODE_TLD = re.compile(r"[Xx][Nn]--[\-0-9A-Za-z]+")
_PATH_CHAR = rf"[A-Za-z{_CYRILLIC}0-9!*';:=+,.$/%#\[\]\-\u2013_~@|&{_LATIN_ACCENTS}]"
_PARENS = rf"\((?:{_PATH_CHAR}+|{_PATH_CHAR}*\({_PATH_CHAR}+\){_PATH_CHAR}*)\)"
# A path never ends in . , ! ? ; : ' and the like, so "see example.com/x." keeps its full stop.
_PATH_END = rf"(?:[+\-A-Za-z{_CYRILLIC}0-9=_#/{_LATIN_ACCENTS}]|{_PARENS})"
_PATH = rf"(?:{_PATH_CHAR}*(?:{_PARENS}{_PATH_CHAR}*)*{_PATH_END}|@{_PATH_CHAR}+/)"
_QUERY = r"\?[A-Za-z0-9!?*'@();:&=+$/%#\[\]\-_.,~|]*[A-Za-z0-9\-_&=#/]"
_AFTER_HOST = re.compile(rf"(?::[0-9]+)?(?P<path>/{_PATH}*)?(?:{_QUERY})?")
_TCO = re.compile(r"[Hh][Tt][Tt][Pp][Ss]?://[Tt]\.[Cc][Oo]/([A-Za-z0-9]+)")
_IDN_DOTS = re.compile("[\u3002\uff0e\uff61]")


def limit(platform: str) -> int:
    """The most characters one post may hold on this platform."""
    return LIMITS[_platform(platform)]


def count(text: str, platform: str = "x") -> int:
    """The length of a post as the platform counts it against its limit."""
    key = _platform(platform)
    normalized = unicodedata.normalize("NFC", text)
    if key != "x":
        return len(normalized)
    total = 0
    position = 0
    for start, end in _url_spans(normalized):
        total += _weight(normalized[position:start]) + _URL_WEIGHT
        position = end
    return total + _weight(normalized[position:])


@dataclass(frozen=True, slots=True)
class Measure:
    """A post's length next to its platform's limit, so a view needs one call per keystroke."""

    platform: str
    length: int
    limit: int
    hashtags: int = 0
    hashtag_limit: int | None = None

    @property
    def over(self) -> bool:
        return self.length > self.limit

    @property
    def too_many_hashtags(self) -> bool:
        return self.hashtag_limit is not None and self.hashtags > self.hashtag_limit

    @property
    def remaining(self) -> int:
        """Characters still free; negative once the post is too long, as X shows it."""
        return self.limit - self.length


def measure(text: str, platform: str = "x") -> Measure:
    """Length and limit together, and the hashtags where the platform limits them."""
    key = _platform(platform)
    tags = hashtag_count(text) if key in HASHTAG_LIMITS else 0
    return Measure(key, count(text, key), LIMITS[key], tags, HASHTAG_LIMITS.get(key))


def hashtag_count(text: str) -> int:
    """How many hashtags a post holds, as a platform that limits them counts them."""
    return len(_HASHTAG.findall(unicodedata.normalize("NFC", text)))


def _platform(platform: str) -> str:
    """The platform key; an unknown name is a mistake in the caller, not a zero limit."""
    key = platform.lower()
    if key not in LIMITS:
        known = ", ".join(LIMITS)
        raise ValueError(f"unknown platform {platform!r}; known: {known}")
    return key


def _weight(text: str) -> int:
    """X's weighted length of text without links: emoji sequences and heavy code points weigh 2."""
    if text.isascii():
        return len(text)
    found = _WEIGHT_2.findall(text)
    return len(text) + _HEAVY_WEIGHT * len(found) - sum(map(len, found))


def _url_spans(text: str) -> list[tuple[int, int]]:
    """Where the links are, as twitter-text's extractUrlsWithIndices finds them.

    A port of its URL regex that looks TLDs up in a set instead of a 1,500-word alternation
    (which took ~90 ms to compile), and skips every start that is bound to fail the same way,
    so a long post costs linear time on each keystroke.
    """
    if "." not in text:
        return []
    spans: list[tuple[int, int]] = []
    position = 0  # where the next link may start
    floor = 0  # the character before a link may not belong to the previous match
    backwards = text[::-1]  # to find where the label before a dot begins in one regex call
    while (dot := text.find(".", position)) != -1:
        label = _LABEL_RUN.match(backwards, len(text) - dot)
        run_start = max(position, dot - len(label.group())) if label else dot
        first = _FIRST_START.search(text, run_start, dot)
        if not first:
            position = dot + 1
            continue
        start, host_end = first.start(), None
        if start == 0 and text[0] not in _BAD_BEFORE and _START.match(text, 1, dot):
            # At the very start the regex first spends text[0] as the "preceding character".
            host_end, _ = _host_at(text, 1)
            start = 1 if host_end is not None else 0
        if host_end is None:
            host_end, position = _host_at(text, start)
            if host_end is None:
                continue
        protocol = _protocol_before(text, start, floor)
        after = _AFTER_HOST.match(text, host_end)
        url_start, end = start - len(protocol), after.end()
        floor, position = end, end + 1
        if not _valid_host(text[start:host_end], len(protocol or "https://") + end - url_start):
            continue
        if protocol:
            tco = _TCO.match(text, url_start, end)
            if tco:
                if len(tco.group(1)) > _MAX_TCO_SLUG_LENGTH:
                    continue
                end = tco.end()  # t.co links take no further path characters
            spans.append((url_start, end))
        elif not (start and text[start - 1] in "-_./"):
            # Without a protocol only the ASCII domain names inside the host count (not after
            # - _ . /, which make it part of a longer word); the last one takes a path along.
            found = [(start + a, start + b) for a, b in _ascii_domains(text[start:host_end])]
            if found and after.group("path"):
                found[-1] = (found[-1][0], end)
            spans.extend(found)
    return spans


def _host_at(text: str, start: int) -> tuple[int | None, int]:
    """Where the host beginning here ends; or None and the first later start that might work."""
    labels = _LABELS.match(text, start)
    if not labels:  # the label ends in - or _, and so it does from any later start
        return None, text.find(".", start) + 1
    return _host_end(text, start, labels.end())


def _protocol_before(text: str, start: int, floor: int) -> str:
    """The http:// or https:// right before a host, if a link may start there."""
    for protocol in ("https://", "http://"):
        begin = start - len(protocol)
        if (
            begin >= 0
            and text[begin:start].lower() == protocol
            and (begin == 0 or (begin - 1 >= floor and text[begin - 1] not in _BAD_BEFORE))
        ):
            return text[begin:start]
    return ""


def _host_end(text: str, start: int, labels_end: int) -> tuple[int | None, int]:
    """Where the TLD ends, trying the longest host first; or None and where to retry.

    The name right before the TLD may not hold an _ (subdomains may); a later start just past
    that _ would drop it, and every start before it fails the same way.
    """
    dots = []
    dot = text.find(".", start, labels_end)
    while dot != -1:
        dots.append(dot)
        dot = text.find(".", dot + 1, labels_end)
    retry = labels_end
    for index in range(len(dots) - 1, -1, -1):
        end = _tld_end(text, dots[index] + 1)
        if end is None:
            continue
        underscore = text.rfind("_", dots[index - 1] + 1 if index else start, dots[index])
        if underscore == -1:
            return end, 0
        retry = min(retry, underscore + 1)
    return None, retry


def _tld_end(text: str, start: int) -> int | None:
    """The end of the top-level domain starting here, or None when none does."""
    word = _ASCII_WORD.match(text, start)
    if word and text[start : word.end()].lower() in _ASCII_TLDS:
        end = word.end()
        if end == len(text) or text[end] not in "0123456789@":
            return end
    match = _OTHER_TLD.match(text, start) or _PUNYCODE_TLD.match(text, start)
    return match.end() if match else None


def _ascii_domains(host: str) -> list[tuple[int, int]]:
    """The ASCII domain names inside a host, as twitter-text's validAsciiDomain finds them."""
    found: list[tuple[int, int]] = []
    position = 0
    while labels := _ASCII_LABELS.search(host, position):
        position = labels.end()  # no TLD after these labels: no later start finds one either
        dot = labels.end() - 1
        while dot >= labels.start():
            end = _tld_end(host, dot + 1)
            if end is not None:
                found.append((labels.start(), end))
                position = end
                break
            dot = host.rfind(".", labels.start(), dot)
    return found


def _valid_host(host: str, url_length: int) -> bool:
    """Every label fits DNS once punycoded (1-63 characters), and the whole URL fits 4096."""
    if host.isascii():
        if any(len(label) > _MAX_LABEL_LENGTH for label in host.split(".")):
            return False
        if host.startswith("xn--") and not _ascii_domains(host):
            return False  # a punycoded host must be plain ASCII
        return url_length <= _MAX_URL_LENGTH
    encoded_length = -1
    for label in host.split("."):
        parts = _IDN_DOTS.split(label)
        if sum(len(part) + (0 if part.isascii() else 4) for part in parts) > _MAX_LABEL_LENGTH:
            return False  # punycode never makes a label shorter (and is slow on long ones)
        encoded = ".".join(
            part if part.isascii() else "xn--" + part.encode("punycode").decode("ascii")
            for part in parts
        )
        if not 1 <= len(encoded) <= _MAX_LABEL_LENGTH:
            return False
        encoded_length += len(encoded) + 1
    if host.startswith("xn--") and not _ascii_domains(host):
        return False  # a punycoded host must be plain ASCII
    return url_length + encoded_length - len(host) <= _MAX_URL_LENGTH
