"""Places: the provinces and cities directly under the centre, and the words of each level.

A body's name ends with the place it serves ("Ủy ban nhân dân tỉnh Hà
Giang", "Viện kiểm sát nhân dân huyện Lý Sơn"); the unit word before the
place gives the level.  The provinces are a closed list (the 63 before the
2025 reorganisation and the names the 34 after it carry), so that a name
in capitals ends where the province does ("TỈNH QUẢNG TRỊ GIAI ĐOẠN ...");
districts and communes are an open set, read up to the first common word.
"""

from __future__ import annotations

import itertools
import re

#: The provinces and centrally governed cities, as their names are written.
PROVINCES: tuple[str, ...] = (
    "An Giang",
    "Bà Rịa - Vũng Tàu",
    "Bà Rịa-Vũng Tàu",
    "Bạc Liêu",
    "Bắc Giang",
    "Bắc Kạn",
    "Bắc Ninh",
    "Bến Tre",
    "Bình Dương",
    "Bình Định",
    "Bình Phước",
    "Bình Thuận",
    "Cà Mau",
    "Cao Bằng",
    "Cần Thơ",
    "Đà Nẵng",
    "Đắk Lắk",
    "Đắk Nông",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Giang",
    "Hà Nam",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Dương",
    "Hải Phòng",
    "Hậu Giang",
    "Hòa Bình",
    "Hồ Chí Minh",
    "Huế",
    "Hưng Yên",
    "Khánh Hòa",
    "Kiên Giang",
    "Kon Tum",
    "Lai Châu",
    "Lạng Sơn",
    "Lào Cai",
    "Lâm Đồng",
    "Long An",
    "Nam Định",
    "Nghệ An",
    "Ninh Bình",
    "Ninh Thuận",
    "Phú Thọ",
    "Phú Yên",
    "Quảng Bình",
    "Quảng Nam",
    "Quảng Ngãi",
    "Quảng Ninh",
    "Quảng Trị",
    "Sóc Trăng",
    "Sơn La",
    "Tây Ninh",
    "Thái Bình",
    "Thái Nguyên",
    "Thanh Hóa",
    "Thừa Thiên Huế",
    "Thừa Thiên - Huế",
    "Tiền Giang",
    "Trà Vinh",
    "Tuyên Quang",
    "Vĩnh Long",
    "Vĩnh Phúc",
    "Yên Bái",
)

#: The words of each level before a place's name, longest first, and the level they give.
UNITS: tuple[tuple[str, str], ...] = (
    ("thành phố", "province"),  # a city under the centre, or under a province: see level_of_unit
    ("thị trấn", "commune"),
    ("thị xã", "district"),
    ("huyện", "district"),
    ("quận", "district"),
    ("phường", "commune"),
    ("tỉnh", "province"),
    ("xã", "commune"),
    ("đặc khu", "commune"),
)

#: The cities that are provinces ("thành phố Đà Nẵng"); any other city is under a province.
CENTRAL_CITIES = ("Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế")

#: Words and pairs of words that are never part of a name: a name read in capitals stops there.
COMMON_WORDS = frozenset(
    [
        "và",
        "của",
        "có",
        "được",
        "trong",
        "trên",
        "dưới",
        "về",
        "theo",
        "tại",
        "các",
        "những",
        "đến",
        "từ",
        "với",
        "cho",
        "giữa",
        "thuộc",
        "này",
        "đã",
        "là",
        "để",
        "khi",
        "nếu",
        "sau",
        "trước",
        "hoặc",
        "cùng",
        "số",
        "ngày",
        "tháng",
        "năm",
        "kèm",
        "khóa",
        "khoá",
        "nhằm",
        "qua",
        "bị",
        "do",
        "vì",
        "nên",
        "mà",
    ]
)
COMMON_PAIRS = frozenset(
    tuple(pair.split())
    for pair in """
    địa bàn, giai đoạn, thực hiện, chịu trách, trách nhiệm, nhiệm kỳ, ban hành, quy chế,
    quy định, kế hoạch, chương trình, phối hợp, công tác, liên ngành, thông tư, nghị quyết,
    quyết định, hướng dẫn, thi hành, tổ chức, hoạt động, triển khai, phòng chống, hội nghị,
    kỳ họp, trung ương, tối cao, đơn vị, cơ quan, lực lượng, trực thuộc, đồng thời, lần thứ,
    thống nhất, đề nghị, xây dựng, giải quyết, về việc, bố trí, quan tâm, xem xét, tiếp tục,
    tăng cường, nghiên cứu, cho phép, phân bổ, sửa đổi, bổ sung, rà soát, tham mưu, đôn đốc,
    theo dõi, kiểm tra, kiểm soát, giám sát, thẩm định, tuyên truyền, đánh giá, đối với
    """.replace("\n", " ").split(",")
    if pair.strip()
)

#: Old and new tone placement ("hoà", "hòa"): the same word.
_TONE_PAIRS = {
    "oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa",
    "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe",
    "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy",
}  # fmt: skip
_TONES = re.compile("|".join(_TONE_PAIRS), re.IGNORECASE)


def fold(text: str) -> str:
    """``text`` as names are compared: small letters, one tone placement; the same length."""
    return _TONES.sub(lambda m: _TONE_PAIRS[m[0].lower()], text.casefold())


def common_at(words: list[str], index: int) -> bool:
    """Whether the word at ``index`` (with the next) is a common word, never part of a name."""
    word = fold(words[index])
    if word in _COMMON_WORDS:
        return True
    return index + 1 < len(words) and (word, fold(words[index + 1])) in _COMMON_PAIRS


_COMMON_WORDS = frozenset(fold(word) for word in COMMON_WORDS)
_COMMON_PAIRS = frozenset((fold(first), fold(second)) for first, second in COMMON_PAIRS)


def _spaced(name: str) -> str:
    # A copy may glue the words of a name ("QUẢNGNGÃI") or break them over lines, and print
    # its hyphen as an en dash ("BÀ RỊA \u2013 VŨNG TÀU").
    spaced = r"\s*".join(re.escape(fold(word)) for word in name.split())
    return spaced.replace(r"\-", "[-\u2013]")


_PROVINCES = sorted(PROVINCES, key=len, reverse=True)
PROVINCE = re.compile("|".join(f"({_spaced(name)})" for name in _PROVINCES) + r"(?!\w)")


#: The seat of each province whose name is not the province's, before the 2025
#: reorganisation, as place lines print it ("Vị Thanh, ngày ..." is Hậu Giang's).
CAPITALS: dict[str, str] = {
    "Điện Biên Phủ": "Điện Biên",
    "Việt Trì": "Phú Thọ",
    "Vĩnh Yên": "Vĩnh Phúc",
    "Phủ Lý": "Hà Nam",
    "Hạ Long": "Quảng Ninh",
    "Vinh": "Nghệ An",
    "Đồng Hới": "Quảng Bình",
    "Đông Hà": "Quảng Trị",
    "Tam Kỳ": "Quảng Nam",
    "Quy Nhơn": "Bình Định",
    "Tuy Hòa": "Phú Yên",
    "Nha Trang": "Khánh Hòa",
    "Phan Rang-Tháp Chàm": "Ninh Thuận",
    "Phan Thiết": "Bình Thuận",
    "Pleiku": "Gia Lai",
    "Buôn Ma Thuột": "Đắk Lắk",
    "Gia Nghĩa": "Đắk Nông",
    "Đà Lạt": "Lâm Đồng",
    "Đồng Xoài": "Bình Phước",
    "Thủ Dầu Một": "Bình Dương",
    "Biên Hòa": "Đồng Nai",
    "Bà Rịa": "Bà Rịa - Vũng Tàu",
    "Vũng Tàu": "Bà Rịa - Vũng Tàu",
    "Tân An": "Long An",
    "Mỹ Tho": "Tiền Giang",
    "Cao Lãnh": "Đồng Tháp",
    "Long Xuyên": "An Giang",
    "Rạch Giá": "Kiên Giang",
    "Vị Thanh": "Hậu Giang",
}


def place_key(name: str) -> str:
    """``name`` as places are compared: folded, without spaces or dashes ("Bà Rịa-Vũng Tàu")."""
    return re.sub(r"[\s\-\u2013]+", "", fold(name))


_CAPITALS = {place_key(seat): province for seat, province in CAPITALS.items()}


def capital_province(place: str | None) -> str | None:
    """The province whose seat ``place`` names ("Vị Thanh": Hậu Giang), or None."""
    return _CAPITALS.get(place_key(place)) if place else None


def province_named(text: str) -> str | None:
    """The province whose name ``text`` starts with, as the list writes it, or None."""
    return province_match(text)[0]


def province_match(text: str) -> tuple[str | None, int]:
    """The province ``text`` starts with (as the list writes it) and how long it is printed."""
    found = PROVINCE.match(fold(text[:40]))
    if found is None or found.lastindex is None:
        return None, 0
    return _PROVINCES[found.lastindex - 1], found.end()


def province_misread(place: str) -> str | None:
    """The province a place line's ``place`` is one letter off, as a scan misreads it, or None.

    "Hù Nội" is "Hà Nội" with one letter misread: the same length and every letter
    but one the same. A province's own name, or a place more than one letter off
    every province (a district, a commune, a provincial capital), is None.
    """
    printed = fold(" ".join(place.split()))
    if len(printed) < 5 or province_named(place) is not None:
        return None
    near = [
        name
        for name in PROVINCES
        if len(fold(name)) == len(printed)
        and sum(a != b for a, b in zip(fold(name), printed, strict=True)) == 1
    ]
    return near[0] if len(near) == 1 else None


def level_of_unit(unit: str, place: str | None) -> str:
    """The level a unit word gives: a *thành phố* is a province when it is a central city."""
    unit = unit.casefold()
    if unit == "thành phố":
        if place is None or place in CENTRAL_CITIES:
            return "province"
        return "district"
    return next(level for word, level in UNITS if word == unit)


def title_case(words: str) -> str:
    """A place's name printed in capitals, as names are written ("Phan Rang-Tháp Chàm")."""
    return re.sub(r"\w+", lambda m: m[0][:1].upper() + m[0][1:].lower(), words)


# --- Words a copy glued together ("Chínhphủ", "Tổchức", "Dânquân") -----------------

_VOWELS = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ"
_BASE = dict(
    zip(
        _VOWELS,
        "a" * 6
        + "ă" * 6
        + "â" * 6
        + "e" * 6
        + "ê" * 6
        + "i" * 6
        + "o" * 6
        + "ô" * 6
        + "ơ" * 6
        + "u" * 6
        + "ư" * 6
        + "y" * 6,
        strict=True,
    )
)
_CHECKED_TONES = set("áắấéếíóốớúứýạặậẹệịọộợụựỵ")  # sắc and nặng: the tones of -c, -ch, -p, -t
_PLAIN = set("aeiouy")  # letters without a diacritic
_INITIALS = (
    "ngh", "ng", "nh", "ch", "tr", "th", "ph", "kh", "gh", "gi", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x",
)  # fmt: skip
_FINALS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")
_NUCLEUS = re.compile(f"[{_VOWELS}]+", re.IGNORECASE)


def _syllable_fits(nucleus: str, final: str) -> bool:
    """Whether a syllable may end in ``final`` after ``nucleus`` (Vietnamese phonotactics)."""
    lower = nucleus.lower()
    if final in ("c", "ch", "p", "t") and not any(c in _CHECKED_TONES for c in lower):
        return False
    return not (
        final in ("ch", "nh") and _BASE.get(lower[-1], lower[-1]) not in ("a", "ê", "i", "y")
    )


def _split_word(word: str) -> str:
    """``word`` split where two syllables were glued, when the split is certain."""
    lower = word.lower()
    if not any(c in _VOWELS and c not in _PLAIN for c in lower):
        return word  # no diacritic: an abbreviation or a foreign word
    nuclei = list(_NUCLEUS.finditer(lower))
    if len(nuclei) < 2:
        return word
    cuts = []
    for first, second in itertools.pairwise(nuclei):
        cluster = lower[first.end() : second.start()]
        if lower[second.start()] == "u" and cluster.endswith("q"):
            cluster += "u"
        elif (
            lower[second.start()] == "i"
            and cluster.endswith("g")
            and second.end() - second.start() > 1
        ):
            cluster += "i"
        splits = [
            len(final)
            for final in _FINALS
            if cluster.startswith(final)
            and cluster[len(final) :] in _INITIALS
            and _syllable_fits(first[0], final)
        ]
        if len(splits) != 1 or not cluster:
            return word  # not two syllables for certain
        cuts.append(first.end() + splits[0])
    parts = []
    previous = 0
    for cut in cuts:
        parts.append(word[previous:cut])
        previous = cut
    parts.append(word[previous:])
    return " ".join(parts)


#: Letters only Vietnamese writes: a word holding one is a Vietnamese syllable, not a foreign
#: word or an abbreviation ("Internet", "ASEAN").
_VIETNAMESE = set("đâăêôơư") | {c for c in _VOWELS if c not in _PLAIN}
_SYLLABLE = re.compile(
    f"^(?:{'|'.join(sorted(_INITIALS, key=len, reverse=True))})?(?P<nucleus>[{_VOWELS}]+)"
    f"(?P<final>{'|'.join(sorted(_FINALS, key=len, reverse=True))})$"
)


def damaged_word(text: str) -> str | None:
    """The first word of ``text`` no Vietnamese syllable is spelt like, as a scan misreads one.

    "Đât" ends in "t" without the tone a syllable in "-t" takes (sắc or nặng):
    its vowel's mark was lost. Only words with a letter of Vietnamese's own are
    judged, one syllable each; a word glued to the next, or of other letters,
    is none.
    """
    words: list[str] = re.findall(r"\w+", text)
    for word in words:
        lower = word.lower()
        if not _VIETNAMESE & set(lower) or len(list(_NUCLEUS.finditer(lower))) != 1:
            continue
        spelt = _SYLLABLE.match(lower)
        if spelt is not None and not _syllable_fits(spelt["nucleus"], spelt["final"]):
            return word
    return None


#: A syllable an extraction split before its vowel ("t ỉnh", "ch ế", "v ận"): an initial alone,
#: which is no word, then a vowel with a diacritic.
_SPLIT_SYLLABLE = re.compile(
    r"(?<![\w])("
    + "|".join(sorted(_INITIALS, key=len, reverse=True))
    + r") (?=["
    + "".join(c for c in _VOWELS if c not in _PLAIN)
    + r"])"
)


def rejoin_syllables(text: str) -> str:
    """``text`` with syllables an extraction split after their initial joined again.

    "UBND t ỉnh Bạc Liêu" is "UBND tỉnh Bạc Liêu"; an initial alone is no
    Vietnamese word, so the split is certain.
    """
    return _SPLIT_SYLLABLE.sub(r"\1", text)


def unglue(text: str) -> str:
    """``text`` with words a copy glued together split again, where the split is certain.

    "Chínhphủ" is "Chính phủ", "Tổchức" "Tổ chức", "Dânquân" "Dân quân";
    "BANHÀNH" (ban hành, or ba nhành) is left as it is.
    """
    return re.sub(r"\w{4,}", lambda m: _split_word(m[0]), text)
