"""Titles printed in capitals, written as a careful reader writes them: proper names kept.

"BAN HÀNH QUY CHẾ PHỐI HỢP ... TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG TỈNH
KIÊN GIANG" is "Ban hành Quy chế phối hợp ... tại Trung tâm Phục vụ hành chính
công tỉnh Kiên Giang": sentence case, with what Decree 30/2020/NĐ-CP
capitalises restored by grammar: names of bodies (organ and field), places
after their level word, the names of acts ("Luật Tổ chức chính quyền địa
phương", "Quyết định số 1999/QĐ-TTg"), "Việt Nam"; numbers and symbols
stay as printed.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

from coordprog.importer._grammar import find_bodies, place_after
from coordprog.importer._places import fold, title_case, unglue

#: The kinds of act a title names; capitalised when they name an act ("Ban hành Quy chế ...").
ACT_WORDS = (
    "nghị quyết liên tịch",
    "thông tư liên tịch",
    "thông tư liên ngành",
    "chương trình",
    "nghị quyết",
    "quyết định",
    "nghị định",
    "kế hoạch",
    "quy chế",
    "quy định",
    "quy tắc",
    "nội quy",
    "chỉ thị",
    "kết luận",
    "thông tư",
    "thông báo",
    "hướng dẫn",
    "đề án",
    "điều lệ",
    # Plans of a kind a decision approves by name: "phê duyệt Quy hoạch ...", "Dự án ...".
    "quy hoạch",
    "chiến lược",
    "dự án",
    "phương án",
)
#: The kinds named by a number after them: "Dự án 3", "Chương trình 135", "Đề án 06".
_NUMBERED_ACTS = frozenset(fold(word) for word in ("dự án", "chương trình", "đề án"))
#: Acts whose own name follows the kind, capitalised: "Luật Tổ chức chính quyền địa phương".
NAMED_ACTS = ("bộ luật", "luật", "pháp lệnh", "hiến pháp")
#: Words after which an act's kind names an act: "ban hành Quy chế", "thực hiện Quyết định".
_NAMING = (
    "ban hành",
    "thực hiện",
    "triển khai",
    "thi hành",
    "phê duyệt",
    "kèm theo",
    "sửa đổi",
    "bổ sung",
    "của",
    "theo",
)
#: The same words as a copy glues them ("BANHÀNH").
_GLUED_NAMING = tuple(word.replace(" ", "") for word in _NAMING)
_PROPER = (
    "Việt Nam",
    "Cộng hòa xã hội chủ nghĩa Việt Nam",
    "Cộng hòa XHCN Việt Nam",
    "Đảng Cộng sản",
    "Thành phố Hồ Chí Minh",
    "Thủ đô Hà Nội",
    "Hồ Chí Minh",
    "Trung ương",
    "Trung ương Đảng",
    # The mass organisations, named as Decree 30/2020/NĐ-CP names organisations.
    "Đoàn TNCS",
    "Đoàn Thanh niên Cộng sản",
    "Đoàn Thanh niên",
    "Đội TNTP",
    "Đội Thiếu niên Tiền phong",
    "Mặt trận Tổ quốc",
    "MTTQ",
    # The Fatherland, always written with its capital ("bảo vệ Tổ quốc", "cờ Tổ quốc").
    "Tổ quốc",
    # The lunar new year, a holiday's name.
    "Tết Nguyên đán",
    "Hội Liên hiệp Phụ nữ",
    "Hội Nông dân",
    "Hội Cựu chiến binh",
    "Tổng Liên đoàn Lao động",
    "Công đoàn Việt Nam",
    # The organs of justice and their officers, named as their laws name them.
    "Tòa án",
    "Toà án",
    "Kiểm sát viên",
    "ngành Kiểm sát",
    # The highest posts, written with capitals wherever a title names them.
    "Tổng Bí thư",
    "Chủ tịch nước",
    "Thủ tướng Chính phủ",
    "Phó Thủ tướng",
    # A national steering committee, and the conference a notice's conclusions were given at.
    "Ban Chỉ đạo Quốc gia",
    "Trưởng Ban Chỉ đạo",
    # A working team is named as a body is, with its capital ("Tổ công tác triển khai ...").
    "Tổ công tác",
    "tại Hội nghị",
)
#: A lunar year's name after the new year's feast or spring: "Tết Nguyên đán Bính Ngọ", "Xuân
#: Giáp Thìn" (a stem and a branch of the sexagenary cycle).
_LUNAR_YEAR = re.compile(
    r"(?i:(Tết\s+Nguyên\s+đán\s+|Xuân\s+))((?i:giáp|ất|bính|đinh|mậu|kỷ|canh|tân|nhâm|quý)\s+"
    r"(?i:tý|sửu|dần|mão|mẹo|thìn|tỵ|tị|ngọ|mùi|thân|dậu|tuất|hợi))(?!\w)"
)
#: A person named after a post or "đồng chí" in a title: "cố Tổng Bí thư Nguyễn Văn Cừ".
_PERSON = re.compile(
    r"(?<!\w)(?P<post>cố\s+Tổng\s+Bí\s+thư|Tổng\s+Bí\s+thư|cố\s+Thủ\s+tướng|Đại\s+tướng"
    r"|Thủ\s+tướng\s+Chính\s+phủ|Phó\s+Thủ\s+tướng|Thủ\s+tướng|đồng\s+chí)"
    r"\s+(?P<name>(?:[^\W\d_]+\s+){1,3}[^\W\d_]+)"
    r"(?=\s*(?:$|[,(;:.\-\u2013])|\s+(?:tại|về|trong|với|khi)\s)"
)
#: Words of posts, bodies and phrases, never of a person's name ("đồng chí Bí thư Tỉnh ủy").
_NOT_NAME_WORDS = (
    "bí thư chủ tịch trưởng phó ủy uỷ ban bộ sở tỉnh huyện xã thành phố quận và của các "
    "những cho với tại về trong đã được là có"
)
_NOT_NAMES = frozenset(fold(word) for word in _NOT_NAME_WORDS.split())


def _person(match: re.Match[str]) -> str:
    """A person's name after a post, in capitals: "cố Tổng Bí thư Nguyễn Văn Cừ"."""
    if any(fold(word) in _NOT_NAMES for word in match["name"].split()) or fold(
        match["name"]
    ).startswith(("chính phủ", "nhà nước", "quốc hội")):
        return match[0]  # "Thủ tướng Chính phủ": the post's own words, no one's name
    return f"{match['post']} {title_case(match['name'])}"


#: "100 năm ngày sinh": an anniversary names its day ("Ngày sinh", "Ngày thành lập").
_ANNIVERSARY = re.compile(r"(?<=\d\snăm\s)ngày(?=\s+(?:sinh|thành\s+lập|truyền\s+thống)\b)")
#: A numbered congress ("Đại hội đại biểu ... lần thứ XIV") is named, capitalised.
_CONGRESS = re.compile(
    r"(?<!\w)đại(?=\s+hội(?:(?!đại\s+hội)[^.;()]){0,100}?\slần\s+thứ\s+[IVXLC]+\b"
    r"|\s+hội\s+[IVXLC]+\b)",
    re.IGNORECASE,
)
#: The committees and delegate groups of a People's Council ("các Ban của Hội đồng nhân dân").
_COUNCIL_PARTS = re.compile(
    r"(?<!\w)(ban|tổ\s+đại\s+biểu)(?=\s+(?:của\s+)?Hội\s+đồng\s+nhân\s+dân)"
)
#: "đảng" is the Party, capitalised, at the end of a phrase ("văn bản của Đảng"), before
#: "Cộng sản" or as the Party committee of a place ("Ban Chấp hành Đảng bộ tỉnh"); it stays
#: small in the common nouns it makes ("tổ chức đảng", "đảng viên", "đảng bộ cấp trên").
_PARTY = re.compile(
    r"(?<!\w)(?<!các )(?<!những )(?<!mỗi )(?<!từng )(?<!cơ sở )(?<!tổ chức )(?<!công tác )"
    r"(?<!cán sự )(?<!cấp ủy )(?<!cấp uỷ )"
    r"đảng(?=\s*(?:$|[,.;:)]|\s+cộng\s+sản\b"
    r"|\s+bộ\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|khối)\b))",
    re.IGNORECASE,
)
#: The Party whose leadership a title names, whatever follows: "tăng cường sự lãnh đạo của
#: Đảng đối với công tác ..." (not "lãnh đạo của đảng ủy ...", a committee).
_PARTY_LEADS = re.compile(r"(?<=lãnh đạo của )đảng(?!\s*(?:ủy|uỷ|bộ|viên|đoàn)(?!\w))", re.I)
#: A body's or a place's web portal is named so: "Cổng thông tin điện tử tỉnh Sơn La".
_PORTAL = re.compile(
    r"(?<!\w)cổng(?=\s+thông\s+tin\s+điện\s+tử\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã"
    r"|xã|phường|thị\s+trấn|Chính\s+phủ|Đảng|Bộ|Sở|Ủy\s+ban|Uỷ\s+ban|Quốc\s+hội)(?!\w))",
    re.IGNORECASE,
)
_ROMAN = re.compile(r"^[IVXLC]+$")


#: The bare names of bodies that are also the names of their work: "thanh tra" (inspection).
_ACTIVITIES = frozenset(("thanh tra",))


def _an_activity(name: str, text: str, start: int, end: int) -> bool:
    """Whether a bare body's name in a list of works is the work ("KIỂM TRA, THANH TRA").

    A bare "Thanh tra" beside a comma is one of a list of works ("giám sát, kiểm tra,
    thanh tra nhằm ...", "công tác thanh tra, kiểm tra"); before another body it is that
    body's inspectorate ("Thanh tra Sở Xây dựng").
    """
    if fold(name) not in _ACTIVITIES:
        return False
    return text[:start].rstrip().endswith(",") or text[end:].lstrip().startswith(",")


def recase(text: str) -> str:
    """A title printed in capitals in sentence case, proper names restored (see the module)."""
    if any(c.islower() for c in text):
        return text
    text = _DOUBLED_UNIT.sub(r"\1", unglue(" ".join(text.split())))
    words = text.split(" ")
    lowered = [_lower(word, words[index - 1] if index else "") for index, word in enumerate(words)]
    result = " ".join(lowered)
    # The first letter a capital, the quotation marks that may wrap the title kept until the
    # end: the names below are put back where the printed capitals have them.
    first = next((i for i, c in enumerate(result) if c.isalpha()), None)
    if first is not None and not any(c.isdigit() for c in result[:first]):  # not "05 năm ..."
        result = result[:first] + result[first].upper() + result[first + 1 :]
    # Bodies, read by their grammar in the printed capitals, with their names' capitals.
    for body in reversed(find_bodies(text)):
        if fold(body.name).startswith("bộ ") and fold(text[: body.start]).rstrip().endswith("đảng"):
            continue  # "ĐẢNG BỘ CẤP TRÊN": a Party committee, not a ministry ("Bộ Cấp trên")
        if _an_activity(body.name, text, body.start, body.end):
            continue  # "KIỂM TRA, THANH TRA NHẰM ...": the work, not the inspectorate
        proper = _fit(body.name, text[body.start : body.end])
        if proper is not None:
            result = result[: body.start] + proper + result[body.end :]
        before = result[: body.start].rstrip()
        for title, proper in _TITLES:
            if fold(before).endswith(title) and (
                len(before) == len(title) or not before[-len(title) - 1].isalnum()
            ):
                at = len(before) - len(title)
                result = result[:at] + proper + result[at + len(title) :]
                break
    result = _acts(result)
    result = _places(result, text)
    result = _proper_names(result)
    result = _LUNAR_YEAR.sub(lambda m: m[1][:1].upper() + m[1][1:] + m[2].title(), result)
    result = _PARTY.sub("Đảng", result)
    result = _PARTY_LEADS.sub("Đảng", result)
    result = _ANNIVERSARY.sub("Ngày", result)
    result = _PORTAL.sub("Cổng", result)
    result = _CONGRESS.sub("Đại", result)
    result = _COUNCIL_PARTS.sub(lambda m: m[1][:1].upper() + m[1][1:], result)
    result = _PERSON.sub(_person, result)
    result = _COUNTRIES.sub(lambda m: _COUNTRY_NAMES[fold(m[0])], result)
    # A name quoted in a title starts with a capital: Đề án “Tuyên truyền ...”.
    result = _QUOTED.sub(lambda m: m[1] + m[2].upper(), result)
    # A movement or a campaign named by the quoted name after it: Phong trào “Toàn dân ...”.
    result = _NAMED_MOVEMENT.sub(lambda m: m[1].upper(), result)
    # A letter's subject mark is written "V/v".
    result = re.sub(r"^V/V(?=\s)", "V/v", result)
    return capital_first(result)


#: Countries a title names, written as their names are ("chất độc hóa học do Mỹ sử dụng"):
#: "Mỹ" only after a word that makes it the country ("do", "chống", "đế quốc"), as "mỹ thuật",
#: "thẩm mỹ" are common words and "Mỹ Đức", "Mỹ Tho" places.
_COUNTRY_NAMES = {
    fold(name): name
    for name in (
        "Campuchia",
        "Trung Quốc",
        "Nhật Bản",
        "Hàn Quốc",
        "Hoa Kỳ",
        "Liên bang Nga",
        "Thái Lan",
        "Cu Ba",
        "Mỹ",
    )
}
_COUNTRIES = re.compile(
    r"(?<!\w)(?:campuchia|trung quốc|nhật bản|hàn quốc|hoa kỳ|liên bang nga|thái lan|cu ba"
    r"|(?:(?<=\bdo )|(?<=chống )|(?<=đế quốc ))mỹ)(?!\w)",
    re.IGNORECASE,
)
#: "phong trào" or "cuộc vận động" before the quoted name of a movement or a campaign.
_NAMED_MOVEMENT = re.compile(r"(?<!\w)([pc])(?=(?:hong\s+trào|uộc\s+vận\s+động)\s+[“\"])")

#: A unit word a copy printed twice before its name: "TRÊN ĐỊA BÀN TỈNH TỈNH HẢI DƯƠNG".
_DOUBLED_UNIT = re.compile(r"(?<!\w)(?<!HỢP TÁC )(TỈNH|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s+\1(?!\w)")

#: An opening quotation mark (at the start or after a space) and the first letter it quotes.
_QUOTED = re.compile(r"((?:^|(?<=\s))[“\"]\s*)(\w)")


def capital_first(text: str) -> str:
    """``text`` with its first letter a capital, after any opening quotation mark.

    A title printed in quotation marks ("“VỀ VIỆC BAN HÀNH ...”") starts its
    sentence after the mark, and loses marks that wrap it whole. One that opens with a
    number ("10 năm thực hiện ...") has no first letter to raise.
    """
    text = text.strip()
    wrapped = re.fullmatch(r"[“\"](?P<inner>[^“”\"]+)[”\"]", text)
    if wrapped:
        text = wrapped["inner"].strip()
    at = next((i for i, c in enumerate(text) if c.isalpha()), None)
    if at is None or any(c.isdigit() for c in text[:at]):
        return text  # "10 năm thực hiện ...": a sentence opening with a number keeps its word
    return text[:at] + text[at].upper() + text[at + 1 :]


def _lower(word: str, before: str) -> str:
    """A word in small letters, unless it is a number, a symbol or a term's roman numeral."""
    if any(c.isdigit() for c in word) or "/" in word:
        # The Prime Minister's symbol is written "TTg" whatever the capitals ("QĐ-TTg").
        return _PRIME_MINISTER.sub("TTg", word)
    if _abbreviation(word):
        return word
    if re.fullmatch(r"\([^\W\d_]{2,10}\)[,.;:]?", word):
        return word  # a word in capitals in brackets is an abbreviation: "(OCOP)"
    if _ROMAN.match(word.strip(",.;:()")) and fold(before.strip(",.;:()")) in _NUMBERED:
        return word
    return word.lower()


#: The Prime Minister's symbol in a number printed in capitals: "12/QĐ-TTG", "CT-TTG".
_PRIME_MINISTER = re.compile(r"(?<=-)TTG(?![^\W\d_])")

#: The words a roman numeral numbers when it follows them: a term ("KHÓA XIII"), a congress
#: ("ĐẠI HỘI XIII"), a phase ("GIAI ĐOẠN II"), a round, a part or a grade; folded as compared.
_NUMBERED = frozenset(
    fold(word)
    for word in (
        "khóa",
        "khoá",
        "kỳ",
        "lần",
        "thứ",
        "hội",
        "đoạn",
        "đợt",
        "phần",
        "chương",
        "mục",
        "loại",
        "hạng",
    )
)


#: A Vietnamese syllable, its tones and vowel marks taken off: onset, vowels, final.
_SYLLABLE = re.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aeiouy]+(?:ch|nh|ng|[cmnpt])?$"
)


def _abbreviation(word: str) -> bool:
    """Whether a word in capitals is an abbreviation ("PTNT", "UBND", "HĐND"), kept as printed.

    No Vietnamese syllable is spelt so: a word that is not one, with at most one run of
    vowels, is letters standing for words.
    """
    for part in re.split(r"[-&.]", word.strip(",.;:()\"'“”")):
        if len(part) < 2 or not part.isalpha() or not part.isupper():
            continue
        bare = "".join(
            c for c in unicodedata.normalize("NFD", part.lower()) if not unicodedata.combining(c)
        )
        # Two words a copy glued ("HOẠTĐỘNG") have two runs of vowels; an abbreviation one.
        if not _SYLLABLE.match(bare) and len(re.findall(r"[aeiouy]+", bare)) <= 1:
            return True
    return False


#: The posts printed before a body's name, capitalised: "của Chủ tịch Ủy ban nhân dân tỉnh".
_TITLES = tuple(
    (fold(word), word)
    for word in sorted(
        (
            "Phó Chủ tịch",
            "Chủ tịch",
            "Phó Bí thư",
            "Bí thư",
            "Bộ trưởng",
            "Thứ trưởng",
            "Giám đốc",
            "Viện trưởng",
            "Chánh án",
            "Trưởng ban",
            "Cục trưởng",
            "Chỉ huy trưởng",
            "Thủ trưởng",
            "Chánh Văn phòng",
            # Standing organs that act for a body.
            "Ban Thường trực",
            "Thường trực",
            "Ban Thường vụ",
            "Đoàn Chủ tịch",
            "Ban cán sự đảng",
            "Đảng đoàn",
        ),
        key=len,
        reverse=True,
    )
)


def _fit(name: str, printed: str) -> str | None:
    """A body's proper name where it was printed: same length, so spans stay valid."""
    words = printed.split()
    proper = name.split()
    if len(words) == len(proper) and all(
        fold(a) == fold(b) for a, b in zip(words, proper, strict=True)
    ):
        # Keep the printed spacing (a line break inside the name joined as one space).
        out = printed
        position = 0
        for word, right in zip(words, proper, strict=True):
            at = out.index(word, position)
            out = out[:at] + right + out[at + len(word) :]
            position = at + len(right)
        return out
    return name if len(name) == len(printed) else None


def _acts(text: str) -> str:
    """The kinds of act a title names as acts, capitalised; the names of laws too."""
    lowered = fold(text)
    for word in sorted((fold(w) for w in ACT_WORDS), key=len, reverse=True):
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", lowered):
            before = lowered[: match.start()].rstrip(" ,")
            glued = before.replace(" ", "")
            after = lowered[match.end() :].lstrip()
            names = (
                match.start() == 0
                or before.endswith(_NAMING)
                or glued.endswith(_GLUED_NAMING)
                or after.startswith("số ")
                # A numbered project or programme: "Dự án 3 và Dự án 4", "Chương trình 135"
                # (not "kế hoạch 5 năm", a plan's span).
                or (
                    word in _NUMBERED_ACTS
                    and bool(re.match(r"\d+(?!\d)(?!\s*(?:năm|tháng)\b)", after))
                )
                # A national target programme is named so: "Chương trình mục tiêu quốc gia ...".
                or (word == fold("chương trình") and after.startswith(fold("mục tiêu quốc gia")))
            )
            if names:
                text = (
                    text[: match.start()] + text[match.start()].upper() + text[match.start() + 1 :]
                )
                if word == fold("đề án"):
                    text = _scheme_name(text, match.end())
    for word in NAMED_ACTS:
        for match in re.finditer(rf"(?<!\w){re.escape(fold(word))}\s+(\w)", lowered):
            start, name_at = match.start(), match.start(1)
            if word == "luật" and lowered[:start].endswith(("bộ ", "pháp ", "kỷ ", "kỉ ")):
                continue
            if word == "luật" and re.match(r"(?:sư|gia)(?!\w)", lowered[name_at:]):
                continue  # "luật sư", "luật gia": a lawyer, a jurist, no law
            if lowered.startswith("nước ", name_at):
                # "Hiến pháp nước Cộng hòa ...": the state's name follows, not the act's own.
                text = text[:start] + text[start].upper() + text[start + 1 :]
                continue
            text = (
                text[:start]
                + text[start].upper()
                + text[start + 1 : name_at]
                + text[name_at].upper()
                + text[name_at + 1 :]
            )
    return text


#: Words after "Đề án" that begin no scheme's name: its number, period, issuer, subject.
_NO_SCHEME_NAME = tuple(
    f"{fold(word)} "
    for word in [
        "số",
        "giai đoạn",
        "năm",
        "này",
        "nêu",
        "trên",
        "của",
        "về",
        "tại",
        "theo",
        "thuộc",
        "đã",
        "được",
        "và",
        "đến",
        "cấp",
        "trong",
        "khi",
        "sau",
        "mới",
        "đó",
        "với",
        "cho",
        "nhằm",
        "để",
    ]
)


def _scheme_name(text: str, end: int) -> str:
    """``text`` with the name of the scheme whose "Đề án" ends at ``end`` capitalised.

    Decree 30/2020/NĐ-CP writes a given document's name with the capital of its kind and
    of its first syllable ("Đề án Tăng cường năng lực tiếp cận pháp luật ..."); a scheme
    named by its number ("Đề án số 08") or in quotation marks, or not named at all ("Đề án
    giai đoạn 2021-2025", "Đề án này"), keeps what follows as it is.
    """
    name = re.match(r"\s+(\w)", text[end:])
    if (
        name is None
        or name[1].isdigit()
        or f"{fold(text[end:]).strip()} ".startswith(_NO_SCHEME_NAME)
    ):
        return text
    at = end + name.start(1)
    return text[:at] + text[at].upper() + text[at + 1 :]


_UNIT = re.compile(
    # "hợp tác xã" is a cooperative, "mỗi xã" any commune: neither is a unit named after it.
    r"(?<!\w)(?<!hợp tác )(?<!HỢP TÁC )(?<!mỗi )(?<!MỖI )"
    r"(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+(?!(?:ủy|uỷ|đoàn|hội)\b)",
    re.IGNORECASE,
)


#: A count or plural before a unit word ("62 huyện", "các xã"): one word after it is no name.
_COUNTED = re.compile(r"(?:\d|(?<!\w)các)\s+$", re.IGNORECASE)


def _places(result: str, printed: str) -> str:
    """Places after their level word ("tỉnh Kiên Giang", "huyện Lý Sơn"), read in the capitals.

    A province's name glued by the copy ("QUẢNGNGÃI") is written as the province is.
    """
    for match in reversed(list(_UNIT.finditer(printed))):
        placed = place_after(printed, match.start())
        if placed is None or not placed[1]:
            continue
        end = placed[3]
        start = match.end()
        name = placed[1]
        if len(name.split()) < 2 and _COUNTED.search(printed[: match.start()]):
            continue  # "62 HUYỆN NGHÈO", "CÁC XÃ KHÓ KHĂN": units counted, "8 TỈNH TÂY BẮC" named
        if "\u2013" in printed[start:end]:
            name = name.replace("-", "\u2013")  # the en dash as printed
        unit = result[match.start() : start]
        if name.isdigit():
            unit = unit[:1].upper() + unit[1:]  # a unit named by its number: "Quận 11"
        result = result[: match.start()] + unit + name + result[end:]
    return result


def capitalised_place(words: str) -> str:
    """A place printed in capitals as it is written ("PHAN RANG-THÁP CHÀM")."""
    return title_case(words)


#: How many words in a row a title must share with the text for the text's capitals
#: to count: five words are a name written again; fewer meet by chance ("Luật Tổ chức").
_SHARED_RUN = 5
#: What ends a sentence or opens an item: the next word's capital is the sentence's, not a name's.
_BEFORE_A_SENTENCE = re.compile(r"(?:[.:;!?…]|^[-+•*]|^\(?[0-9a-zđ]{1,3}[.)])$", re.IGNORECASE)
#: The acts whose name's first word takes a capital after them: "Luật", "Bộ luật", "Pháp lệnh".
_ACT_NAMES = frozenset(fold(kind) for kind in NAMED_ACTS)


def _bare(word: str) -> str:
    """A word as compared: small letters, its punctuation off ("Nước," is "nước")."""
    return re.sub(r"^\W+|\W+$", "", word).lower()


def _written_words(text: str) -> list[tuple[str, bool]]:
    """The words of the lines written in small letters and capitals, whose capitals are names'.

    Each word comes with whether its first capital says nothing of a name: a sentence's
    (the first word of a line, after a full stop, a colon or an opening bracket), a law's
    name's (after "Luật", "Pháp lệnh"), or a word printed all in capitals inside the line
    ("... này KẾ HOẠCH PHỐI HỢP ..."). Lines printed all in capitals (a heading, the title
    itself) and lines with every word capitalised ("Kế Hoạch Phối Hợp ...") say nothing.
    """
    words: list[tuple[str, bool]] = []
    for line in text.splitlines():
        split = line.split()
        capitalised = sum(1 for word in split if word[:1].isupper())
        if not any(char.islower() for char in line) or (
            len(split) >= 4 and capitalised >= 0.7 * len(split)
        ):
            continue
        before: list[str] = []
        for index, word in enumerate(split):
            said = (
                index == 0
                or bool(_BEFORE_A_SENTENCE.search(before[-1]))
                or word[:1] in "(“\"'"
                or not any(char.islower() for char in word)
                or fold(before[-1]) in _ACT_NAMES
                or fold(" ".join(before[-2:])) in _ACT_NAMES
            )
            words.append((word, said))
            before.append(word)
    return words


def capitals_as_written(title: str, text: str) -> str:
    """A re-cased title with the capitals the text gives the same words where it writes them.

    A decision's title printed in capitals is often written again in small letters and
    capitals in its body ("Ban hành kèm theo Quyết định này Quy chế ...", "thực hiện Đề án
    Tăng cường ..."): where at least five words of ``title`` in a row are written so, a word
    the text starts with a capital starts with one in the title (unless the capital says
    nothing of a name: see :func:`_written_words`). Capitals the grammar gave stay, but for
    a word the text writes in small letters right after a name's capital ("tỉnh Tây Bắc mở
    rộng": the place read on by its level word ends there) or right after a level word
    ("xã, phường không ma túy": no place follows it, see :func:`_no_place_after`); the
    letters and spacing stay as they are.
    """
    written = _written_words(text)
    forms = [_bare(word) for word, _ in written]
    at: dict[str, list[int]] = {}
    for index, form in enumerate(forms):
        at.setdefault(form, []).append(index)
    words = _split_as_written(title.split(" "), forms, at)
    bare = [_bare(word) for word in words]
    out = list(words)
    start = 0
    while start < len(words):
        length, found = 0, 0
        for index in at.get(bare[start], []) if bare[start] else []:
            run = 0
            while (
                start + run < len(words)
                and index + run < len(written)
                and bare[start + run]
                and bare[start + run] == forms[index + run]
            ):
                run += 1
            if run > length:
                length, found = run, index
        if length < _SHARED_RUN:
            start += 1
            continue
        placed = False
        for offset in range(length):
            word, said = written[found + offset]
            if not said:
                out[start + offset] = _with_capital(out[start + offset], word)
            elif _acronym(written, found + offset):
                out[start + offset] = out[start + offset].upper()
            if offset and _name_ends_before(written[found + offset - 1], word):
                # "8 tỉnh Tây Bắc mở rộng": the place the grammar read on ("Tây Bắc Mở rộng")
                # ends where the text, capitalising the name before it, writes small letters.
                out[start + offset] = _without_capital(out[start + offset])
            placed = bool(offset) and _no_place_after(
                written[found + offset - 1][0], word, out[start + offset], placed
            )
            if placed:
                out[start + offset] = _without_capital(out[start + offset])
        start += length
    return " ".join(_names_written_alike(out, bare, written, forms, at))


def _split_as_written(words: list[str], forms: list[str], at: dict[str, list[int]]) -> list[str]:
    """The title's ``words``, two a copy glued split as the text writes them apart.

    "QUY CHẾPHỐI HỢP", "BANHÀNH": a word the text never writes whose letters are two words it
    writes in a row ("Quy chế phối hợp", "Ban hành"), each of two letters or more.
    """
    pairs = {
        first + second: len(first)
        for first, second in itertools.pairwise(forms)
        if len(first) > 1 and len(second) > 1 and first.isalpha() and second.isalpha()
    }
    out: list[str] = []
    for word in words:
        cut = pairs.get(word.lower()) if word.isalpha() and word.lower() not in at else None
        out.extend([word[:cut], word[cut:]] if cut else [word])
    return out


#: A short name the text writes with a capital inside its sentences: its words in a row, and
#: how many times the text writes them so, each time alike.
_NAME_RUN = 3
_NAME_TIMES = 2


def _names_written_alike(
    out: list[str],
    bare: list[str],
    written: list[tuple[str, bool]],
    forms: list[str],
    at: dict[str, list[int]],
) -> list[str]:
    """``out`` with the capital of a name the text always writes with one inside a sentence.

    A body or an institution named in a few words ("quản lý nhà nước về Thừa phát lại",
    where the căn cứ write "chế định Thừa phát lại", "hoạt động của Thừa phát lại") shares
    too few words with the text for a run of :data:`_SHARED_RUN`: its first word takes the
    capital when the text writes the same :data:`_NAME_RUN` words at least
    :data:`_NAME_TIMES` times, every time with that capital inside a sentence and the words
    after it in small letters.
    """
    for start in range(len(bare) - _NAME_RUN + 1):
        run = bare[start : start + _NAME_RUN]
        if not all(run):
            continue
        places = [index for index in at.get(run[0], []) if forms[index : index + _NAME_RUN] == run]
        if len(places) < _NAME_TIMES:
            continue
        if all(
            not written[index][1]
            and written[index][0][:1].isupper()
            and all(word[:1].islower() for word, _ in written[index + 1 : index + _NAME_RUN])
            for index in places
        ):
            out[start] = _with_capital(out[start], written[places[0]][0])
    return out


#: The level words a place's name follows, as a text writes them in small letters.
_LEVELS = frozenset(("tỉnh", "phố", "huyện", "quận", "xã", "phường", "trấn"))


def _no_place_after(before: str, written: str, word: str, placed: bool) -> bool:
    """Whether ``word``, capitalised as a place after its level word, is written as no place.

    "XÃ, PHƯỜNG KHÔNG MA TÚY", re-cased "xã, phường Không Ma Túy": the text writes "xã,
    phường không ma túy", the level word a common noun and the words after it in small
    letters, so they are no place's name; nor are the next words the title capitalised with
    them (``placed``: the word before was one).
    """
    after_level = placed or before in _LEVELS  # "phường không", not "tỉnh, thường trực"
    return after_level and written[:1].islower() and word[:1].isupper() and not word.isupper()


def _name_ends_before(before: tuple[str, bool], written: str) -> bool:
    """Whether the text ends a name before ``written``: a name's capital, then small letters."""
    word, said = before
    return not said and word[:1].isupper() and written[:1].islower()


def _acronym(written: list[tuple[str, bool]], index: int) -> bool:
    """Whether the text writes its word at ``index`` as an acronym: all in capitals, alone.

    "... thi tay nghề ASEAN lần thứ X ...": a word of two letters or more in capitals
    between words in small letters is a name's letters ("ASEAN", "APEC"), kept in a title
    printed in capitals; a run of such words ("... này KẾ HOẠCH PHỐI HỢP ...") is a heading
    quoted, and says nothing.
    """
    letters = [char for char in written[index][0] if char.isalpha()]
    if len(letters) < 2 or not all(char.isupper() for char in letters):
        return False
    neighbours = [written[i][0] for i in (index - 1, index + 1) if 0 <= i < len(written)]
    return bool(neighbours) and all(any(c.islower() for c in word) for word in neighbours)


def _without_capital(word: str) -> str:
    """``word`` with its first letter small, unless it is printed all in capitals ("UBND")."""
    if word.isupper() or not word[:1].isupper():
        return word
    return word[:1].lower() + word[1:]


def _with_capital(word: str, written: str) -> str:
    """``word`` with its first letter a capital when ``written`` (the same word) starts so."""
    first = next((char for char in written if char.isalpha()), "")
    at = next((i for i, char in enumerate(word) if char.isalpha()), None)
    if at is None or not first.isupper():
        return word
    return word[:at] + word[at].upper() + word[at + 1 :]


def _proper_names(result: str) -> str:
    """``result`` with the proper names of ``_PROPER`` in their capitals.

    A name is found in either tone placement ("CỘNG HOÀ" re-cased "cộng hoà" is "Cộng hoà
    xã hội chủ nghĩa Việt Nam"): the folded text, of the same length, is searched, and the
    letters found take the name's capitals, keeping the text's own tone placement.
    """
    for name in _PROPER:
        for found in re.finditer(rf"(?<!\w){re.escape(fold(name))}(?!\w)", fold(result)):
            printed = result[found.start() : found.end()]
            cased = "".join(
                c.upper() if n.isupper() else c.lower() for c, n in zip(printed, name, strict=True)
            )
            result = result[: found.start()] + cased + result[found.end() :]
    return result
