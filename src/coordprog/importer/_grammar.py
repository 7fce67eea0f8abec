"""Vietnamese public bodies read by their grammar: organ + level + place.

A body's name is built the same way everywhere: an organ ("Ủy ban nhân
dân", "Viện kiểm sát nhân dân", "Bộ Chỉ huy Quân sự", or a head that takes
a name, "Bộ Tư pháp", "Sở Nội vụ", "Ban Dân vận"), then its level and
place ("tỉnh Hà Giang", "huyện Lý Sơn", "tối cao"), sometimes after the
body it belongs to ("Tỉnh ủy Bình Thuận" over "Ban Dân vận").  Reading by
that grammar recognises bodies no table lists: courts, procuracies, police,
military commands, civil-judgment enforcement, unions, districts and
communes, and bodies made by the 2025 reorganisation.

The vocabulary below is of organs (the kinds of body), not of bodies.
"""

from __future__ import annotations

import contextlib
import contextvars
import itertools
import re
import unicodedata
from collections.abc import Iterable, Iterator

import attrs

from coordprog.importer._places import (
    COMMON_WORDS,
    UNITS,
    common_at,
    fold,
    level_of_unit,
    province_match,
    title_case,
)


@attrs.frozen
class Organ:
    """A kind of body as its name is written: ``words`` in their proper case.

    ``named`` organs take a name after them ("Bộ" + "Tư pháp"); ``placed``
    ones are followed by their place ("Ủy ban nhân dân" + "tỉnh Hà Giang");
    ``central`` ones are central bodies whatever follows; ``kind`` is the
    party kind a draft gives the body.
    """

    words: str
    kind: str = "state-agency"
    named: bool = False
    placed: bool = True
    central: bool = False
    #: a Party committee named with its level word ("Tỉnh ủy Bình Thuận"): the level it is.
    level: str | None = None
    #: the abbreviations documents write it as.
    short: tuple[str, ...] = ()
    #: a school's grade abbreviation may follow, the school's name after it a proper name
    #: ("Trường THPT Tân Lâm", "Liên đội THCS An Bằng").
    graded: bool = False


#: The organs, longest written form first when matched.
ORGANS: tuple[Organ, ...] = (
    # Central bodies whose name is their own.
    Organ("Thủ tướng Chính phủ", placed=False, central=True, short=("TTg",)),
    Organ("Văn phòng Chính phủ", placed=False, central=True, short=("VPCP",)),
    Organ("Thanh tra Chính phủ", placed=False, central=True),
    Organ("Chính phủ", placed=False, central=True, short=("CP",)),
    Organ("Ủy ban Thường vụ Quốc hội", placed=False, central=True, short=("UBTVQH",)),
    Organ("Quốc hội", placed=False, central=True),
    Organ("Bộ Chính trị", "party-committee", placed=False, central=True),
    Organ("Ban Bí thư", "party-committee", placed=False, central=True),
    Organ("Kiểm toán Nhà nước", placed=False, central=True),
    Organ("Ngân hàng Nhà nước Việt Nam", placed=False, central=True),
    Organ("Bảo hiểm xã hội Việt Nam", placed=False, central=True),
    Organ(
        "Tổng Liên đoàn Lao động Việt Nam",
        "mass-organisation",
        placed=False,
        central=True,
        # "Tổng LĐLĐ Việt Nam": the confederation, not a federation "LĐLĐ Việt Nam".
        short=("Tổng Liên đoàn Lao động", "Tổng LĐLĐ Việt Nam", "Tổng LĐLĐ"),
    ),
    Organ(
        "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass-organisation",
        placed=False,
        central=True,
        short=("Trung ương Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn TNCS HCM"),
    ),
    Organ(
        "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass-organisation",
        placed=False,
        central=True,
        short=("Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh",),
    ),
    Organ("Ban Chấp hành Trung ương Đoàn", "mass-organisation", placed=False, central=True),
    Organ(
        "Trung ương Đoàn",
        "mass-organisation",
        placed=False,
        central=True,
        short=("TWĐTN",),
    ),
    Organ("Ban Bí thư Trung ương Đoàn", "mass-organisation", placed=False, central=True),
    # The organisations themselves, printed above the committee that issues for them.
    Organ(
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "mass-organisation",
        short=("Đoàn TNCS Hồ Chí Minh", "Đoàn TNCS HCM"),
    ),
    Organ(
        "Đội Thiếu niên Tiền phong Hồ Chí Minh",
        "mass-organisation",
        short=("Đội TNTP Hồ Chí Minh", "Đội TNTP HCM"),
    ),
    Organ(
        "Bộ Tư lệnh Bộ đội Biên phòng",
        "military",
        placed=False,
        central=True,
        short=("BTL BĐBP",),
    ),
    Organ("Bộ Tư lệnh", "military", named=True, placed=False, central=True),
    # A military region, numbered, under the ministry: "BỘ QUỐC PHÒNG / QUÂN KHU 7".
    Organ("Quân khu", "military", named=True, placed=False, central=True),
    Organ("Tổng cục Thi hành án dân sự", "enforcement", placed=False, central=True),
    Organ(
        "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
        "mass-organisation",
        placed=False,
        central=True,
    ),
    Organ(
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "front",
        placed=False,
        central=True,
        short=("UBTƯ MTTQ Việt Nam", "UBTWMTTQVN"),
    ),
    Organ("Ủy ban Dân tộc", placed=False, central=True, short=("UBDT",)),
    Organ(
        "Tòa án nhân dân tối cao",
        "court",
        placed=False,
        central=True,
        short=("TANDTC",),
    ),
    Organ(
        "Viện kiểm sát nhân dân tối cao",
        "procuracy",
        placed=False,
        central=True,
        short=("VKSNDTC", "VKSTC"),
    ),
    # Local bodies followed by their place.
    Organ("Ủy ban nhân dân", short=("UBND",)),
    Organ("Hội đồng nhân dân", short=("HĐND",)),
    Organ(
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "front",
        short=(
            "Ủy ban MTTQ Việt Nam",
            "UBMTTQ Việt Nam",
            "UBMTTQVN",
            "UBMTTQ",
            "Ủy ban MTTQ",
        ),
    ),
    Organ("Tòa án nhân dân", "court", short=("TAND",)),
    Organ("Viện kiểm sát nhân dân", "procuracy", short=("VKSND",)),
    # Their names without "nhân dân", as a joint letterhead lists them before a shared place:
    # "VIỆN KIỂM SÁT - TÒA ÁN - CÔNG AN ... THÀNH PHỐ ĐÀ NẴNG".
    Organ("Viện kiểm sát", "procuracy"),
    Organ("Tòa án", "court"),
    Organ(
        "Bộ Chỉ huy Bộ đội Biên phòng",
        "military",
        # "BỘ CHỈ HUY BĐBP TỈNH AN GIANG": the force abbreviated after the command's words.
        short=("BCH BĐBP", "Bộ Chỉ huy BĐBP"),
    ),
    Organ("Bộ Chỉ huy Quân sự", "military", short=("BCHQS",)),
    Organ("Ban Chỉ huy Quân sự", "military", short=("BCHQS",)),
    Organ("Bộ đội Biên phòng", "military", short=("BĐBP",)),
    Organ("Công an", "police", short=("CA",)),
    Organ("Cục Thi hành án dân sự", "enforcement", short=("Cục THADS",)),
    Organ("Chi cục Thi hành án dân sự", "enforcement", short=("Chi cục THADS",)),
    Organ("Liên đoàn Lao động", "mass-organisation", short=("LĐLĐ",)),
    # A trade union of a sector or of the public servants of a place, under the federation:
    # "Công đoàn Giáo dục huyện Ba Tơ", "Công đoàn Viên chức tỉnh ...", "CĐGD Quảng Trị".
    Organ("Công đoàn Giáo dục", "mass-organisation", short=("CĐGD", "CĐ GD", "Công đoàn GD")),
    Organ("Công đoàn ngành Giáo dục", "mass-organisation", short=("CĐN GD",)),
    Organ("Công đoàn Viên chức", "mass-organisation", short=("CĐVC", "CĐ VC")),
    Organ("Hội Liên hiệp Phụ nữ", "mass-organisation", short=("Hội LHPN",)),
    Organ("Hội Nông dân", "mass-organisation", short=("Hội ND",)),
    Organ("Hội Cựu chiến binh", "mass-organisation", short=("Hội CCB",)),
    Organ("Kho bạc Nhà nước", short=("KBNN",)),
    # The branches of the State Bank and of the social policy bank in a province, the
    # National Assembly's delegation of a province, its cooperative alliance and bar.
    Organ("Ngân hàng Nhà nước", short=("NHNN",)),
    Organ("Ngân hàng Chính sách xã hội", short=("NHCSXH",)),
    Organ("Đoàn đại biểu Quốc hội", short=("Đoàn ĐBQH",)),
    Organ("Liên minh Hợp tác xã", "mass-organisation"),
    Organ("Đoàn Luật sư", "mass-organisation"),
    Organ("Cảng vụ Hàng hải"),
    Organ("Bảo hiểm xã hội", short=("BHXH",)),
    Organ("Cơ quan điều tra", "police"),
    Organ("Cơ quan thi hành án dân sự", "enforcement"),
    Organ("Kiểm lâm", "forest-protection"),
    Organ("Hải quan", "customs"),
    # The tax office of a province since 2025 ("Thuế tỉnh Lào Cai", "Thuế tỉnh"), once "Cục
    # Thuế tỉnh ...": named with its level word, "Thuế" alone being the tax itself.
    Organ("Thuế tỉnh", "tax", level="province"),
    Organ("Thuế thành phố", "tax", level="province"),
    Organ("Tỉnh đoàn", "mass-organisation", level="province"),
    Organ("Thành đoàn", "mass-organisation", level="province"),
    Organ("Huyện đoàn", "mass-organisation", level="district"),
    Organ("Tỉnh ủy", "party-committee", level="province", short=("TU",)),
    Organ("Thành ủy", "party-committee", level="province", short=("TU",)),
    Organ("Huyện ủy", "party-committee", level="district", short=("HU",)),
    Organ("Thị ủy", "party-committee", level="district"),
    Organ("Quận ủy", "party-committee", level="district"),
    Organ("Đảng ủy", "party-committee", level="commune", short=("ĐU",)),
    # A bloc's Party committee, named by what it gathers: "Đảng ủy Khối các cơ quan tỉnh".
    # Only as a name writes it ("Đảng ủy khối" in small letters is any bloc's committee).
    Organ("Đảng ủy Khối", "party-committee", named=True, short=("Đảng ủy Khối",)),
    # Heads that take a name: "Bộ Tư pháp", "Sở Nội vụ", "Ban Dân vận".
    Organ("Bộ", named=True, placed=False, central=True),
    Organ("Tổng cục", named=True, placed=False, central=True),
    Organ("Chi cục", named=True),
    Organ("Cục", named=True),
    Organ("Sở", named=True, placed=True, level="province"),
    Organ("Ban", named=True, kind="board"),
    Organ("Trung tâm", named=True),
    Organ("Trạm", named=True),  # "TRẠM Y TẾ XÃ LẠC SƠN": a commune's health station
    Organ("Văn phòng", named=True),
    Organ("Thanh tra", named=False),
    Organ("Ủy ban", named=True),
    Organ("Hội đồng", named=True),
    Organ("Hội", named=True, kind="mass-organisation"),
    Organ("Đài", named=True),
    Organ("Báo", named=True),
    Organ("Trường", named=True, kind="school", graded=True),
    # A school's Young Pioneer brigade, at the base: "LIÊN ĐỘI THCS AN BẰNG - VINH AN".
    Organ("Liên đội", named=True, kind="mass-organisation", level="commune", graded=True),
    Organ("Học viện", named=True, kind="school"),
    Organ("Viện", named=True),
    Organ("Phòng", named=True, level="district"),
    Organ("Vụ", named=True, placed=False, central=True),
)

#: Words after a head that make it no organ: "Ban hành", "Hội nghị", "Bộ luật".
_NOT_ORGANS = {
    "Ban": ("hành", "đầu", "ngày", "đêm", "thường trực", "thường vụ"),
    "Hội": ("nghị", "nhập", "viên", "thảo", "thi", "chợ", "đồng nhân"),
    "Hội đồng": ("nhân",),
    "Bộ": (
        "luật",
        "phận",
        "máy",
        "ngành",
        "đội",
        "trưởng",
        "tiêu chí",
        "chỉ số",
        "hồ sơ",
    ),
    "Sở": ("hữu", "dĩ", "thích"),
    "Vụ": ("án", "việc", "trưởng"),
    "Phòng": ("chống", "ngừa", "họp", "thủ", "tránh", "cháy"),
    "Viện": ("dẫn", "trưởng", "trợ"),
    "Trường": ("hợp", "học"),  # "trường học": any school
    "Cục": ("bộ", "trưởng"),
    "Văn phòng": ("phẩm",),
    "Đài": ("thọ",),
    "Báo": ("cáo", "chí", "động", "tin", "hiệu"),
    "Ủy ban": ("nhân",),
    "Trung tâm": (),
    "Trạm": ("dừng", "nghỉ", "xe", "sạc", "thu"),
    "Đảng ủy": ("ban",),  # "Ban cán sự đảng Ủy ban nhân dân": the word "đảng", then "Ủy ban"
}

#: Words before a head that make it part of a common word: "tiến bộ", "cán bộ".
_NOT_AFTER = {
    "Bộ": ("tiến", "cán", "toàn", "đồng", "nội", "sơ", "cục", "từng", "một", "thiết"),
    "Ban": ("các",),
    "Hội": ("xã", "cơ", "đại", "quốc"),
    "Đài": ("lâu",),
    "Trường": ("môi", "thị", "chiến", "lập"),
    "Phòng": ("quốc", "dự", "đề", "văn"),
    "Viện": ("bệnh", "học", "thư"),
    "Vụ": (
        "nhiệm",
        "dịch",
        "phục",
        "nghĩa",
        "thời",
        "thường",
        "chức",
        "nghiệp",
        "công",
        "sự",
        "tài",
        "thuế",
    ),
    "Sở": ("cơ", "trụ"),
    "Cục": ("bố",),
}

#: "Việt Nam" after a mass organisation's organ: its national body ("Hội Nông dân Việt Nam").
_NATIONAL = re.compile(r"[ \t\n]+vi[eệ]t[ \t]+nam(?!\w)", re.IGNORECASE)
_ORGANISATIONS = ("mass-organisation", "front")
#: Heads of an organisation's elected bodies, named by their level ("Ban Chấp hành Trung ương").
_COMMITTEE_HEADS = ("Hội đồng", "Ban")
#: A mass organisation's or the Front's elected committee, printed under its name in a
#: letterhead ("HỘI NÔNG DÂN VIỆT NAM / BAN CHẤP HÀNH TRUNG ƯƠNG"): the committee issues.
_COMMITTEE_OF = re.compile(
    r"(?P<head>ban\s+chấp\s+hành|hội\s+đồng)(?:\s+(?P<central>trung\s+ương))?(?:\s|$)"
)
#: The Youth Union's committee of a place, as its members call it: "Tỉnh đoàn Ninh Thuận".
_UNION_OF_UNIT = {"tỉnh": "Tỉnh đoàn", "thành phố": "Thành đoàn", "huyện": "Huyện đoàn"}
_CENTRAL_LEVEL = re.compile(r"(?:tối\s+cao|trung\s+ương)(?!\w)", re.IGNORECASE)
_UNIT = re.compile(
    r"(?P<unit>"
    + "|".join(re.escape(word) for word, _ in UNITS)
    + r")(?!\w)(?!\s*(?:ủy|uỷ|đoàn|hội)(?!\w))[ \t]*",
    re.IGNORECASE,
)
#: A unit of two words before a place whose first syllable is "Hội" ("thành phố Hội An"): no
#: association's committee ("Tỉnh hội") is named with these words.
_UNIT_BEFORE_HOI = re.compile(
    r"(?P<unit>thành\s+phố|thị\s+xã|thị\s+trấn)(?!\w)[ \t]*(?=hội[ \t]+\w)",
    re.IGNORECASE,
)
#: A Party committee or Youth Union named with its level word: "Tỉnh ủy", "Huyện đoàn".
_COMMITTEE = re.compile(r"(?:tỉnh|thành|huyện|thị|quận|đảng)\s+(?:ủy|uỷ|đoàn)(?!\w)", re.IGNORECASE)


@attrs.frozen
class BodyName:
    """A body named in a text, read by its grammar.

    ``name`` is its full name as a draft writes it ("Ủy ban nhân dân tỉnh
    Vĩnh Long"), ``organ`` the organ read, ``level`` and ``province`` what
    the place says, ``parent`` the body it belongs to when the text names
    it first ("Tỉnh ủy Bình Thuận" for "Ban Dân vận"), ``start`` and
    ``end`` where it was read in the text.
    """

    name: str
    organ: str
    kind: str
    level: str | None
    province: str | None
    start: int
    end: int
    parent: str | None = None
    #: the unit word and place as read ("tỉnh", "Vĩnh Long"), when there is a place.
    unit: str | None = None
    place: str | None = None
    #: another name it goes by: as printed with an abbreviation ("Ủy ban MTTQ Việt Nam tỉnh
    #: Quảng Trị"), or an organisation's name for the committee that issues for it.
    short: str | None = None
    #: the letterhead's line as the copy printed it, when its first letters were cut off and
    #: the organ's name was completed ("Y BAN NHÂN DÂN"): a reading to check.
    restored_from: str | None = None
    #: the standing organ a letterhead prints under the body, acting for it ("THƯỜNG TRỰC"
    #: under "HĐND TỈNH ..."): "Thường trực Hội đồng nhân dân tỉnh ...".
    acting: str | None = None


def _form_pattern(form: str) -> re.Pattern[str]:
    """A written form matched in folded text, its words broken by any white space."""
    words = [re.escape(fold(word)) for word in form.split()]
    return re.compile(r"\s+".join(words) + r"(?![\w])")


#: Each organ's written forms as patterns, the longest form first.
def _forms(organs: Iterable[Organ]) -> tuple[tuple[Organ, str, re.Pattern[str]], ...]:
    """Each organ's written forms as patterns, the longest form first."""
    return tuple(
        sorted(
            (
                (organ, form, _form_pattern(form))
                for organ in organs
                for form in (organ.words, *organ.short)
            ),
            key=lambda entry: -len(entry[1]),
        )
    )


_FORMS = _forms(ORGANS)
#: The organs plugins add (``coordprog_import_organs``), for the draft being read.
_ADDED: contextvars.ContextVar[tuple[tuple[Organ, str, re.Pattern[str]], ...]] = (
    contextvars.ContextVar("coordprog_import_organs", default=())
)


@contextlib.contextmanager
def organs_added(organs: Iterable[Organ]) -> Iterator[None]:
    """Read bodies with ``organs`` too (tried before the built-in ones) inside the block.

    The organs a plugin adds apply to the draft being read only, also when
    several drafts are read at once in threads.
    """
    token = _ADDED.set(_forms(organs))
    try:
        yield
    finally:
        _ADDED.reset(token)


def _organ_at(text: str, position: int) -> tuple[Organ, int, str] | None:
    """The organ written at ``position`` (its longest form), its end, and its proper words."""
    folded = fold(text[position : position + 90])
    best: tuple[Organ, int, str] | None = None
    for organ, form, pattern in (*_ADDED.get(), *_FORMS):
        match = pattern.match(folded)
        if match is None:
            continue
        end = position + match.end()
        written = text[position:end]
        if form in organ.short and " ".join(written.split()) != form and not written.isupper():
            continue  # an abbreviation is written as it is
        before = fold(text[max(0, position - 12) : position]).split()
        if before and before[-1] in _NOT_AFTER.get(organ.words, ()):
            continue
        following = folded[match.end() : match.end() + 30].lstrip()
        if any(
            following.startswith(word) and not following[len(word) : len(word) + 1].isalnum()
            for word in _NOT_ORGANS.get(organ.words, ())
        ):
            continue
        if _cut_inside_common_word(organ, text[end:]):
            continue
        if best is None or end > best[1]:
            best = (organ, end, organ.words)
    return best


def _cut_inside_common_word(organ: Organ, rest: str) -> bool:
    """Whether the text stops inside the word that makes the head no organ ("ỦY BAN NHÂ").

    A copy cut in the middle of "ỦY BAN NHÂN DÂN" leaves "ỦY BAN NHÂ": the
    head "Ủy ban" with what would be a name, but is the beginning of "nhân"
    (the head is then no organ of its own). What the text ends with, a part
    of such a word, names no body.
    """
    # Only the rest's last word matters, and only when nothing follows it: a match that
    # fails as soon as more follows, not a fold of the whole rest (which made a long text's
    # reading quadratic).
    last = _LAST_WORD.match(rest)
    if last is None:
        return False
    tail = fold(last[1])
    return any(word.startswith(tail) and word != tail for word in _NOT_ORGANS.get(organ.words, ()))


#: A text's rest that is one word of two letters or more, between spaces and stops.
_LAST_WORD = re.compile(r"[ \t\n.,;:|]*(\S{2,40}?)[ \t\n.,;:|]*\Z")


def ends_cut(text: str) -> bool:
    """Whether ``text`` stops inside a body's name, the word after its head cut ("ỦY BAN NHÂ").

    .. versionadded:: 0.3.0
    """
    folded = fold(" ".join(text.split()))
    return any(
        (match.start() == 0 or folded[match.start() - 1] == " ")
        and _cut_inside_common_word(organ, folded[match.end() :])
        for organ, _form, pattern in (*_ADDED.get(), *_FORMS)
        for match in pattern.finditer(folded)
    )


#: A word, or an abbreviation joined by "&" ("GD&ĐT", "NN&PTNT": *giáo dục và đào tạo*).
_WORD = re.compile(r"[\w'\u2019]+(?:&[^\W\d_]+)*")


def _tokens(text: str, position: int, limit: int = 12) -> list[tuple[int, int, str]]:
    """The words of ``text`` from ``position`` on (at most ``limit``), with their spans."""
    found = []
    for match in _WORD.finditer(text, position):
        found.append((match.start(), match.end(), match[0]))
        if len(found) == limit:
            break
    return found


#: A body's head named after "và": the next body's, not a field of the name.
_HEAD_AFTER_AND = re.compile(
    r"(?:Bộ\s+trưởng|Thứ\s+trưởng|Viện\s+trưởng|Chánh\s+án|Chủ\s+tịch|Chủ\s+nhiệm"
    r"|Thủ\s+trưởng|Tổng\s+Kiểm\s+toán|Bí\s+thư|Trưởng\s+ban|Giám\s+đốc"
    # The standing organs that act for a body: "Bộ Văn hóa, Thể thao và Du lịch và Ban Thường
    # trực Ủy ban Trung ương Mặt trận ...".
    r"|Ban\s+Thường\s+trực|Ban\s+Thường\s+vụ|Thường\s+trực|Đoàn\s+Chủ\s+tịch|Ban\s+Chấp\s+hành"
    r"|Ban\s+Bí\s+thư|Đảng\s+đoàn|Ban\s+cán\s+sự)(?!\w)",
    re.IGNORECASE,
)
#: A ministry's field that is a whole ministry's name: a dash after it, in small letters, goes
#: on with another ministry ("Liên Bộ Tài chính - Giáo dục và Đào tạo"), where "Lao động -
#: Thương binh và Xã hội" is one ministry's fields.
_WHOLE_FIELDS = frozenset(
    fold(field)
    for field in (
        "Tài chính",
        "Tư pháp",
        "Y tế",
        "Nội vụ",
        "Công an",
        "Quốc phòng",
        "Ngoại giao",
        "Xây dựng",
        "Công Thương",
        "Thương mại",
        "Giao thông vận tải",
    )
)
#: A standing organ that acts for the body named after it, which a flattened joint letterhead
#: prints after a dash: "BỘ VĂN HOÁ THÔNG TIN - BAN THƯỜNG TRỰC UỶ BAN TRUNG ƯƠNG MẶT TRẬN ...".
_STANDING_ORGAN = re.compile(
    r"(?:Ban\s+Thường\s+trực|Ban\s+Thường\s+vụ|Đoàn\s+Chủ\s+tịch|Ban\s+Chấp\s+hành"
    r"|Ban\s+Bí\s+thư)\s",
    re.IGNORECASE,
)
#: In small letters, the fields a name lists after a dash or comma up to its "và" field:
#: "Lao động - Thương binh và Xã hội", "Văn hóa, Thể thao và Du lịch".
_FIELDS_GO_ON = re.compile(
    r"(?P<first>[^\W\d_])[^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}?[ \t]+và[ \t]+(?P<next>[^\W\d_])"
)


def _fields_go_on(text: str, position: int) -> bool:
    """Whether a name's fields go on at ``position``, in small letters, up to a "và" field."""
    found = _FIELDS_GO_ON.match(text, position)
    if found is None or not (found["first"].isupper() and found["next"].isupper()):
        return False
    inner = found[0].split()[1:-2]
    return all(word[:1].islower() for word in inner)


#: A name's words before "các" that go on with what the body governs or gathers: "Ban Quản
#: lý các khu công nghiệp", "Đoàn Khối các cơ quan Trung ương".
_GOVERNS_MANY = re.compile(r"(?:^|\s)(?:quản lý|khối)$")


def _name_after(text: str, position: int, longest: int = 11) -> tuple[str, int] | None:
    """The name a head takes ("Tư pháp", "Kế hoạch và Đầu tư", "Dân vận"), and where it ends.

    In small letters the name starts with a capital and goes on with the
    words after it ("Phục vụ hành chính công") and any capitalised field
    after "và"; in capitals it runs to a level word, a common word, a
    separator, or a line that starts another body, and to ``longest`` words at most.
    """
    tokens = _tokens(text, position, max(12, longest + 1))
    if not tokens or text[position : tokens[0][0]].strip(" \t"):
        return None
    words = [token for _, _, token in tokens]
    capitals = all(not c.islower() for c in text[position : tokens[-1][1]])
    taken = 0
    for index, (start, _end, word) in enumerate(tokens):
        if index:
            gap = text[tokens[index - 1][1] : start]
            mark = gap.strip(" \t\n")
            listed = mark in ("-", "\u2013", ",") and (
                capitals or (_fields_go_on(text, start) and _organ_at(text, start) is None)
            )
            if listed and not capitals and fold(" ".join(words[:index])) in _WHOLE_FIELDS:
                break  # "Liên Bộ Tài chính - Giáo dục và Đào tạo": two ministries, not one
            if mark == "/" and _ACT_SYMBOL.fullmatch(word) and words[index - 1].isdigit():
                taken = index + 1  # "Ban Chỉ đạo 138/CP": named by its founding act's number
                continue
            if mark and not listed:
                break  # punctuation ends the name; a field may follow a dash or comma
            if mark in ("-", "\u2013") and _organ_at(text, start) is not None:
                break  # "BỘ TƯ PHÁP - BỘ CÔNG AN": a dash before another body
            if mark in ("-", "\u2013") and _STANDING_ORGAN.match(text, start):
                break  # "BỘ TƯ PHÁP - BAN THƯỜNG TRỰC UỶ BAN ...": the next body's organ
            if (mark or "\n" in gap) and read_body(text, start) is not None:
                break  # another body follows
            if "\n" in gap and _bare_head_line(text, start):
                break  # "BỘ TƯ PHÁP" / "VĂN PHÒNG": the ministry's office on the next line
            if _COMMITTEE.match(text, start):
                break  # the committee the board belongs to: "Ban Dân vận Tỉnh ủy"
            found = _organ_at(text, start)
            if found is not None and not found[0].named and read_body(text, start) is not None:
                break  # "Ban Thường trực" + "Ủy ban Mặt trận ...": the body it acts for
        if _UNIT.match(text, start) or _CENTRAL_LEVEL.match(text, start):
            break
        lower = fold(word)
        if capitals and lower == "về" and taken and index + 2 < len(tokens):
            continue  # "CỤC CẢNH SÁT QUẢN LÝ HÀNH CHÍNH VỀ TRẬT TỰ XÃ HỘI": a field's words
        if lower == "các" and _GOVERNS_MANY.search(fold(text[max(0, start - 10) : start]).rstrip()):
            continue  # "BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"
        if _school_number(words, index) and taken:
            taken = index + 2  # "TRƯỜNG TH SỐ 2 QUẢNG PHÚ": a school numbered in its place
            continue
        if lower == "và":
            following = tokens[index + 1][2] if index + 1 < len(tokens) else ""
            after = tokens[index + 1][0] if following else 0
            if following and _organ_at(text, after) and read_body(text, after) is not None:
                break  # "Bộ Công an và Bộ Quốc phòng": two bodies, not one name
            if following and _HEAD_AFTER_AND.match(text, tokens[index + 1][0]):
                break  # "Bộ Tài chính và Bộ trưởng Bộ Tư pháp": another body's head
            if following and (capitals or following[:1].isupper()) and taken:
                continue
            break
        named = index == 0 and (capitals or word[:1].isupper()) and lower not in COMMON_WORDS
        many = index and fold(words[index - 1]) == "các" and taken == index - 1
        if common_at(words, index) and not named and not many:
            break  # a field named by common words is still a name: "Bộ Xây dựng", not "Sở thuộc"
        if not capitals and index == 0 and not word[:1].isupper():
            return None
        taken = index + 1
        if taken >= (longest if capitals else 8):
            break
    if taken == 0:
        return None
    end = tokens[taken - 1][1]
    return text[position:end].strip(), end


def proper_name(name: str, school: bool = False) -> str:
    """A name written in capitals, cased as Decree 30 writes names of bodies' fields.

    Each field the name lists starts with a capital ("Kế hoạch và Đầu tư",
    "Lao động - Thương binh và Xã hội"), the rest in small letters.  A
    ``school``'s name after its abbreviated grade is a proper name, each
    word a capital ("THPT TÂN LÂM" is "THPT Tân Lâm").
    """
    if any(c.islower() for c in name):
        return name
    words = name.lower().split(" ")
    printed = name.split(" ")
    result = []
    capital = True
    graded = False
    for index, word in enumerate(words):
        if _abbreviated(printed[index]):
            result.append(printed[index])  # "CCB", "TNTP": an abbreviation, as printed
            capital = False
            graded = school
            continue
        if graded and word[:1].isalpha():
            result.append(word[:1].upper() + word[1:])
            continue
        if capital and not result and word == "các":
            capital = False  # "Đảng ủy Khối các cơ quan": a name opening with "các"
        if capital and word[:1].isalpha():
            word = word[:1].upper() + word[1:]
            capital = False
        if word in ("và", "-", "\u2013", ",") or word.endswith(","):
            capital = True
        result.append(word)
    said = " ".join(result)
    for field, proper in _PROPER_FIELDS:
        said = re.sub(rf"(?<!\w){field}(?!\w)", proper, said)
    return _PLACE_NAMED.sub(lambda m: m[1] + _ROMAN_OR_TITLE.sub(_place_word, m[2]), said)


#: A place named in a body's name after the words that say what it is: "Chi cục Thuế khu vực
#: Biên Hòa", "Chi cục Hải quan cửa khẩu quốc tế Móng Cái"; not a direction ("khu vực miền
#: Trung") nor a number ("khu vực I").
_PLACE_NAMED = re.compile(
    r"((?<!\w)(?:khu vực|cửa khẩu(?: quốc tế)?) )(?!(?:miền|phía|vùng|biên giới)(?!\w))(.+)$"
)
_ROMAN_OR_TITLE = re.compile(r"\w+")
_ROMAN = re.compile(r"[ivxl]+", re.IGNORECASE)


def _place_word(word: re.Match[str]) -> str:
    """A word of a place's name, each a capital; a roman number all in capitals ("XII")."""
    if _ROMAN.fullmatch(word[0]):
        return word[0].upper()
    return word[0][:1].upper() + word[0][1:]


#: Fields whose name Decree 30 writes with more than its first capital: the ministry of
#: industry and trade and its provincial departments are "Bộ/Sở Công Thương"; the country's
#: name is a proper name wherever it ends a body's ("Hội Khuyến học Việt Nam").
_PROPER_FIELDS = (
    ("Công thương", "Công Thương"),
    ("[vV]iệt nam", "Việt Nam"),
    # A Youth Union's bloc, a body of its own: "Đoàn Khối các cơ quan Trung ương".
    ("[đĐ](?:oà|òa)n khối", "Đoàn Khối"),
)


_VOWELS = frozenset("aăâeêioôơuưy")


def _school_number(words: list[str], index: int) -> bool:
    """Whether ``words[index]`` is "SỐ" before a number, after a school's grade ("TH SỐ 2")."""
    return (
        0 < index < len(words) - 1
        and fold(words[index]) == "số"
        and words[index + 1].isdigit()
        and _abbreviated(words[index - 1])
    )


def _abbreviated(word: str) -> bool:
    """Whether a word printed in capitals is an abbreviation: letters without a vowel ("CCB")."""
    letters = [c for c in fold(word) if c.isalpha()]
    base = [unicodedata.normalize("NFD", c)[0] for c in letters]
    return len(letters) >= 2 and not any(c in _VOWELS for c in base)


def place_after(text: str, position: int) -> tuple[str, str, str | None, int] | None:
    """The level and place after a body's organ: ("tỉnh", "Vĩnh Long", province, end).

    A place not given after the level word ("Ủy ban nhân dân thành phố ban
    hành ...") is ("thành phố", "", None, end of the word).
    """
    at = position + len(text[position:]) - len(text[position:].lstrip(" \t\n"))
    unit = _UNIT.match(text, at) or _UNIT_BEFORE_HOI.match(text, at)
    if unit is None:
        return None
    word = text[at : at + len(unit["unit"])]
    unit_end = at + len(unit["unit"])
    place_at = unit.end()
    province, length = province_match(text[place_at:])
    if province is not None and " ".join(word.lower().split()) in _BELOW_DISTRICT_TOWNS:
        # "xã Hòa Bình", "huyện Quảng Ninh" (of Quảng Bình): a commune or district that bears
        # a province's name is seldom in that province; its name is read, not a province.
        named = _place_name(text, place_at)
        if named is not None:
            return word.lower(), named[0], None, named[1]
        return word.lower(), province, None, place_at + length
    if province is not None:
        return word.lower(), province, province, place_at + length
    numbered = _NUMBERED_PLACE.match(text, place_at) if fold(word) in _NUMBERED_UNITS else None
    if numbered is not None:
        return word.lower(), numbered[0], None, numbered.end()
    named = _place_name(text, place_at)
    if named is None:
        return word.lower(), "", None, unit_end
    return word.lower(), named[0], None, named[1]


#: The units whose place, named as a province is, is not that province: a district's or a
#: commune's (a town's or a city's under a province is mostly its province's seat).
_BELOW_DISTRICT_TOWNS = ("huyện", "quận", "xã", "phường", "thị trấn", "đặc khu")


#: The units a city numbers rather than names ("Quận 11", "Phường 3"), and such a number: one
#: or two digits, no date's or number's ("quận 1/2020", "phường 3.5").
_NUMBERED_UNITS = ("quận", "phường")
_NUMBERED_PLACE = re.compile(r"\d{1,2}(?![\w/.,-]?\d)(?!\w)")


def _province_ending(said: str) -> tuple[str, str] | None:
    """The province a department's name ends with, and the name without it, or None.

    "TƯ PHÁP HÀ GIANG" is the Department of Justice of Hà Giang: a name that
    ends with a province's whole name, after other words, is that province's.
    """
    words = list(re.finditer(r"\S+", said))
    for match in words[1:]:
        province, length = province_match(said[match.start() :])
        if province is not None and match.start() + length >= len(said.rstrip()):
            return province, said[: match.start()].rstrip(" ,-")
    return None


def _district_named_alone(text: str, position: int) -> bool:
    """Whether a letterhead's line in capitals ends with a place's name alone at ``position``."""
    line_end = text.find("\n", position)
    rest = text[position : len(text) if line_end < 0 else line_end].strip(" \t|")
    named = _place_name(text, position)
    return (
        bool(rest)
        and rest.isupper()
        and named is not None
        and named[1] - position >= len(rest) - 1
        and len(rest.split()) <= 3
    )


def _place_name(text: str, position: int) -> tuple[str, int] | None:
    """A place's proper name at ``position`` (one to three capitalised words), and its end."""
    tokens = _tokens(text, position, 4)
    words = [token for _, _, token in tokens]
    taken = 0
    for index, (start, _end, token) in enumerate(tokens):
        gap = text[tokens[index - 1][1] if index else position : start]
        if (
            gap.strip(" \t") not in ("", "-")
            or " -" in gap
            or "- " in gap
            or (index and "\n" in gap)
        ):
            break
        if common_at(words, index) or not token[:1].isupper() or _UNIT.match(text, start):
            break
        if index == 0 and _organ_at(text, start) is not None and not _place_like(text, start):
            break  # another body, not a place
        taken = index + 1
        if taken == 3:
            break
    if taken == 0:
        return None
    place = text[tokens[0][0] : tokens[taken - 1][1]]
    if place.isupper():
        place = title_case(place)
    return place, tokens[taken - 1][1]


#: A body named inside another, with it: the Party's board or group ("Ban cán sự đảng Bộ Tư
#: pháp", "Đảng đoàn Hội Nông dân tỉnh ..."), or its trade union as letterheads print it
#: ("CÔNG ĐOÀN TRƯỜNG THCS ...", "CĐ TRƯỜNG THPT ...", "CĐCS TRƯỜNG ...": *công đoàn cơ sở*,
#: a union at the base level).
_INSIDE = re.compile(
    r"(?P<party>ban\s+cán\s+sự\s+đảng|đảng\s+đoàn)\s+"
    r"|(?P<base>công\s+đoàn\s+cơ\s+sở|cđcs)[ \t]+|(?P<union>công\s+đoàn|cđ)[ \t]+",
    re.IGNORECASE,
)
_PARTY_INSIDE_WORDS = {fold(words): words for words in ("Ban cán sự đảng", "Đảng đoàn")}


def _named_inside(text: str, position: int) -> BodyName | None:
    """A Party board or group of a body, or its trade union, as one body (see ``_INSIDE``).

    The body it is inside is read without such a prefix of its own: one
    level, so that a text repeating the words is read in linear time.
    """
    match = _INSIDE.match(text, position)
    if match is None:
        return None
    inner = _own_body(text, match.end())
    if inner is None:
        return None
    if match["party"]:
        words = _PARTY_INSIDE_WORDS[fold(" ".join(match["party"].split()))]
        return _inside(inner, words, "party-committee", position, with_short=True)
    if inner.kind in ("mass-organisation", "front", "party-committee"):
        return None
    head = "Công đoàn cơ sở" if match["base"] else "Công đoàn"
    return _inside(inner, head, "mass-organisation", position)


def _inside(
    inner: BodyName, words: str, kind: str, position: int, with_short: bool = False
) -> BodyName:
    """The body ``words`` name inside ``inner`` (its Party board, its trade union), from there."""
    return attrs.evolve(
        inner,
        name=f"{words} {inner.name}",
        organ=words,
        kind=kind,
        start=position,
        parent=None,
        short=f"{words} {inner.short}" if with_short and inner.short else None,
    )


def _place_like(text: str, start: int) -> bool:
    """Whether a head after a unit word is the first syllable of a place ("thành phố Hội An").

    Places begin with syllables that are also heads ("Hội An", "Vụ Bản",
    "Trường Sa"): after a unit word, a head followed by one capitalised word
    that ends the line is the place, not another body.
    """
    found = _organ_at(text, start)
    if found is None or not found[0].named:
        return False
    rest = _tokens(text, found[1], 2)
    if not rest or not rest[0][2][:1].isupper() or text[found[1] : rest[0][0]].strip(" \t"):
        return False
    after = text[rest[0][1] : rest[1][0]] if len(rest) > 1 else "\n"
    return "\n" in after or after.strip(" \t")[:1] in (",", ";", ".", "|", "-")


def read_body(text: str, position: int = 0) -> BodyName | None:
    """The body whose name starts at ``position`` in ``text``, read by its grammar, or None.

    Reading a body reads the bodies its name leads to (the committee a
    board belongs to, the organisation a council is of, the body that
    follows a name); a text that repeats such words thousands of times
    ("Ban Chấp hành Trung ương Ban Chấp hành Trung ương ...") is read at
    most :data:`_DEEPEST` bodies deep, never to the interpreter's limit.
    """
    depth = _DEPTH.get()
    if depth >= _DEEPEST:
        return None
    token = _DEPTH.set(depth + 1)
    try:
        return (
            _named_inside(text, position)
            or _high_level(text, position)
            or _own_body(text, position)
        )
    finally:
        _DEPTH.reset(token)


#: How many bodies deep a name is read: no real name nests more than a few.
_DEEPEST = 12
_DEPTH: contextvars.ContextVar[int] = contextvars.ContextVar("coordprog_body_depth", default=0)


def _organisation_place(text: str, end: int, districts: bool = True) -> tuple[str, int, str] | None:
    """An organisation's body named by a place alone on its line: (place, its end, level).

    "CĐGD QUẢNG TRỊ", "LIÊN ĐOÀN LAO ĐỘNG QUẢNG TRỊ": the province's body; "CÔNG ĐOÀN GIÁO
    DỤC BẢO THẮNG": any other place named alone is a district's (an organisation's only,
    ``districts``). A branch of a central system is named so by its province too: "KHO BẠC
    NHÀ NƯỚC HÀ TĨNH", "BẢO HIỂM XÃ HỘI HÀ NỘI".
    """
    rest = text[end:]
    skipped = len(rest) - len(rest.lstrip(" \t"))
    province, length = province_match(rest[skipped:])
    if province is not None and not rest[skipped + length : skipped + length + 1].isalnum():
        return province, end + skipped + length, "province"
    if districts and _district_named_alone(text, end + skipped):
        named = _place_name(text, end + skipped)
        if named is not None:
            return named[0], named[1], "district"
    return None


#: A steering committee's symbol after its number ("138/CP", "389/TU"): the founding act's.
_ACT_SYMBOL = re.compile(r"[A-ZĐƯ]{1,4}")
#: A committee named by the number of the Government's or the Party Centre's founding act.
_FOUNDED_CENTRALLY = re.compile(r"\d/(?:CP|TW|TƯ)$")
#: The words a steering committee's name in capitals may run to: its name is its purpose
#: ("BAN CHỈ ĐẠO QUỐC GIA CHỐNG BUÔN LẬU, GIAN LẬN THƯƠNG MẠI VÀ HÀNG GIẢ").
_STEERING_LONGEST = 24


def _steering_level(name: str) -> str | None:
    """The level a steering committee's name gives: the nation's, or one the centre founded.

    "Ban Chỉ đạo quốc gia chống buôn lậu, ...": the nation's committee; "Ban Chỉ đạo
    138/CP", ".../TW": named by the Government's (or the Party Centre's) founding act.
    """
    national = fold(name).startswith("ban chỉ đạo quốc gia ")
    return "central" if national or _FOUNDED_CENTRALLY.search(name) else None


def _steering(words: str, text: str, end: int) -> bool:
    """Whether the head ``words`` before ``end`` heads a steering committee: "Ban" + "Chỉ đạo"."""
    return fold(words) == "ban" and fold(text[end : end + 12]).lstrip().startswith("chỉ đạo")


#: The high-level courts and procuracies, named by the city they sit in ("cấp cao tại Đà Nẵng").
_HIGH_LEVEL = re.compile(r"cấp\s+cao\s+tại\s+", re.IGNORECASE)
_CITY = re.compile(r"(?:thành[ \t]+phố|tp\.?)[ \t]*", re.IGNORECASE)
_HIGH_LEVEL_ORGANS = ("Tòa án nhân dân", "Viện kiểm sát nhân dân")


def _high_level(text: str, position: int) -> BodyName | None:
    """A high-level court or procuracy: "Tòa án nhân dân cấp cao tại Hà Nội", or None.

    It is a central body of its own, over several provinces, named by the city it sits in.
    """
    if _HIGH_LEVEL.search(text, position, position + 40) is None:
        return None  # (cheap: most words start no body, and few bodies are high-level)
    found = _organ_at(text, position)
    if found is None or found[0].words not in _HIGH_LEVEL_ORGANS:
        return None
    organ, end, words = found
    high = _HIGH_LEVEL.match(text, end + len(text[end:]) - len(text[end:].lstrip()))
    if high is None:
        return None
    city = _CITY.match(text, high.end())
    province, length = province_match(text[city.end() if city else high.end() :])
    if province is None:
        return None
    name = f"{words} cấp cao tại {'Thành phố ' if city else ''}{province}"
    end = (city.end() if city else high.end()) + length
    return BodyName(name, words, organ.kind, "central", None, position, end, place=province)


def _own_body(text: str, position: int) -> BodyName | None:
    """The body an organ at ``position`` heads (no board or union inside another body)."""
    found = _organ_at(text, position)
    if found is None:
        return None
    organ, end, words = found
    name = words
    ending: tuple[str, str] | None = None
    if organ.named:
        named = _name_after(text, end, _STEERING_LONGEST if _steering(words, text, end) else 11)
        if named is None:
            after_head = end + len(text[end:]) - len(text[end:].lstrip(" \t"))
            if words not in _COMMITTEE_HEADS or not _CENTRAL_LEVEL.match(text, after_head):
                return None
            named = ("", end)  # "Hội đồng" + "Trung ương": a council named by its level
        said, end = named
        school = organ.graded or organ.kind == "school"
        ending = None if school or organ.central else _province_ending(said)
        if ending is not None:
            said = ending[1]
        name = f"{words} {proper_name(' '.join(said.split()), school)}".strip()
        at = end + len(text[end:]) - len(text[end:].lstrip(" \t\n"))
        if _COMMITTEE.match(text, at):
            committee = read_body(text, at)
            if committee is not None:
                return BodyName(
                    name=f"{name} {committee.name}",
                    organ=words,
                    kind=organ.kind,
                    level=committee.level,
                    province=committee.province,
                    start=position,
                    end=committee.end,
                    parent=committee.name,
                    place=committee.place,
                )
    level = "central" if organ.central else organ.level
    province = None
    unit = place = None
    if ending is not None:
        # "SỞ TƯ PHÁP HÀ GIANG": the department of the province its name ends with.
        province = place = ending[0]
        level = "province"
        name = f"{name} {province}"
    offset = len(text[end:]) - len(text[end:].lstrip(" \t\n"))
    central = _CENTRAL_LEVEL.match(text, end + offset)
    if central and not organ.central:
        level_words = " ".join(central[0].lower().split())
        if words in (*_COMMITTEE_HEADS, "Đảng ủy Khối") and level_words == "trung ương":
            level_words = "Trung ương"
        name = f"{name} {level_words}"
        end = central.end()
        level = "central"
        if words in _COMMITTEE_HEADS:
            # "Hội đồng Trung ương Đội TNTP Hồ Chí Minh": the organisation's central body.
            gap = end + len(text[end:]) - len(text[end:].lstrip(" \t"))
            owner = read_body(text, gap)
            if owner is not None and owner.kind in _ORGANISATIONS and owner.place is None:
                printed_owner = f"{name} {owner.short}" if owner.short else None
                name = f"{name} {owner.name}"
                end = owner.end
                if printed_owner:
                    return BodyName(
                        name=name,
                        organ=words,
                        kind=owner.kind,
                        level=level,
                        province=None,
                        start=position,
                        end=end,
                        short=printed_owner,
                    )
    elif not organ.central or organ.named:
        national = _NATIONAL.match(text, end)
        if national is not None and organ.kind in _ORGANISATIONS and not organ.named:
            # "Hội Nông dân Việt Nam": a mass organisation's national body, unless a place follows.
            name = f"{name} Việt Nam"
            end = national.end()
            level = "central"
        placed = place_after(text, end)
        if placed is not None:
            unit, place, province, end = placed
            level = level_of_unit(unit, province or place or None)
            name = f"{name} {unit} {place}".rstrip()
            place = place or None
        elif organ.level is not None and not organ.named:
            # "Tỉnh ủy Bình Thuận": the committee's own word gives the level; a place follows.
            rest = text[end:]
            skipped = len(rest) - len(rest.lstrip(" \t\n"))
            province, length = province_match(rest.lstrip(" \t\n"))
            if organ.level != "province":
                province = None  # "Huyện ủy Quảng Ninh" (of Quảng Bình): see place_after
            if province is not None:
                end += skipped + length
                name = f"{name} {province}"
                place = province
            elif organ.level != "province" and "\n" not in rest[:skipped]:
                # "Huyện ủy Đức Trọng": a district's or commune's name, on the same line.
                named = _place_name(text, end + skipped)
                if named is not None:
                    place, end = named
                    name = f"{name} {place}"
        elif not organ.named and level is None:
            alone = _organisation_place(text, end, organ.kind in _ORGANISATIONS)
            if alone is not None:
                place, end, level = alone
                name = f"{name} {place}"
                province = place if level == "province" else None
    return BodyName(
        name=name,
        organ=words,
        kind=organ.kind,
        level=level or _steering_level(name),
        province=province,
        start=position,
        end=end,
        unit=unit,
        place=place,
        short=_as_printed(organ, text[position : found[1]], name),
    )


def _as_printed(organ: Organ, written: str, name: str) -> str | None:
    """The name with the organ as printed, when it was printed by a short form of words.

    "ĐOÀN TNCS HỒ CHÍ MINH" is read as the organ "Đoàn Thanh niên Cộng sản Hồ
    Chí Minh"; the name as printed, "Đoàn TNCS Hồ Chí Minh", is its short name.
    Bare abbreviations ("UBND") give none.
    """
    written = fold(" ".join(written.split()))
    for form in organ.short:
        if fold(form) == written and " " in form and name.startswith(organ.words):
            return form + name[len(organ.words) :]
    return None


def find_bodies(text: str) -> list[BodyName]:
    """Every body ``text`` names, in order, each read by its grammar where it starts."""
    found: list[BodyName] = []
    position = 0
    for match in re.finditer(r"(?<![\w/.-])[\wĐđ]", text):
        start = match.start()
        if start < position:
            continue
        body = read_body(text, start)
        if body is not None:
            found.append(body)
            position = body.end
    return found


#: An abbreviation's letters: capitals without a vowel ("NN", "PTNT", "KH", "ĐT").
_ABBREVIATED = "[BCDĐGHKLMNPQRSTVX]{1,5}"


def bodies_in_letterhead(lines: Iterable[str]) -> list[BodyName]:
    """The bodies a letterhead names, its lines joined: each with the place it shares.

    "ỦY BAN NHÂN DÂN / ỦY BAN MTTQ VIỆT NAM / TỈNH BÌNH THUẬN" are two
    bodies of one province; "TỈNH ỦY BÌNH THUẬN / BAN DÂN VẬN" is a board
    of the committee printed above it; "VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO - BỘ
    CÔNG AN - BỘ QUỐC PHÒNG" three central bodies.
    """
    printed = [" ".join(line.split()) for line in lines]
    completed = [_completed(line) for line in printed]
    cut = {fold(full): line for line, full in zip(printed, completed, strict=True) if full != line}
    text = "\n".join(completed)
    text = re.sub(r"[ \t]*[-\u2013][ \t]*", " - ", text)
    # "BCH" is an executive committee, but a command before its force: "BCH BĐBP".
    text = re.sub(r"(?<!\w)BCH(?!\w)(?![ \t]+BĐBP(?!\w))", "BAN CHẤP HÀNH", text)
    # A short name joined by a spaced ampersand is one name: "SỞ NN & PTNT", "SỞ KH & ĐT".
    text = re.sub(rf"(?<!\w)({_ABBREVIATED})[ \t]*&[ \t]*({_ABBREVIATED})(?!\w)", r"\1&\2", text)
    # Words a letterhead shortens with a stop: "CĐCS Tr. THCS ...", "CĐ GD H. BA TƠ".
    text = re.sub(r"(?<!\w)Tr\.\s*", "TRƯỜNG ", text)
    text = re.sub(r"(?<!\w)H\.\s*", "HUYỆN ", text)
    # An organ's word left alone at a line's end ("BỘ TÀI CHÍNH - BỘ" / "TƯ PHÁP"), not the last
    # word of a name ("BỘ NỘI VỤ" / "BỘ TÀI CHÍNH": two ministries).
    text = re.sub(r"(?m)(^|-[ \t]|,[ \t]*)(BỘ|SỞ|CỤC|VỤ|BAN|TỔNG CỤC)\n", r"\1\2 ", text)
    bodies = _with_branches(text, find_bodies(text))
    bodies = _executives_on_their_line(text, _with_bare_heads(text, bodies))
    if not bodies:
        return []
    bodies = _with_acting_organs(text, bodies)
    bodies = _with_heading_posts(text, bodies)
    if cut:
        bodies = [_marked_cut(body, text, cut) for body in bodies]
    # An organisation's name over the committee that issues for it.
    paired: list[BodyName] = []
    for body in bodies:
        owner = paired[-1] if paired else None
        committee = (
            _committee_of(owner, body)
            if owner is not None and owner.kind in _ORGANISATIONS and owner.place is None
            else None
        )
        if committee is not None:
            paired[-1] = committee
        else:
            paired.append(body)
    bodies = paired
    # A place printed once for several organs ("HĐND - UBND - UBMTTQ ... HUYỆN ĐỨC LINH").
    last = bodies[-1]
    if last.place is not None and last.unit is not None:  # not a place named alone
        # Only bodies before any placed one: a board after its committee takes the committee's.
        first_placed = next(i for i, b in enumerate(bodies) if b.place is not None)
        shared = [b for b in bodies[:first_placed] if b.place is None and b.level != "central"]
        bodies = [
            attrs.evolve(
                b,
                name=f"{b.name} {last.unit} {last.place}",
                level=last.level,
                province=last.province,
                unit=last.unit,
                place=last.place,
            )
            if b in shared
            else b
            for b in bodies
        ]
    bodies = _under_governing(text, bodies)
    bodies = _party_central(bodies)
    bodies = _under_superior(text, bodies)
    return _boards_under(bodies, text)


#: A branch's word after a body's name, on its line or the next: "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI"
#: / "CHI NHÁNH TỈNH NGHỆ AN".
_BRANCH = re.compile(r"[ \t]*(?:[-\u2013,][ \t]*|\n[ \t]*)?chi[ \t]+nhánh[ \t]+", re.IGNORECASE)


def _with_branches(text: str, bodies: list[BodyName]) -> list[BodyName]:
    """A body without a place followed by "CHI NHÁNH" and a place: its branch there issues.

    "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH TỈNH NGHỆ AN" is the bank's branch in Nghệ
    An, not the central bank.
    """
    result = []
    for body in bodies:
        branch = _BRANCH.match(text, body.end) if body.place is None else None
        placed = place_after(text, branch.end()) if branch is not None else None
        if branch is not None and placed is None:
            alone, length = province_match(text[branch.end() :])  # "CHI NHÁNH NGHỆ AN"
            placed = ("", alone, alone, branch.end() + length) if alone else None
        if placed is None or not placed[1]:
            result.append(body)
            continue
        unit, place, province, end = placed
        name = " ".join(f"{body.name} chi nhánh {unit} {place}".split())
        level = level_of_unit(unit, province or place) if unit else "province"
        result.append(
            attrs.evolve(
                body,
                name=name,
                level=level,
                province=province,
                unit=unit or None,
                place=place,
                end=end,
            )
        )
    return result


#: Organs printed under the committee or council they belong to, on a letterhead's lines.
_BOARDS = (
    "Ban",
    "Sở",
    "Văn phòng",
    "Phòng",
    "Cục",
    "Chi cục",
    "Trung tâm",
    "Trạm",
    "Đảng ủy Khối",  # "TỈNH ỦY ĐỒNG THÁP" / "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"
)


def _boards_under(bodies: list[BodyName], text: str) -> list[BodyName]:
    """The boards a letterhead prints under the committee or council they belong to.

    "TỈNH ỦY BÌNH THUẬN / BAN DÂN VẬN": the committee is not itself an
    issuer, its board is, named with its place. Several printed under one
    ("UBND TỈNH BẮC GIANG / SỞ Y TẾ - SỞ NN & PTNT / SỞ CÔNG THƯƠNG") are
    each that committee's, with its place. A body after a dash on the
    committee's own line ("LIÊN ĐOÀN LAO ĐỘNG TỈNH BẮC GIANG - SỞ LAO ĐỘNG -
    THƯƠNG BINH VÀ XÃ HỘI") is its peer, issuing beside it, not its board.
    """
    result: list[BodyName] = []
    superior: BodyName | None = None
    for body in bodies:
        parent = result[-1] if result else None
        if parent is not None and parent.place is not None and parent.parent is None:
            beside = _DASH_BETWEEN.fullmatch(text, parent.end, body.start) is not None
            superior = parent if _board_of(body, parent) and not beside else None
        elif superior is not None and not (parent is not None and parent.parent == superior.name):
            superior = None
        if superior is None or not _board_of(body, superior):
            superior = None
            result.append(body)
            continue
        if parent is superior:
            result.remove(superior)  # the committee is not itself an issuer
        result.append(_placed_under(body, superior))
    return result


#: What stands between two bodies printed side by side on one line: a dash.
_DASH_BETWEEN = re.compile(r"[ \t]*[-\u2013][ \t]*")


def _board_of(body: BodyName, parent: BodyName) -> bool:
    """Whether ``body``, printed under ``parent`` without a place, is one of its boards."""
    return (
        body.place is None
        and (
            body.organ in _BOARDS
            or (body.organ == "Ủy ban" and parent.organ in _PARTY_COMMITTEES)
            or _of_its_unit(body, parent)
        )
        and body.level != "central"
    )


def _of_its_unit(body: BodyName, parent: BodyName) -> bool:
    """Whether ``body`` names only the unit of the placed body it is printed under.

    "UBND TỈNH LÀO CAI" / "SỞ Y TẾ - BHXH TỈNH", "UBND TỈNH BẮC GIANG" / "CÔNG AN
    TỈNH - SỞ TƯ PHÁP": the line under the committee names the bodies that issue
    together, a sector's with its unit word and no place ("BHXH TỈNH": this province's);
    the committee heads the line (its *cơ quan chủ quản*) and is no issuer itself.
    """
    return (
        body.unit is not None
        and parent.unit is not None
        and parent.place is not None
        and fold(body.unit) == fold(parent.unit)
        and body.level == parent.level
    )


def _placed_under(body: BodyName, parent: BodyName) -> BodyName:
    """A board named with the committee it is printed under; its unit and place when named so.

    A board printed with an abbreviation ("SỞ NN&PTNT") keeps that name as its short one.
    """
    name = _under(body.name, parent)
    placed = parent.unit and parent.place and name.endswith(f" {parent.unit} {parent.place}")
    return attrs.evolve(
        body,
        name=name,
        level=parent.level,
        province=parent.province,
        parent=parent.name,
        unit=parent.unit if placed else body.unit,
        place=parent.place if placed else body.place,
        short=body.short or (body.name if "&" in body.name else None),
    )


#: Bodies that govern others printed under them in a letterhead (Decree 30's *cơ quan chủ
#: quản*): a ministry, a military command, a general department.
_GOVERNING = ("Bộ", "Bộ Tư lệnh", "Tổng cục", "Tổng cục Thi hành án dân sự")
#: Bodies a governing body's line is printed over: departments, commands, provincial police.
_GOVERNED = (
    "Tổng cục",
    "Cục",
    "Vụ",
    "Viện",
    "Trung tâm",
    "Học viện",
    "Trường",
    "Ban",
    "Văn phòng",
    "Thanh tra",
    "Bộ Tư lệnh",
    "Bộ Tư lệnh Bộ đội Biên phòng",
    "Quân khu",
    "Bộ Chỉ huy Quân sự",
    "Bộ Chỉ huy Bộ đội Biên phòng",
    "Công an",
    "Cục Thi hành án dân sự",
    "Tổng cục Thi hành án dân sự",
)


def _under_governing(text: str, bodies: list[BodyName]) -> list[BodyName]:
    """Bodies printed under the ministry or command they belong to: the lower line issues.

    "BỘ TÀI CHÍNH / TỔNG CỤC HẢI QUAN" is the General Department of Customs,
    of the Ministry of Finance; "BỘ TƯ PHÁP - BỘ CÔNG AN / TRUNG TÂM ... -
    CỤC ..." two departments, each under the ministry above it.  Peers
    printed one over the other ("TÒA ÁN NHÂN DÂN TỐI CAO / VIỆN KIỂM SÁT
    NHÂN DÂN TỐI CAO", "BỘ CÔNG AN / BỘ QUỐC PHÒNG") are all issuers.
    """
    lines: dict[int, list[BodyName]] = {}
    for body in bodies:
        lines.setdefault(text.count("\n", 0, body.start), []).append(body)
    order = sorted(lines)
    governed: dict[int, str] = {}
    for upper, lower in itertools.pairwise(order):
        above, below = lines[upper], lines[lower]
        if lower != upper + 1 or len(above) != len(below):
            continue
        if all(
            a.organ in _GOVERNING and b.organ in _GOVERNED and a.level == "central"
            for a, b in zip(above, below, strict=True)
        ):
            for a, b in zip(above, below, strict=True):
                governed[id(a)] = ""
                governed[id(b)] = a.name
    result = []
    for body in bodies:
        if id(body) not in governed:
            result.append(body)
        elif governed[id(body)]:
            # A department of a ministry is a central body unless its place says otherwise.
            level = body.level or "central"
            parent = governed[id(body)]
            name = f"{body.name} {parent}" if body.name in _BARE_HEADS else body.name
            result.append(attrs.evolve(body, name=name, parent=parent, level=level))
    return result


def _committee_of(organisation: BodyName, body: BodyName) -> BodyName | None:
    """The committee a line under an organisation's name prints, as the body that issues.

    "HỘI NÔNG DÂN VIỆT NAM / BAN CHẤP HÀNH TRUNG ƯƠNG" is the Farmers' Union's
    central committee; "ĐOÀN TNCS HỒ CHÍ MINH / BCH TỈNH NINH THUẬN" the
    Youth Union's committee of Ninh Thuận ("Tỉnh đoàn Ninh Thuận"); "ĐỘI TNTP
    HỒ CHÍ MINH / HỘI ĐỒNG TRUNG ƯƠNG" the Young Pioneers' central council.
    The organisation's name is the committee's short name.
    """
    match = _COMMITTEE_OF.match(fold(" ".join(body.name.split())))
    if match is not None and match["central"] is None and body.level == "central":
        # "BCH ĐOÀN KHỐI CÁC CƠ QUAN TRUNG ƯƠNG": a central committee with a name of its own,
        # which issues; the organisation over it is its superior.
        return attrs.evolve(body, kind=organisation.kind, parent=organisation.name)
    if match is None or (match["central"] is None and body.place is None):
        return None
    head = "Ban Chấp hành" if fold(match["head"]).startswith("ban") else "Hội đồng"
    national = organisation.name.removesuffix(" Việt Nam")
    if match["central"] is not None:
        short = organisation.short or organisation.name
        return attrs.evolve(
            organisation,
            name=f"{head} Trung ương {organisation.name}",
            level="central",
            end=body.end,
            short=short,
        )
    if body.unit is None:
        # "BCH HUYỆN ĐOÀN GIAO THỦY": the committee named by the organisation's own word for
        # it, no unit before its place to write the organisation's name with.
        return attrs.evolve(
            organisation,
            name=body.name,
            level=body.level,
            province=body.province,
            unit=None,
            place=body.place,
            end=body.end,
            short=" ".join(body.name.split()[len(head.split()) :]),
        )
    where = f"{body.unit} {body.place}"
    union = _UNION_OF_UNIT.get(str(body.unit)) if organisation.organ.startswith("Đoàn") else None
    return attrs.evolve(
        organisation,
        name=f"{head} {national} {where}",
        level=body.level,
        province=body.province,
        unit=body.unit,
        place=body.place,
        end=body.end,
        short=f"{union} {body.place}" if union else f"{national} {where}",
    )


#: A board's name ending with its unit word, the place left to the body it is printed under.
_ENDS_WITH_UNIT = re.compile(r" (?:tỉnh|thành phố|huyện|quận|thị xã)$")


def _under(name: str, parent: BodyName) -> str:
    """A board's full name under its committee: "Ban Dân vận" + "Tỉnh ủy Bình Thuận"."""
    if parent.place and _ENDS_WITH_UNIT.search(name):
        return f"{name} {parent.place}"  # "Đảng ủy Khối các cơ quan tỉnh" + "Đồng Tháp"
    if parent.organ in (*_PARTY_COMMITTEES, "Hội đồng nhân dân") or name == "Văn phòng":
        return f"{name} {parent.name}"  # "Văn phòng" + "Huyện ủy Đức Trọng", "Ban Pháp chế" + HĐND
    if parent.kind in _ORGANISATIONS:
        return f"{name} {parent.name}"  # "Ban Tuyên giáo" + "Ủy ban MTTQ Việt Nam thành phố ..."
    if parent.unit and parent.place:
        if fold(name).endswith(f" {fold(parent.unit)}"):
            return f"{name} {parent.place}"  # "Công an tỉnh" + "Bắc Giang": its unit printed
        return f"{name} {parent.unit} {parent.place}"
    return name


_PARTY_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Thị ủy", "Quận ủy", "Đảng ủy")
#: Heads printed alone on a letterhead line under the body they belong to: "VĂN PHÒNG".
_BARE_HEADS = ("Văn phòng",)
#: Heads of a department printed on its own line under its body, whose name may be common
#: words the grammar does not take for a name ("BAN TỔ CHỨC", "ỦY BAN KIỂM TRA").
_LINE_HEADS = ("Ban", "Ủy ban", "Văn phòng", "Sở", "Phòng")
#: The Party's Central Committee as its letterhead prints it, with no organisation beside it.
_PARTY_CENTRAL = "Ban Chấp hành Trung ương"
_PARTY_CENTRAL_NAME = "Ban Chấp hành Trung ương Đảng"


def _completed(line: str) -> str:
    """A letterhead line whose organ lost its first letters in the copy, completed.

    A web copy may drop the first letter of a letterhead ("Y BAN NHÂN DÂN"
    for "ỦY BAN NHÂN DÂN"): a line that starts with the end of an organ's
    first word followed by the rest of its words, all in capitals, is that
    organ.  Only organs of several words are completed, and only a cut inside
    the first word: "BAN NHÂN DÂN" could be a board's name and is left as it is.
    """
    if not line or any(c.islower() for c in line) or _organ_at(line, 0) is not None:
        return line
    folded = fold(line)
    for organ in ORGANS:
        words = organ.words.split()
        if len(words) < 3 or organ.named:
            continue
        first = fold(words[0])
        rest = fold(" ".join(words[1:]))
        for cut in range(1, len(first)):
            tail = f"{first[cut:]} {rest}"
            if folded.startswith(tail) and not folded[len(tail) : len(tail) + 1].isalnum():
                return organ.words.upper() + line[len(tail) :]
    return line


def _marked_cut(body: BodyName, text: str, cut: dict[str, str]) -> BodyName:
    """The body read from a completed line, marked with the line as the copy printed it."""
    line_start = text.rfind("\n", 0, body.start) + 1
    line_end = text.find("\n", body.start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    printed = cut.get(fold(line))
    return body if printed is None else attrs.evolve(body, restored_from=printed)


def _with_bare_heads(text: str, bodies: list[BodyName]) -> list[BodyName]:
    """The bodies, with a head printed alone on its line ("VĂN PHÒNG") read as a body.

    A department printed under the body it belongs to may give its head
    alone: "BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG" is the Party's Central
    Office, "HUYỆN ỦY ĐỨC TRỌNG / VĂN PHÒNG" the district committee's office.
    It is named from the body above it (see :func:`bodies_in_letterhead`).
    """
    added = list(bodies)
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        if any(b.start <= start < b.end for b in bodies):
            continue
        head = next((h for h in _BARE_HEADS if fold(line.strip()) == fold(h)), None)
        name = head
        if head is None and any(b.end <= start for b in bodies):
            head, name = _department_line(line)
        if head is None or name is None:
            continue
        added.append(
            BodyName(
                name=name,
                organ=head,
                kind="board" if head in ("Ban", "Ủy ban") else "state-agency",
                level=None,
                province=None,
                start=start,
                end=start + len(line),
            )
        )
    return sorted(added, key=lambda body: body.start)


def _executives_on_their_line(text: str, bodies: list[BodyName]) -> list[BodyName]:
    """The bodies, "Ban Chấp hành" read with the organisation's unit after it on its line.

    "BAN CHẤP HÀNH HỘI NÔNG DÂN HUYỆN B" (or "BCH HỘI LHPN HUYỆN B") is the
    executive committee of the district's association, one body: not a board
    of the body printed on the line above it.
    """
    result: list[BodyName] = []
    for body in bodies:
        head = result[-1] if result else None
        if (
            head is not None
            and fold(head.name) == "ban chấp hành"
            and body.kind in _ORGANISATIONS
            and body.place is not None
            and "\n" not in text[head.end : body.start]
        ):
            result[-1] = attrs.evolve(body, name=f"{head.name} {body.name}", start=head.start)
            continue
        result.append(body)
    return result


def _bare_head_line(text: str, start: int) -> bool:
    """Whether the line starting at ``start`` is a head printed alone ("VĂN PHÒNG")."""
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)]
    return any(fold(line.strip()) == fold(head) for head in _BARE_HEADS)


def _department_line(line: str) -> tuple[str | None, str | None]:
    """A department's head and name printed alone on a line in capitals ("BAN TỔ CHỨC")."""
    words = line.split()
    if not 2 <= len(words) <= 6 or any(c.islower() for c in line) or not line.isupper():
        return None, None
    folded = fold(line.strip())
    for head in sorted(_LINE_HEADS, key=len, reverse=True):
        if folded.startswith(fold(head) + " "):
            rest = line.strip()[len(head) + 1 :]
            if _UNIT.match(rest) or _CENTRAL_LEVEL.match(rest) or _organ_at(rest, 0) is not None:
                return None, None  # a place or another body, not a department's name
            if _CENTRAL_LEVEL.search(rest) or _COMMITTEE.search(rest):
                return None, None  # "BAN TỔ CHỨC TỈNH ỦY": its body named again, not read here
            folded_rest = fold(rest) + " "
            if any(folded_rest.startswith(word + " ") for word in _NOT_ORGANS.get(head, ())):
                return None, None  # "BAN THƯỜNG VỤ": a standing organ, not a department
            return head, f"{head} {proper_name(rest)}"
    return None, None


def _party_central(bodies: list[BodyName]) -> list[BodyName]:
    """The Party's Central Committee, and a department printed under its line.

    A letterhead that prints "BAN CHẤP HÀNH TRUNG ƯƠNG" with no
    organisation beside it (the Youth Union's and the unions' print theirs)
    is the Party's: "Ban Chấp hành Trung ương Đảng".  A department under it
    issues: "VĂN PHÒNG" is the "Văn phòng Trung ương Đảng", a board ("BAN
    TUYÊN GIÁO") the "Ban Tuyên giáo Trung ương".
    """
    result: list[BodyName] = []
    for body in bodies:
        above = result[-1] if result else None
        central = above is not None and above.name == _PARTY_CENTRAL and above.parent is None
        if central and above is not None and body.place is None and body.level is None:
            if body.organ == "Văn phòng" and body.name == "Văn phòng":
                name = "Văn phòng Trung ương Đảng"
            elif body.organ in ("Ban", "Ủy ban"):
                name = f"{body.name} Trung ương"
            else:
                name = ""
            if name:
                result[-1] = attrs.evolve(
                    body, name=name, level="central", parent=_PARTY_CENTRAL_NAME
                )
                continue
        result.append(body)
    return [
        attrs.evolve(body, name=_PARTY_CENTRAL_NAME, kind="party-committee", short=_PARTY_CENTRAL)
        if body.name == _PARTY_CENTRAL and body.parent is None and body.short is None
        else body
        for body in result
    ]


_LEVEL_ORDER = ("central", "province", "district", "commune")
#: The organs of units at the base, whatever body their letterhead prints over them.
_BASE_UNITS = ("Liên đội",)
#: The organs of a service's stations in a lower unit, printed under the body over them.
_STATIONS = ("Trạm",)


def _under_superior(text: str, bodies: list[BodyName]) -> list[BodyName]:
    """A local body printed under its superior of the same organ: the lower line issues.

    "UBND HUYỆN CHƯ SÊ / UBND XÃ IA GLAI" is the commune's People's
    Committee, under the district's; the district is its superior, not a
    party.  Bodies of one level one over the other ("ỦY BAN NHÂN DÂN TỈNH A /
    ỦY BAN NHÂN DÂN TỈNH B") are peers and both issue.
    """
    result: list[BodyName] = []
    for body in bodies:
        above = result[-1] if result else None
        if above is not None and above.name == above.organ == body.organ and body.place:
            # "KHO BẠC NHÀ NƯỚC" / "KHO BẠC NHÀ NƯỚC HÀ TĨNH": the organ alone is the system's head.
            above = attrs.evolve(above, level=above.level or "central")
        if (
            above is not None
            and (
                _same_line_of_bodies(above, body)
                or _executive_of_lower_unit(above, body)
                or body.organ in _STATIONS  # "TRUNG TÂM Y TẾ HUYỆN A" / "TRẠM Y TẾ XÃ B"
            )
            and (above.place is not None or above.level == "central")
            and body.place is not None
            and above.level in _LEVEL_ORDER
            and body.level in _LEVEL_ORDER
            and (
                _LEVEL_ORDER.index(str(above.level)) < _LEVEL_ORDER.index(str(body.level))
                or _HIGH_LEVEL.search(body.name) is not None  # under the supreme court
            )
            and text.count("\n", above.end, body.start) == 1
        ):
            kind = above.kind if _executive_of_lower_unit(above, body) else body.kind
            result[-1] = attrs.evolve(
                body, parent=above.name, province=body.province or above.province, kind=kind
            )
            continue
        base = body.organ in _BASE_UNITS
        if (
            above is not None
            and above.place is not None
            and body.place is None
            and (body.level is None or base)
            and (_same_line_of_bodies(above, body) or body.kind == "school" or base)
            and text.count("\n", above.end, body.start) == 1
        ):
            # "CĐGD QUẢNG TRỊ" / "CĐ TRƯỜNG THPT TÂN LÂM": a school's union under the union it
            # belongs to, or a school under the body over it, issues at that body's level and
            # in its province; a school's Pioneer brigade under its district's council ("HỘI
            # ĐỒNG ĐỘI HUYỆN PHÚ VANG" / "LIÊN ĐỘI THCS AN BẰNG"), at the base, in its province.
            result[-1] = attrs.evolve(
                body,
                parent=above.name,
                level=body.level if base else above.level,
                province=above.province,
            )
            continue
        result.append(body)
    return result


def _executive_of_lower_unit(above: BodyName, below: BodyName) -> bool:
    """Whether ``below`` is the executive committee of a unit of ``above``'s organisation.

    A mass organisation's body prints its superior's name over its own: "TỈNH ĐOÀN ĐỒNG
    THÁP / BCH ĐOÀN HUYỆN LẤP VÒ" is the Youth Union's committee of Lấp Vò district,
    under the province's; its name is the organisation's ("đoàn") after "Ban Chấp hành",
    then its unit and place.
    """
    if above.kind not in _ORGANISATIONS or not below.unit or not below.place:
        return False
    name = fold(" ".join(below.name.split()))
    head = "ban chấp hành "
    where = fold(f" {below.unit} {below.place}")
    if not name.startswith(head) or not name.endswith(where):
        return False
    organisation = name[len(head) : len(name) - len(where)].strip()
    own = fold(above.organ)
    return bool(organisation) and (own == organisation or own.endswith(f" {organisation}"))


#: Kinds of body organised level under level, each level's body under the one above it.
_HIERARCHIES = (
    "court",
    "procuracy",
    "police",
    "military",
    "enforcement",
    "party-committee",
    "mass-organisation",
    "front",
)


def _same_line_of_bodies(above: BodyName, below: BodyName) -> bool:
    """Whether ``below`` is a lower body of ``above``'s line: the same organ, or kind.

    The People's Committees of a district and a commune share their organ;
    a provincial Military Command and a district's ("Bộ" / "Ban Chỉ huy Quân
    sự"), a provincial and a district Party committee, the Confederation of
    Labour and a province's federation ("Tổng Liên đoàn" / "Liên đoàn Lao
    động") share their kind.
    """
    if fold(above.organ) == fold(below.organ):
        return True
    if above.level == "central" and fold(above.organ).startswith(fold(below.organ) + " "):
        return True  # "Bảo hiểm xã hội Việt Nam" over "Bảo hiểm xã hội tỉnh ..."
    return above.kind == below.kind and above.kind in _HIERARCHIES


#: A standing organ printed on its own line under the body it acts for.
_ACTING_LINE = re.compile(
    r"^(?:ban\s+thường\s+trực|thường\s+trực|ban\s+thường\s+vụ|đoàn\s+chủ\s+tịch)$"
)


#: A post printed before the body it heads, on the letterhead's line: "CHỦ TỊCH ỦY BAN NHÂN DÂN".
_HEADING_POST = re.compile(r"^chủ\s+tịch$")


def _with_heading_posts(text: str, bodies: list[BodyName]) -> list[BodyName]:
    """The bodies, each with the post its letterhead prints before it acting for it.

    A Chairman's own decision prints "CHỦ TỊCH ỦY BAN NHÂN DÂN / TỈNH ..."
    as its letterhead: the party is the committee, its issuing organ
    "Chủ tịch Ủy ban nhân dân tỉnh ...".
    """
    result = list(bodies)
    for index, body in enumerate(result):
        line_start = text.rfind("\n", 0, body.start) + 1
        before = " ".join(text[line_start : body.start].split())
        if body.acting is None and _HEADING_POST.match(fold(before)):
            result[index] = attrs.evolve(body, acting=f"Chủ tịch {body.name}")
    return result


def _with_acting_organs(text: str, bodies: list[BodyName]) -> list[BodyName]:
    """The bodies, each with the standing organ printed on the line under it, if any.

    "HĐND TỈNH QUẢNG NAM / THƯỜNG TRỰC" is issued by the council's standing
    committee: the party is the council, its issuing organ "Thường trực Hội
    đồng nhân dân tỉnh Quảng Nam".
    """
    result = list(bodies)
    position = 0
    for line in text.split("\n"):
        start, position = position, position + len(line) + 1
        words = " ".join(line.split())
        if not words.isupper() or not _ACTING_LINE.match(fold(words)):
            continue
        above = [i for i, b in enumerate(result) if b.end <= start]
        if not above or text.count("\n", result[above[-1]].end, start) != 1:
            continue
        body = result[above[-1]]
        organ = words[:1] + words[1:].lower()
        organ = re.sub(r"(?<=\s)(thường|chủ)(?=\s)", lambda m: m[0].capitalize(), organ)
        result[above[-1]] = attrs.evolve(body, acting=f"{organ} {body.name}")
    return result


def organ_abbreviated(short: str) -> Organ | None:
    """The organ a number's symbol abbreviates ("LĐLĐ": the Labour Federations), or None."""
    wanted = fold(short)
    return next((o for o in ORGANS if any(fold(form) == wanted for form in o.short)), None)


def lower_body_of(superior: BodyName, organ: Organ) -> bool:
    """Whether ``organ`` names a lower body of the central ``superior``'s line."""
    return (
        superior.level == "central"
        and superior.kind in _HIERARCHIES
        and organ.kind == superior.kind
        and organ.placed
        and not organ.central
    )
