"""Citations of acts in Vietnamese text: "Kết luận số 65-KL/TW, ngày 31/10/2019 của Bộ Chính trị".

The Party form writes a hyphen between number and symbol (``65-KL/TW``),
the State form a slash, sometimes with the year (``1719/QĐ-TTg``,
``04/2021/NQ-HĐND``), and joint acts join their issuers' symbols
(``01/2023/NQLT-CP-ĐCTUBTƯMTTQVN``).  Laws, codes, ordinances and the
Constitution are cited by name, often without a number ("Luật Tổ chức chính
quyền địa phương ngày 19 tháng 6 năm 2015", "Hiến pháp năm 2013").  Text
extracted from PDFs and web pages breaks all of these in known ways
(``218-QĐ-TW``, ``21- NQ/TW``, ``Nghịđịnh``, ``ngày11/11/2013``); the parser
repairs what it can and says so.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from coordprog.importer._places import fold, rejoin_syllables
from coordprog.model._dates import PartialDate
from coordprog.model._legal import LegalKind, LegalRef
from coordprog.model._text import normalize_text

#: The words that name a kind of act, longest first, with the kind they are.
KIND_WORDS: tuple[tuple[str, LegalKind], ...] = (
    ("Nghị quyết liên tịch", LegalKind.JOINT_RESOLUTION),
    ("Thông tư liên tịch", LegalKind.JOINT_CIRCULAR),
    ("Thông tư liên ngành", LegalKind.JOINT_CIRCULAR),
    ("Nghị quyết", LegalKind.RESOLUTION),
    ("Kết luận", LegalKind.CONCLUSION),
    ("Chỉ thị", LegalKind.DIRECTIVE),
    ("Quyết định", LegalKind.DECISION),
    ("Quy định", LegalKind.RULES),
    ("Quy chế", LegalKind.REGULATION),
    ("Chương trình", LegalKind.PROGRAM),
    ("Kế hoạch", LegalKind.PLAN),
    ("Công văn", LegalKind.OFFICIAL_LETTER),
    ("Hiến pháp", LegalKind.CONSTITUTION),
    ("Bộ luật", LegalKind.CODE),
    ("Luật", LegalKind.LAW),
    ("Pháp lệnh", LegalKind.ORDINANCE),
    ("Nghị định", LegalKind.DECREE),
    ("Thông tư", LegalKind.CIRCULAR),
    # "Thông tri số 10/2001/TT-MTTW ... của Ban Thường trực Đoàn Chủ tịch ...": the Front's
    # circular to its committees, a kind the format does not name.
    ("Thông tri", LegalKind.OTHER),
    ("Đề án", LegalKind.PROJECT),
    ("Thông báo", LegalKind.NOTICE),
    ("Hướng dẫn", LegalKind.GUIDANCE),
    ("Tờ trình", LegalKind.SUBMISSION),
    ("Báo cáo", LegalKind.REPORT),
    ("Điều lệ", LegalKind.CHARTER),
    # "Văn bản số 123/UBND-VX": a document the text does not name the kind of.
    ("Văn bản", LegalKind.OTHER),
    # "Căn cứ biên bản Đại hội Hội Cựu giáo chức quận 8 ngày 14 tháng 6 năm 2006": a record.
    ("Biên bản", LegalKind.OTHER),
    # "Căn cứ Thỏa thuận liên kết hợp tác ... được ký kết ngày ...": an agreement between
    # bodies, a kind the format does not name.
    ("Thỏa thuận", LegalKind.OTHER),
    ("Thoả thuận", LegalKind.OTHER),
)
#: The kinds cited by their name, with or without a number: "Luật Giám định tư pháp".
_NAMED = ("Hiến pháp", "Bộ luật", "Luật", "Pháp lệnh", "Điều lệ")

_UPPER = "A-ZĐÂĂÊÔƠƯÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ"
# "NN&PTNT", and a part after a dot: "01/CTrPH-MTTQ-ĐTCTXH-BĐ.TP", a district's with its
# number: "931/TTr-PGD.Q8".
# A copy may space the "&" off the part before it ("TTLT-BCT-BKH &ĐT", "BKH & ĐT"), the part
# after it in capitals, maybe glued to the "ngày" that follows ("BKH &ĐTngày 10 tháng ...").
_SYMBOL = (
    rf"[{_UPPER}][{_UPPER}a-z0-9]*"
    rf"(?:&[{_UPPER}][{_UPPER}a-z0-9]*|\.[{_UPPER}][{_UPPER}0-9]{{0,3}}(?!\w)"
    rf"|[ ]&[ ]?[{_UPPER}][{_UPPER}0-9]{{0,6}}(?=ngày|[^\w]|$))*"
)
# Party: 65-KL/TW, 01-CTrPH/BDVTW-BCSĐUBDT, "79-Ctr/BDVTW - BCSĐCP"; the PDF typo 218-QĐ-TW;
# its hyphen printed as a spaced en dash (U+2013): "20 \u2013 NQ/TƯ".
_PARTY = (
    rf"\d+[a-z]?\s?[-\u2013]\s?{_SYMBOL}"
    rf"(?:/{_SYMBOL}(?:(?:-|\s[-\u2013]\s){_SYMBOL})*|-(?:TW|TU|HU|ĐU))"
)
# State: 1719/QĐ-TTg, 04/2021/NQ-HĐND, 19/2008/NQLT/CP-UBTUMTTQVN, "31 /2008/QĐ-UBND".
# A hyphen a copy spaced ("135/2003/NĐ - CP") joins a last short symbol in capitals.
# "02/1998-NĐ-CP": a year joined to the symbol by a hyphen, as numbers were written in the 1990s.
# "101/2020/NĐ CP ngày ...": a hyphen a copy printed as a space, before the words that follow a
# number in small letters (a symbol's last part, never a title's word in capitals).
_STATE = (
    rf"\d+[a-z]?(?:\s?/\s?(?:19|20)\d\d\s?[/-]|\s?/)\s?{_SYMBOL}"
    rf"(?:[-/]\s?{_SYMBOL}|\s[-\u2013]\s[A-ZĐ]{{2,8}}(?:&[A-ZĐ]{{1,8}})?(?![\w/])"
    rf"|[ ][A-ZĐ]{{2,8}}(?=[ ]+(?:ngày|của|năm|do)\b|[ ]?[;,])"
    # "916/2005/NQ-UBTVQH 11": the legislature's term a copy spaced from its "QH".
    r"|(?<=QH)[ ]\d\d(?![\w/]))*"
)
# After "số" only: a Party number whose hyphen a copy printed as a space ("số 298 KH/TWĐTN").
# And one that glued it: "Hướng dẫn số 22HD/TWĐTN".
_PARTY_SPACED = rf"(?<=số\s)\d+[a-z]?\s?[{_UPPER}]{{2,}}/{_SYMBOL}"
# The State's numbers before 1996, a hyphen and no year: "Quyết định số 120-HĐBT", "Nghị
# định số 64-CP", "Chỉ thị số 15-CT" (a Party number has its "/" after the symbol, above).
_DASHED = rf"\d+[a-z]?-[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?(?![\w/-])"
_NUMBER = rf"(?:{_PARTY}|{_STATE}|{_PARTY_SPACED}|{_DASHED})"


def _loose(word: str) -> str:
    """A kind's words matched as copies write them: any case, syllables glued or spaced."""
    return r"\s*".join(re.escape(syllable) for syllable in word.split())


_KINDS = "|".join(_loose(word) for word, _ in KIND_WORDS)
# "ngày 16 tháng 02năm 2012": a copy that glued "năm" (or "tháng") to the figure before it;
# "ngày 29 tháng9 năm 2012": one that glued the month to "tháng".
_DATE = (
    r"(?:ngày\s*(?P<day>\d{1,2})\s*(?:/|-|\.|\s*tháng\s*)\s*(?P<month>\d{1,2})"
    # "năm2004": a copy that glued the year to its word.
    r"\s*(?:/|-|\.|\s*năm\s*)\s*(?P<year>(?:19|20)(?:\d\d|\s\d\d)(?!\d))"
    r"|(?P<dday>\d{1,2})/(?P<dmonth>\d{1,2})/(?P<dyear>(?:19|20)(?:\d\d|\s\d\d)(?!\d))"
    r"|tháng\s+(?P<pmonth>\d{1,2})\s*(?:/|\s*năm\s+)\s*(?P<pyear>(?:19|20)\d\d(?!\d))"
    r"|năm\s+(?P<yyear>(?:19|20)\d\d(?!\d)))"
)
# "Kết luận số 65-KL/TW", "Chương trình phối hợp số 79-CTr/...", "tờ trình số 231/TTr-STP";
# "Nghị định s 60/2003/NĐ-CP": a copy that dropped the letter with a hook of "số".
# "Quyết định 'Số 2457/QĐ-BGDĐT": a "Số" in capitals on the kind's line, a stray mark before it
# as a PDF's text prints one.
_NUMBERED = re.compile(
    rf"(?P<kind>(?i:{_KINDS}))(?P<words>(?:\s+[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]+){{0,3}}?)"
    r"(?:[ \t]*['\u2018\u2019`]?[ \t]*[Ss]ố[ \t]*:?[ \t]*|\s*(?::\s*)?(?:số\s*:?\s*|s\s+(?=\d))?)"
    rf"(?P<number>{_NUMBER})(?![\w/])"
    rf"(?:\s*,?\s*{_DATE})?"
)
# "Luật Tổ chức chính quyền địa phương (số 77/2015/QH13) ngày 19/6/2015", "Hiến pháp năm 2013";
# "Luật tổ chức HĐND và UBND (sửa đổi) ngày 21/6/1994": the bracket is part of the name.
#: "B luật Tố tụng hình sự": a code whose "ộ" a copy lost, before a name in capitals.
_CODE_DAMAGED = r"B\s+luật(?=\s+[" + _UPPER + r"])"
#: A comma that another act named after it follows ends a name: "Luật Cán bộ, Công chức, Luật
#: Viên chức, Bộ luật Lao động" are three laws; "Luật Cán bộ, công chức" one.
_NAME_WORD = r"(?:[^\s;:.(),]|,(?!\s*(?:Bộ\s+[lL]uật|Luật|Pháp\s+lệnh|Hiến\s+pháp|Điều\s+lệ)\s))+"
#: A code whose copy prints "Luật" with its capital after "Bộ": "Bộ Luật Dân sự" is a code, not
#: "Luật Dân sự" after a word "Bộ".
_CODE_CAPITAL = r"Bộ\s*Luật"
#: The record of a meeting or a congress, named by it: "biên bản Đại hội ...", "Biên bản Hội
#: nghị ..." (in small letters too, before a name in capitals; "lập biên bản vi phạm" is none).
_RECORD = rf"[Bb]iên\s*bản(?=\s+[{_UPPER}])"
#: A body's charter named in small letters before the body's name in capitals: "Căn cứ điều lệ
#: Hội Liên hiệp Phụ nữ Việt Nam", "... và điều lệ Hội Nông dân Việt Nam" ("theo điều lệ" alone
#: is none).
_CHARTER_SMALL = rf"điều\s*lệ(?=\s+[{_UPPER}])"
#: The comma between the People's Council's and Committee's short names in a law's name
#: ("Luật tổ chức HĐND, UBND"): the name's, ending neither the name nor the issuer.
_COUNCILS_COMMA = r"(?<=HĐND),\s*UBND(?!\w)"
_NAMED_ACT = re.compile(
    r"(?P<kind>"
    + "|".join(
        [_CODE_CAPITAL, *(_loose(word) for word in _NAMED), _CODE_DAMAGED, _RECORD, _CHARTER_SMALL]
    )
    + r")"
    rf"(?P<name>(?:\s+{_NAME_WORD}){{0,24}}?(?:\s*\(sửa\s+đổi(?:,?\s+bổ\s+sung)?\))?"
    # A name that ends with "số" (digital) before the number's own "số": "Luật Công nghiệp
    # công nghệ số số 71/2025/QH15", "Luật Chuyển đổi số số ...".
    r"(?:\s+số(?=\s+số\s))?)"
    rf"(?:\s+số\s+(?P<number>{_NUMBER}))?"
    rf"(?=\s*,?\s*{_DATE}|\s+ngày\s+\d|\s*(?:[;:.()]|$)"
    rf"|\s+(?:của|theo|đã|được|thì|có(?!\s+công)|quy định|hướng dẫn"
    rf"|như|về|trong|để|khi|nhằm|tại|đối với|trên|mà|này|năm|số|kèm)\s"
    rf"|\s+và\s+(?:các\s+)?(?:{_KINDS}|{_CHARTER_SMALL})"
    # "Luật tổ chức HĐND, UBND": the comma between the council's and the committee's short
    # names is the name's.
    rf"|(?!{_COUNCILS_COMMA}),\s*(?!bổ sung|chống|chăm sóc)"
    r"|\s+bao\s+gồm(?!\w)"  # "... Bộ luật Lao động bao gồm:": what the law covers follows
    # "Luật tổ chức HĐND và UBND các cấp ban hành ngày 21/6/1994": its date after "ban hành".
    r"|\s+ban\s+hành\s+ngày\s*\d"
    # A law's or an ordinance's number ends its citation: "... số 05/2017/QH14 và các văn bản".
    r"|(?<=/QH\d\d)(?!\w)|(?<=UBTVQH\d\d)(?!\w)|(?<=L/CTN)(?!\w))"
)
_DATE_AT = re.compile(rf"\s*,?\s*{_DATE}")
#: A year a named act's name ends with, printed without "năm": "Luật Đất đai 2013".
_BARE_YEAR = re.compile(r"(?:^|\s+)((?:19|20)\d\d)$")
#: An ordinance or a law whose name is what it is about, up to its date: "Pháp lệnh về nhiệm
#: vụ, quyền hạn cụ thể của Hội đồng nhân dân và Ủy ban nhân dân ở mỗi cấp ngày 25 tháng 6
#: năm 1996" (its "của" is the name's, not an issuer's).
_NAMED_BY_ABOUT = re.compile(
    r"\s+(?P<name>về\s(?:(?!\s(?:cho|được|trong|tại)\s)[^;:.()]){1,200}?)"
    r"(?=\s*,?\s*ngày\s*\d{1,2}\s*(?:tháng|/|-)\s*\d{1,2}\s*(?:năm|/|-)\s*\d{4})"
)
#: An act whose date stands between its kind and its number: "Nghị định ngày 15 tháng 5 năm
#: 2016 số 34/2016/NĐ-CP của Chính phủ".
_DATED_FIRST = re.compile(
    rf"(?P<kind>{_KINDS})\s*,?\s*(?P<date>ngày\s*\d{{1,2}}\s*(?:/|-|\.|\s*tháng\s*)\s*\d{{1,2}}"
    rf"\s*(?:/|-|\.|\s*năm\s+)\s*(?:19|20)\d\d)\s*,?\s*số\s*:?\s*(?P<number>{_NUMBER})(?![\w/])"
)
#: A named act passed by a body on a date: "Luật Công đoàn Việt Nam được Quốc hội nước Cộng hòa
#: xã hội chủ nghĩa Việt Nam khóa XIII, kỳ họp thứ 3 thông qua ngày 20 tháng 6 năm 2012".
_PASSED = re.compile(
    rf"\s*,?\s+(?:đã\s+)?được\s+(?P<by>[^;:.()]{{1,160}}?)\s*,?\s+(?:thông\s+qua|ban\s+hành)"
    rf"\s*,?\s*{_DATE}"
)
#: A named act's date after "ban hành" (issued on): "Luật ... ban hành ngày 21/6/1994".
_ISSUED_ON = re.compile(rf"\s+ban\s+hành\s+(?={_DATE})")
_AMENDED_ON = re.compile(rf"\s*,?\s*(?:đã\s+được\s+)?sửa\s+đổi(?:\s*,?\s*bổ\s+sung)?\s+{_DATE}")
#: Words right before a kind's word that make it no act's name: the head of a body's name
#: ("Hội Luật gia", "Trường Đại học Luật") or "pháp" ("Hệ thống Pháp Luật": law in general).
_BODY_BEFORE = re.compile(
    r"(?<!\w)(?:Hội|Liên\s+đoàn|Đoàn|Trường(?:\s+Đại\s+học)?|Học\s+viện|[Pp]háp)\s+$"
)
#: A congress's resolution, named by its congress: "Nghị quyết Đại hội đại biểu toàn quốc lần
#: thứ XIII của Đảng", "Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XVII".
#: And a plenum's, by its number: "Nghị quyết Trung ương 5 (khóa XII)", "Nghị quyết Hội nghị
#: Trung ương 4", "Nghị quyết TW 7" (the term after it is left out of the name).
_CONGRESS = re.compile(
    r"(?P<kind>Nghị\s+quyết)\s+(?:(?:Đại\s+hội|ĐH)\s+[^;:.()]{0,80}?\s+lần\s+thứ\s+"
    r"(?:[IVXLC]+|\d+)(?![\w])(?:\s+của\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?(?!\s*bộ))?"
    r"|(?:Hội\s+nghị\s+)?(?:Trung\s+ương|TW|TƯ)\s+(?:lần\s+thứ\s+)?(?:\d{1,2}|[IVX]{1,4})(?!\w)"
    # "Nghị quyết Đại hội XIII Công đoàn Việt Nam": a congress numbered, named up to its number.
    r"|Đại\s+hội\s+[IVXL]{1,6}(?!\w))"
)
# "của A", "do A", and a joint act's "giữa A và B"; also glued to the year before it, as a
# copy that joined its lines prints it ("ngày 28 tháng 12 năm 2009của Bộ Công Thương").
_ISSUER = re.compile(r"(?:\s*,?\s+|(?<=(?:19|20)\d\d))(?:của|do|giữa)\s+")
#: Words that start what an act is about, ending its issuer.
_TITLE_WORDS = (
    "về",
    "phê duyệt",
    "ban hành",
    "quy định",
    "hướng dẫn",
    "thực hiện",
    "triển khai",
    "sửa đổi",
    "thành lập",
    "tại",
    "theo",
    "trên",
    "thi hành",
    "v/v",
    "trong lĩnh vực",
    # "Quy chế phối hợp số ... giữa A và B trong việc tổ chức ...": what the act is for.
    "trong việc",
    "trong công tác",
    # "... của Ủy ban Thường vụ Quốc hội khóa XII điều chỉnh nhiệm vụ, ...": verbs that begin
    # what an act does, with no "về" before them; no body's name holds them.
    "điều chỉnh",
    "công bố",
    "kiện toàn",
    "bãi bỏ",
)
# "của liên Bộ ... hướngdẫn xử lý ...": a copy that glued the words' syllables still ends it.
_ISSUER_END = re.compile(
    r"\s+(?i:" + "|".join(_loose(w) for w in _TITLE_WORDS) + r")(?!\w)|\s*[;.()]|\s*$|\s*,"
    # "Kế hoạch số ... của Ban Thường vụ Hội LHPN Hà Nội chỉ đạo Đại hội ...": the verb begins
    # what the act does; a steering committee ("Ban Chỉ đạo ...") keeps it in its name.
    r"|(?<![Bb]an)\s+(?i:chỉ\s*đạo)(?!\w)"
    r"|\s+(?=ngày\s*\d)"  # "của Quốc hội ngày 19/6/2015": the act's date after its issuer
    # "của Ban Bí thư “về việc ...”": an opening quotation mark starts what the act is about.
    r'|\s*[“«"]'
)
# A joint act (NQLT, TTLT, TTLN ...) has issuers joined by "và" or commas.
_JOINT_NUMBER = re.compile(r"/[A-ZĐ]*L[TN](?:[/-]|$)")
#: The kinds of act several bodies sign by their name: "Chương trình phối hợp", "Quy chế phối
#: hợp", "Kế hoạch liên tịch", "Nghị quyết liên ngành".
_COORDINATING = re.compile(
    r"(?:Chương\s+trình|Quy\s+chế|Kế\s+hoạch|Nghị\s+quyết)\s+(?:phối\s+hợp|liên\s+tịch|liên\s+ngành)"
    r"(?!\w)",
    re.IGNORECASE,
)
#: A short form a text gives in brackets after a name, in capitals: "Luật An toàn thực phẩm
#: (ATTP)", "Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT)".
_SHORT_FORM = re.compile(rf"\s*\((?:Bộ\s+)?[{_UPPER}][{_UPPER}&.\-]+(?:\s*[&-]\s*[{_UPPER}]+)*\)")
# A bracket after an issuer that belongs to it: its term, the organ it acts through.
_ISSUER_BRACKET = re.compile(
    r"\s*\((?:khóa|khoá|Khóa|Khoá|nhiệm kỳ|Nhiệm kỳ|Thường trực|cơ quan thường trực)[^()]*\)"
)
#: A note in brackets of the body that has since taken over from an issuer: "Bộ Bưu chính
#: Viễn thông (nay là Bộ Thông tin và Truyền thông)". It is the issuer's, and the issuers go
#: on after it ("... (nay là ...) và Bộ Tài chính").
_NOW_CALLED = re.compile(r"\s*\(\s*nay\s+(?:là|thuộc)\s+[^()]*\)")
#: A year or a window after an issuer that ends the clause: "Chương trình phối hợp số ...
#: giữa Bộ Tư pháp và Trung ương Hội Nông dân Việt Nam năm 2022" (a plan's title: the plan's
#: year), "Kế hoạch số ... của UBND tỉnh giai đoạn 2021 - 2025". It is no part of a body's name
#: and, said after it, not surely the act's date: it is read past.
_WINDOW_AFTER = re.compile(
    r"\s+(?:năm\s+(?:19|20)\d\d|giai\s+đoạn\s+(?:19|20)\d\d(?:\s*[-\u2013]\s*(?:19|20)\d\d)?)$"
)
#: Bodies named after an event of a year ("Ban Chỉ đạo Tổng điều tra dân số và nhà ở năm
#: 2019", "Ban Tổ chức Hội thi ... năm 2020"): their year is their name's. Standing bodies
#: ("Ban Thường vụ Tỉnh ủy", "Ban Dân vận", "Hội đồng nhân dân tỉnh") have no year in their name.
_NAMED_FOR_EVENT = re.compile(
    r"(?:Ban\s+(?:Chỉ\s+đạo|Tổ\s+chức|Điều\s+hành)|Hội\s+đồng(?!\s+nhân\s+dân)|Tiểu\s+ban|Tổ"
    r"|Ủy\s+ban\s+Quốc\s+gia)\s",
    re.IGNORECASE,
)
#: The role an issuer holds, written after a dash: "Ủy ban nhân dân tỉnh Hà Giang - Trưởng
#: nhóm chương trình hợp tác ...", "Sở Tư pháp - Cơ quan thường trực Hội đồng ...". The role is
#: no second issuer and no part of the body's name ("Hội đồng Thi đua - Khen thưởng", "Bộ Lao
#: động - Thương binh và Xã hội" go on with a field, not a post).
_ROLE_AFTER_DASH = re.compile(
    r"\s+[-\u2013]\s+(?:Phó\s+)?(?:Trưởng\s+(?:nhóm|ban|Ban|đoàn|Đoàn)"
    r"|[Cc]ơ\s+quan\s+(?:[Tt]hường\s+trực|[Cc]hủ\s+trì|[Đđ]ầu\s+mối)"
    r"|[Tt]hường\s+trực\s+(?:Ban|Hội\s+đồng))(?!\w)"
)
#: A name that goes on after a short form in brackets: "Mặt trận Tổ quốc (MTTQ) Việt Nam",
#: "Viện kiểm sát nhân dân (VKSND) tối cao" (the short form is then not the name's end).
_NAME_AFTER = re.compile(rf"\s+(?:[{_UPPER}]|tối\s+cao(?!\w))")
#: What joins another issuer of a joint act after one's short form: " - Bộ Công Thương".
_JOINED_AFTER = re.compile(rf"\s*(?:-|,|và)\s+[{_UPPER}]")
_TITLE = re.compile(
    # "của Ban Bí thư “về việc ...”", "về “Tiếp tục ...”": what it is about, in quotation marks.
    r"\s+(?:về\s+(?:việc\s+)?)?[“«](?:về\s+(?:việc\s+)?)?(?P<quoted>[^”»;]+)[”»]"
    r"(?=\s*(?:[,;.]|$))"
    r"|\s+(?:về\s+(?:việc\s+)?|(?P<lead>phê duyệt|ban hành|quy định|hướng dẫn|thực hiện"
    r"|triển khai|sửa đổi|thành lập|thi hành)\s+)(?P<title>[^;]+?)(?=;|\.\s|\.$|$)"
    rf"|\s*\((?P<bracketed>[{_UPPER}][^()]*)\)"
)


@attrs.frozen
class Citation:
    """An act cited in a text, found at ``start`` to ``end`` (``text[start:end]``).

    ``number`` is the number and symbol as the act writes it, repaired
    where the text broke it (``repaired`` then says how); an act cited by
    its name only (a law) has ``number`` ``None`` and its name in
    ``title``.  ``date`` is as precise as the text states it (a
    :class:`coordprog.PartialDate` for "năm 2014"); ``date``, ``issuer``
    and ``title`` are ``None`` when the citation does not give them.
    ``nested`` marks an act named inside another act's title ("... hướng
    dẫn thi hành Nghị định số 61/2018/NĐ-CP"): the text cites the outer act.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       ``number`` may be ``None`` (acts cited by name); ``date`` may be a
       :class:`coordprog.PartialDate`; ``nested``.
    """

    kind: LegalKind
    number: str | None
    start: int
    end: int
    date: dt.date | PartialDate | None = None
    issuer: str | None = None
    title: str | None = None
    repaired: str | None = None
    nested: bool = False

    def legal_ref(self, ref_id: str | None = None) -> LegalRef:
        """The citation as a :class:`LegalRef` of a program, its id the number by default."""
        return LegalRef(
            id=ref_id or self.number or _slug(self.title or self.kind.value),
            kind=self.kind,
            number=self.number,
            date=self.date,
            issuer=self.issuer,
            title=self.title,
        )


def _slug(text: str) -> str:
    return "-".join(re.findall(r"\w+", text.lower()))[:60] or "act"


def _repair(number: str) -> tuple[str, str | None]:
    """Spaces a copy put inside a number, and the PDF typo of a Party number without its slash."""
    spaced = re.sub(r"\s*([/])\s*", r"\1", number)
    spaced = re.sub(r"(?<=\d)\s?[-\u2013]\s?(?=[A-ZĐ])", "-", spaced)
    spaced = re.sub(r"\s[-\u2013]\s", "-", spaced)
    spaced = re.sub(r"(?<=[A-Za-zĐđ])-\s+(?=[A-ZĐ])", "-", spaced)  # "118/TTr- STTTT"
    spaced = re.sub(r"(?<=/[A-ZĐ]{2}) (?=[A-ZĐ]{2,8}$)", "-", spaced)  # "101/2020/NĐ CP"
    spaced = re.sub(r"^(\d+[a-z]?)\s?(?=[A-ZĐ]+/)", r"\1-", spaced)  # "298 KH/TWĐTN", "22HD/..."
    spaced = re.sub(r"(?<=QH) (?=\d\d$)", "", spaced)  # "916/2005/NQ-UBTVQH 11"
    spaced = re.sub(r"(?<=[A-ZĐ]) &\s?(?=[A-ZĐ])", "&", spaced)  # "TTLT-BCT-BKH &ĐT"
    repaired = None if spaced == number else f"{number} read as {spaced}"
    party = re.fullmatch(rf"(\d+[a-z]?-{_SYMBOL})-(TW|TU|HU|ĐU)", spaced)
    if party:
        fixed = f"{party[1]}/{party[2]}"
        return fixed, f"{number} read as {fixed}"
    return spaced, repaired


def _date(match: re.Match[str]) -> dt.date | PartialDate | None:
    try:
        if match["day"] is not None:
            year = int(match["year"].replace(" ", ""))  # "20 21": a year a copy split
            return dt.date(year, int(match["month"]), int(match["day"]))
        if match["dday"] is not None:
            year = int(match["dyear"].replace(" ", ""))  # "20 21": a year a copy split
            return dt.date(year, int(match["dmonth"]), int(match["dday"]))
        if match["pmonth"] is not None:
            return PartialDate(int(match["pyear"]), int(match["pmonth"]))
        if match["yyear"] is not None:
            return PartialDate(int(match["yyear"]))
    except (ValueError, Exception):  # an impossible date: not read
        return None
    return None


def _kind(word: str) -> LegalKind:
    # Documents write "Nghị quyết Liên tịch" as often as "Nghị quyết liên tịch".
    squashed = re.sub(r"\s+", "", word).casefold()
    if squashed == "bluật":  # a code whose "ộ" the copy lost
        return LegalKind.CODE
    return next(kind for name, kind in KIND_WORDS if name.replace(" ", "").casefold() == squashed)


#: "của" a damaged copy printed without its vowel's marks or hook ("ngày 06/6/2003 ca Chính
#: phủ"): an issuer only when a body's name follows.
_OF_DAMAGED = re.compile(r"\s*,?\s+(?:ca|cua)\s+")


def _subject_after(text: str, at: int) -> bool:
    """Whether a body named at ``at`` starts a sentence's subject, words after it, no issuer.

    "... giữa Sở Tư pháp và Tỉnh đoàn, Sở Tư pháp báo cáo kết quả như sau": the body after
    the comma is followed by the verb of the sentence the act was cited in, not by a stop.
    """
    from coordprog.importer._grammar import read_body

    start = len(text) - len(text[at:].lstrip())
    organ = _ORGAN_OF.match(text, start)  # "..., Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng"
    body = read_body(text, start) or (read_body(text, organ.end()) if organ else None)
    if body is None:
        return False
    verb = _enacts_itself(text, body.end)
    if verb is not None and text[verb:].lstrip()[:1].isupper():
        return True  # "..., Ủy ban nhân dân xã ban hành Kế hoạch ... như sau:": the subject
    stop = _ISSUER_END.search(text, body.end)
    if stop is None or not text[body.end : stop.start()].strip():
        return False
    return not _last_issuer_joined(text, body.end, stop)


#: The last issuer of a joint act, joined by "và": "giữa Ủy ban Thường vụ Quốc hội, Chính phủ
#: và Đoàn Chủ tịch Ủy ban TWMTTQ Việt Nam;".
_JOINED_LAST = re.compile(rf"\s*và\s+(?=[{_UPPER}])")


def _last_issuer_joined(text: str, at: int, stop: re.Match[str]) -> bool:
    """Whether the words from ``at`` to ``stop`` are "và" and the joint act's last issuer.

    They are when the citation ends with them (a semicolon, a stop or the text's end), and
    after "và" a body's name is read up to there, or words most of which are capitalised, as
    a body's name is ("Đoàn Chủ tịch Ủy ban TWMTTQ Việt Nam"); a sentence's predicate ("... và
    Tỉnh đoàn cùng phối hợp") is mostly lower case.
    """
    from coordprog.importer._grammar import read_body

    joined = _JOINED_LAST.match(text, at)
    if joined is None or stop[0].strip() not in {";", ".", ""}:
        return False
    last = read_body(text, joined.end())
    if last is not None and not text[last.end : stop.start()].strip():
        return True
    words = text[joined.end() : stop.start()].split()
    return sum(word[:1].isupper() for word in words) * 2 > len(words)


def _issuer(text: str, at: int, joint: bool) -> tuple[str | None, int]:
    """The issuer written after "của" at ``at``, and where it ends."""
    from coordprog.importer._grammar import read_body

    said = _ISSUER.match(text, at)
    if said is None:
        said = _OF_DAMAGED.match(text, at)
        if said is None or read_body(text, said.end()) is None:
            return None, at
    joint = joint or said[0].strip().endswith("giữa")  # "giữa A và B": both issue it
    start = said.end()
    position = start
    end = len(text)
    while True:
        stop = _ISSUER_END.search(text, position)
        end = stop.start() if stop else len(text)
        if (
            stop
            and joint
            and stop[0].strip() == ","
            and text[stop.end() :].lstrip()[:1].isupper()
            and not _subject_after(text, stop.end())
        ):
            position = stop.end()  # "Bộ Nội vụ, Viện kiểm sát nhân dân tối cao, ..."
            continue
        if (
            stop
            and joint
            and stop[0].strip() == ","
            and _ROLE_AFTER_DASH.search(text, start, stop.start())
            and text[stop.end() :].lstrip()[:1].islower()
        ):
            # "Sở Tư pháp - Cơ quan thường trực Hội đồng phối hợp phổ biến, giáo dục pháp luật
            # tỉnh và Đài ...": the role's own name goes on after its comma, a body after it.
            position = stop.end()
            continue
        now_called = _NOW_CALLED.match(text, stop.start()) if stop else None
        if now_called is not None:
            position = now_called.end()  # "Bộ Bưu chính Viễn thông (nay là ...) và Bộ Tài chính"
            continue
        short = _SHORT_FORM.match(text, stop.start()) if stop and joint else None
        if short is not None and _JOINED_AFTER.match(text, short.end()):
            position = short.end()  # "Bộ Y tế - Bộ Nông nghiệp ... (NN&PTNT) - Bộ Công Thương"
            continue
        if stop and stop[0].strip() == "," and _last_body_after_comma(text, stop.end()):
            position = stop.end()  # "Kết luận số 126-KL/TW ... của Bộ Chính trị, Ban Bí thư;"
            continue
        if stop and stop[0].strip() == "," and _second_post(text, start, stop):
            position = stop.end()  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": one person
            continue
        if (
            stop
            and stop[0].strip() == ","
            and _MINISTRY.fullmatch(text[start : stop.start()])
            and _FIELDS.match(text, stop.end())
        ):
            position = stop.end()  # "Bộ Lao động, Thương binh và Xã hội": one ministry's fields
            continue
        if (
            stop
            and stop[0].strip().casefold() == "về"
            and _NAMED_BY_SUBJECT.search(text[start : stop.start()])
            and not re.match(r"\s*việc\b", text[stop.end() :])  # "về việc ...": the act's
        ):
            # "Ban Chỉ đạo Trung ương về phát triển khoa học, ... về kết luận ...": a committee
            # named by its subject, up to a second "về" (what the act is about).
            again = re.compile(r"\s+về\s").search(text, stop.end(), _sentence_end(text, stop.end()))
            if again is not None:
                end = again.start()
        break
    issuer = text[start:end]
    role = _ROLE_AFTER_DASH.search(issuer)
    skipped = end if role is not None else start  # the role is read past, not kept
    if role is not None:
        issuer = issuer[: role.start()] + _next_issuer(issuer, role.end(), joint)
    window = _WINDOW_AFTER.search(issuer)
    if window is not None and not _NAMED_FOR_EVENT.match(issuer):
        issuer, skipped = issuer[: window.start()], end  # the year is read past, not kept
    if not joint and " và " in issuer and not _NAMED_BY_SUBJECT.match(issuer):
        issuer = _first_body(issuer)
    elif joint:
        issuer = _joined_issuers(issuer)
    issuer = re.sub(r"\s+và\s*$", "", issuer)
    issuer = _placed_body(issuer)
    end = start + len(issuer)
    bracket = _ISSUER_BRACKET.match(text, end) or _SHORT_FORM.match(text, end)
    if bracket and not (bracket.re is _SHORT_FORM and _NAME_AFTER.match(text, bracket.end())):
        # A term or an organ in brackets is the issuer's; a short form ending the name ("của
        # Bộ Giáo dục Đào tạo (GDĐT)") only defines what the text calls it next: read past.
        if bracket.re is _ISSUER_BRACKET:
            issuer = text[start : bracket.end()]
        end = bracket.end()
    issuer = rejoin_syllables(" ".join(issuer.split()).strip(" ,:"))
    issuer = re.sub(r"(?<=\w) -(?=\w)", " - ", issuer)  # "Quốc phòng -Công an", as a copy glued it
    # "Thủ tướng Chỉnh phủ": a scan's misread "Chính"; no body is called "Chỉnh phủ".
    issuer = re.sub(r"\bChỉnh(?= [Pp]hủ\b)", "Chính", issuer)
    return (issuer or None), max(end, skipped)


def _next_issuer(issuer: str, at: int, joint: bool) -> str:
    """A joint act's issuers after one's role at ``at``: "và Đài Phát thanh ..." ("" if none).

    "giữa Sở Tư pháp - Cơ quan thường trực Hội đồng ... tỉnh và Đài Phát thanh và Truyền
    hình tỉnh": the role is read past, the issuer after it kept.
    """
    from coordprog.importer._grammar import read_body

    if not joint:
        return ""
    for joined in re.finditer(r"\s+và\s+", issuer[at:]):
        if read_body(issuer, at + joined.end()) is not None:
            return issuer[at + joined.start() :]
    return ""


def _second_post(text: str, start: int, stop: re.Match[str]) -> bool:
    """Whether the comma ``stop`` joins two posts one official holds.

    "của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "của Bộ trưởng, Chủ nhiệm Ủy ban Dân
    tộc": the head of a body that ranks as a ministry is named by both posts; the first
    alone, bare of a body, is not the issuer.
    """
    if _OFFICIAL.fullmatch(text[start : stop.start()].strip()) is None:
        return False
    # The second post may open the next line: "của Bộ trưởng," / "Chủ nhiệm ban hành ...".
    at = stop.end() + len(text[stop.end() :]) - len(text[stop.end() :].lstrip())
    post = _OFFICIAL.match(text, at)
    if post is None:
        return False
    # The second post names its body ("Chủ nhiệm Văn phòng ...") or ends the issuer; "Thủ
    # trưởng các đơn vị triển khai" starts a sentence.
    rest = text[post.end() :]
    return rest.lstrip(" ")[:1].isupper() or _ISSUER_END.match(text, post.end()) is not None


def _last_body_after_comma(text: str, at: int) -> bool:
    """Whether a second issuer follows a comma at ``at`` and ends the citation.

    "của Bộ Chính trị, Ban Bí thư;": a body's name, then the clause's end or what the act is
    about ("về ..."); not "của UBND tỉnh, UBND huyện đã ..." (the sentence goes on).
    """
    from coordprog.importer._grammar import read_body

    start = at + len(text[at:]) - len(text[at:].lstrip(" "))
    if not text[start : start + 1].isupper():
        return False
    body = read_body(text, start)
    if body is None:
        return False
    return re.match(r"\s*(?:[;.]|$)|\s+(?:về|v/v)\s", text[body.end :]) is not None


#: The fields a ministry's name lists after a comma, capitalised, the last after "và": "Bộ Lao
#: động, Thương binh và Xã hội" (one ministry's name, not a second issuer).
_FIELDS = re.compile(
    rf"\s*(?!Bộ\s|Ban\s|Ủy\s|Uỷ\s|Sở\s|Tổng\s|Viện\s|Tòa\s|Toà\s|Văn\s+phòng\s|Hội\s)"
    rf"[{_UPPER}][^\s,;.]*(?:\s+[^\s,;.]+){{0,3}}\s+và\s+[{_UPPER}][^\s,;.]*"
    rf"(?:\s+[^\s,;.]+)?(?=\s+(?i:về|quy định|hướng dẫn|ban hành|phê duyệt|v/v)|\s*[;.,]|\s*$)"
)
#: A ministry named by its first field: "Bộ Lao động", "Bộ Văn hóa".
_MINISTRY = re.compile(rf"Bộ\s+[{_UPPER}]\S*(?:\s+\S+){{0,2}}")
#: Committees named by what they are about: "Ban Chỉ đạo ... về ...", "Hội đồng ... về ...".
_NAMED_BY_SUBJECT = re.compile(
    r"^(?:Ban\s+Chỉ\s+đạo|Hội\s+đồng|Tiểu\s+ban|Ủy\s+ban\s+Quốc\s+gia)\b"
)


def _placed_body(issuer: str) -> str:
    """An issuer that ends with its place (or a central body), without the words after it.

    A local body's name ends with its place ("Ủy ban nhân dân tỉnh Tuyên
    Quang"): small words after it ("... Tuyên Quang công bố hiện trạng rừng")
    are what the act does, not the issuer's name.
    """
    from coordprog.importer._grammar import find_bodies

    for body in find_bodies(issuer):
        rest = issuer[body.end :]
        if body.start != 0 or not rest[:1].isspace() or not rest.lstrip()[:1].islower():
            continue
        if body.place:
            return issuer[: body.end]
        # "Bộ Chính trị phân cấp quản lý cán bộ": a central body's name is whole as read; the
        # small words after it (not "của", "khóa" ...) are what the act does.
        if body.level == "central" and rest.split()[0] not in _NAME_GOES_ON:
            return issuer[: body.end]
    return issuer


#: Small words that go on with a body's name rather than start what an act does.
_NAME_GOES_ON = frozenset(
    ("của", "và", "khóa", "khoá", "nhiệm", "thuộc", "trực", "tại", "về", "cấp", "các", "nhân")
)


#: Officials an issuer may name after "và": "của Bộ trưởng Bộ Công an và Bộ trưởng Bộ ...".
_OFFICIAL = re.compile(
    r"(?:Bộ\s+trưởng|Thủ\s+trưởng|Chủ\s+tịch|Chủ\s+nhiệm|Giám\s+đốc|Chánh\s+án|Viện\s+trưởng"
    r"|Tổng\s+cục\s+trưởng|Cục\s+trưởng|Trưởng\s+ban|Bí\s+thư)\b"
)


def _first_body(issuer: str) -> str:
    """The first body of an issuer that may go on with "và" ("Chính phủ và Ủy ban ...").

    A "và" that a body or an official follows, or a word in small letters
    (the act's subject), ends the issuer; one inside a name ("Bộ Lao động -
    Thương binh và Xã hội", "Bộ Nông nghiệp và Phát triển nông thôn") does not.
    """
    from coordprog.importer._grammar import read_body

    for joined in re.finditer(r" và ", issuer):
        rest = issuer[joined.end() :]
        if _inside_ministry(issuer, joined.start()):
            continue  # "Bộ Văn hóa thể thao và du lịch": a ministry's name in small letters
        if (
            not rest[:1].isupper()
            or read_body(rest) is not None
            or _OFFICIAL.match(rest)
            or re.match(rf"(?:{_KINDS})\b", rest)
        ):
            return issuer[: joined.start()]
    return issuer


def _inside_ministry(issuer: str, at: int) -> bool:
    """Whether the "và" at ``at`` is inside a ministry's name the issuer starts with.

    A copy may write a ministry's fields in small letters and without their comma ("Bộ Văn
    hóa thể thao và du lịch", "Bộ Tài nguyên và môi trường"): the words after its "và" are
    the name's, not the act's subject. The name is one of the ministries whose name has a
    "và" (:data:`SYMBOL_BODIES`), compared without case, commas and dashes.
    """
    from coordprog.importer._parties import SYMBOL_BODIES

    said, before = _bare(issuer), len(_bare(issuer[:at]))
    for name in SYMBOL_BODIES:
        known = _bare(name)
        if " và " in known and before < len(known) and re.match(rf"{re.escape(known)}\b", said):
            return True
    return False


def _bare(name: str) -> str:
    """``name`` folded, its commas and dashes read as spaces: how a ministry's name is compared."""
    return " ".join(re.sub(r"[,\-\u2013]", " ", fold(name)).split())


def _joined_issuers(issuer: str) -> str:
    """A joint act's issuers, up to a "và" or a comma that joins no body.

    "Chương trình phối hợp số ... của Ủy ban nhân dân tỉnh và Kế hoạch số ...", "... của
    Ủy ban nhân dân tỉnh, Quyết định số ...", "... của Ủy ban nhân dân tỉnh và các văn bản
    hướng dẫn": another act, or words in small letters after "và", are no second issuer; a
    body, or a name that goes on ("Bộ Nông nghiệp và Phát triển nông thôn"), is kept.
    """
    for joined in re.finditer(r",\s*| và ", issuer):
        rest = issuer[joined.end() :]
        if re.match(rf"(?:{_KINDS})\b", rest) or (joined[0] == " và " and not rest[:1].isupper()):
            return issuer[: joined.start()]
    return issuer


def _bare_issuer(text: str, at: int) -> tuple[str | None, int]:
    """An issuer written without "của" after the date: "... năm 2018 Chính phủ về ..."."""
    from coordprog.importer._grammar import read_body

    rest = len(text[at:]) - len(text[at:].lstrip(" "))
    body = read_body(text, at + rest)
    if body is None:
        return None, at
    after = text[body.end :]
    if not re.match(r"\s+(?:về|quy định|hướng dẫn|ban hành|phê duyệt)\b", after):
        return None, at
    return " ".join(text[at + rest : body.end].split()), body.end


def _title(text: str, at: int, limit: int) -> tuple[str | None, int]:
    match = _TITLE.match(text, at)
    if match is None:
        return None, at
    title = match["quoted"] or match["title"] or match["bracketed"]
    end = match.end()
    if match["title"]:
        # "... về việc tổ chức ..., Đoàn Chủ tịch Tổng Liên đoàn ... ban hành Kế hoạch ...": the
        # body after a comma is the sentence's subject, not more of what the act is about.
        subject = _body_after_comma(text, match.start("title"), end, acting=True)
        if subject is not None:
            title, end = text[match.start("title") : subject], subject
    if end > limit and match["title"]:
        title = re.sub(r"\s+(?:và|hoặc)$", "", text[match.start("title") : limit].rstrip(" ,;"))
        end = limit
    if match["lead"] and title:
        title = f"{match['lead']} {title}"
    title = re.sub(r"^việc\s+", "", " ".join(title.split())) if title else None
    return title or None, end


#: "số" as a scan's text prints it before a number, its tone misread ("Nghị định sổ 44/2014/NĐ-CP",
#: "sô 21/2013/NĐ-CP"): no other word stands between an act's kind and its number.
_OCR_NUMBER_WORD = re.compile(r"(?<=\w )s[ổô](?= \d+[/-])")


def find_citations(text: str) -> tuple[Citation, ...]:
    """Every citation of an act in ``text``, in order, with its position.

    Recognised: the kinds of act Vietnamese documents cite (*Nghị quyết*,
    *Kết luận*, *Chỉ thị*, *Quyết định*, *Công văn*, *Kế hoạch*, *Tờ
    trình* ...), optionally *số*, a number in the Party or the State form,
    a date (``ngày 30/10/2019``, ``30/10/2019``, ``ngày 30 tháng 10 năm
    2019``, ``năm 2014``), the issuer after *của* (both issuers of a joint
    act, *liên tịch*, or of one "giữa A và B") and the subject after *về*; laws, codes, ordinances,
    charters and the Constitution cited by name ("Luật Tổ chức chính quyền
    địa phương ngày 19/6/2015", "Bộ luật Tố tụng hình sự", "Hiến pháp năm
    2013"), with or without a number; acts listed together ("các Nghị định
    số 58/2010/NĐ-CP, số 74/NĐ-CP", "các Nghị quyết số 18-NQ/TW, 19-NQ/TW")
    each, also after ";" under one head ("các Quyết định của Thủ tướng Chính
    phủ số: ...; ...; ..."); a congress's resolution named by its congress
    ("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng") or a
    plenum's by its number ("Nghị quyết Trung ương 5"); an act "được sửa đổi,
    bổ sung bởi" another, and that one.  Acts named inside another act's title
    are marked ``nested``; a consolidated text ("32/VBHN-VPQH") is of kind
    ``other``, whatever it consolidates.
    Text is NFC and repaired first (:func:`coordprog.normalize_text`);
    positions refer to the repaired text, which has the same length.

    .. versionadded:: 0.2.0
    .. versionchanged:: 0.3.0
       Acts cited by name, partial dates, grouped numbers, ``nested``, a
       congress's or a plenum's resolution, acts amending the one cited.
    """
    text = _OCR_NUMBER_WORD.sub("số", normalize_text(text))
    raw, taken, passed = _numbered_and_named(text)
    listed_under = _listed_under(text, raw, taken)
    issued_before = {**_issued_before(text, raw, taken), **passed}
    _grouped(text, raw, taken)
    raw.sort(key=lambda entry: entry[0])
    found: list[Citation] = []
    title_end = -1
    for index, (start, stop, kind, written, act_name, said) in enumerate(raw):
        date = _date(said) if said is not None else None
        repaired = None
        number = None
        if written is not None:
            number, repaired = _repair(written)
        damaged = re.match(_CODE_DAMAGED, text[start:stop])
        if act_name is not None and damaged:
            repaired = f"{damaged[0]} read as Bộ luật"
        if number is not None and re.search(r"/VBHN\b", number):
            kind = LegalKind.OTHER  # a consolidated text ("32/VBHN-VPQH"), whatever it consolidates
        joint = number is not None and bool(_JOINT_NUMBER.search(number))
        if kind is LegalKind.CIRCULAR and joint:
            # "Thông tư số 02/2007/TTLT-BCA-BLĐTBXH-BTC": the symbol, which Decree
            # 30/2020/NĐ-CP gives joint circulars alone, says what the word before it shortens.
            kind = LegalKind.JOINT_CIRCULAR
        # "Chương trình phối hợp số ... của Công an tỉnh và Bộ Chỉ huy quân sự tỉnh": an act of
        # coordination is several bodies' as a joint number's is.
        issuer, after = _issuer(text, stop, joint or bool(_COORDINATING.match(text, start)))
        nested = start < title_end and (
            not _listed(text, start)
            or (number is None and _beside_nested(text, found, start, kind))
        )
        if nested and _AMENDED_BY.search(text, max(0, start - 60), start):
            nested = False  # "... được sửa đổi, bổ sung bởi Nghị định số ...": cited too
        issuer, date, after = _issuer_and_date(
            text, (start, stop, joint, nested), (issuer, date, after), issued_before, listed_under
        )
        title: str | None
        if act_name is not None:
            title, title_stop = act_name, after
        else:
            title, title_stop = _title(text, after, _group_limit(raw, index, text))
        found.append(
            Citation(
                kind=kind,
                number=number,
                start=start,
                end=max(after, title_stop, stop),
                date=date,
                issuer=issuer,
                title=title,
                repaired=repaired,
                nested=nested,
            )
        )
        if not nested:
            title_end = _sentence_end(text, max(after, stop))
    return tuple(_shared_tails(found, text))


_Raw = list[tuple[int, int, LegalKind, str | None, str | None, re.Match[str] | None]]
_Taken = list[tuple[int, int]]


def _numbered_and_named(text: str) -> tuple[_Raw, _Taken, dict[int, str]]:
    """Acts cited by kind and number, by name (laws, codes ...), and congresses' resolutions.

    Each with its span and what was read of it; ``taken`` holds the spans read, and the
    third the issuers of acts passed by a body named before the date (by their start).
    """
    raw: _Raw = []
    taken: _Taken = []
    passed: dict[int, str] = {}
    for match in _NUMBERED.finditer(text):
        kind_word = match["kind"]
        if kind_word[:1].islower() and not re.match(r"\s*(?::\s*)?số", text[match.end("words") :]):
            continue  # a kind's words in small letters name an act only before "số"
        if match["words"].strip() and not re.match(r"\s*số", text[match.end("words") :]):
            continue  # words between the kind and a number without "số": not one act
        dated, end = match, match.end()
        repeated = _symbol_repeated(text, match)
        if repeated is not None:
            dated, end = repeated, repeated.end()
        raw.append((match.start(), end, _kind(kind_word), match["number"], None, dated))
        taken.append((match.start(), end))
    for match in _DATED_FIRST.finditer(text):
        if any(start <= match.start("number") < end for start, end in taken):
            continue
        dated_at = _DATE_AT.match(text, match.start("date"))
        raw.append(
            (match.start(), match.end(), _kind(match["kind"]), match["number"], None, dated_at)
        )
        taken.append((match.start(), match.end()))
    for match in _NAMED_ACT.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        if not match["kind"][:1].isupper() and not match["kind"].startswith(("biên", "điều")):
            continue  # "pháp luật", "luật" in small letters: no act's name
        if _BODY_BEFORE.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # "Hội Luật gia Việt Nam", "Liên đoàn Luật sư Việt Nam": a body's name
        name = " ".join(match["name"].split())
        about = None
        if not name and match["number"] is None:
            about = _NAMED_BY_ABOUT.match(text, match.end("kind"))
            if about is not None:
                name = " ".join(about["name"].split())
        if (
            match["number"] is None
            and (not name or not name[:1].isalpha())
            and _kind(match["kind"]) is not LegalKind.CONSTITUTION
        ):
            continue
        if re.match(r"^(?:này|đó|trên|hiện hành|và|số)\b", name):
            continue
        after = about.end("name") if about is not None else match.end()
        if match["number"] is None and about is None:
            # "Để thi hành Bộ luật tố tụng hình sự, Tòa án nhân dân tối cao ... hướng dẫn":
            # a body after a comma starts the sentence's subject, not more of the name.
            body_at = _body_after_comma(text, match.start("name"), match.end("name"))
            if body_at is not None:
                name = " ".join(text[match.start("name") : body_at].split())
                after = body_at
        name, number, after = _amending(text, match, name, after)
        if number is None:
            # "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13": words
            # after "của" that are not its issuer alone are more of the name, up to its number.
            going_on = _name_after_of(text, after)
            if going_on is not None:
                tail_end, number_at = going_on
                name = " ".join(text[match.start("name") : tail_end].split())
                after = tail_end
                if number_at is not None:
                    number, after = number_at[0], number_at[1]
        if after >= len(text.rstrip()) and number is None:
            continue  # a name cut off by the end of the copy
        short = _SHORT_FORM.match(text, after)
        if short is not None and _DATE_AT.match(text, short.end()):
            after = short.end()  # "Luật An toàn thực phẩm (ATTP) ngày 17/6/2010": its short form
        numbered_after = _OWN_NUMBER.match(text, short.end()) if short is not None else None
        if numbered_after is not None and number is None:
            # "Luật bảo hiểm y tế (BHYT) số 25/2008/QH12": its short form, then its number.
            number, after = numbered_after["number"], numbered_after.end()
        issued_on = _ISSUED_ON.match(text, after)
        if issued_on is not None:
            after = issued_on.end()  # "Luật ... các cấp ban hành ngày 21/6/1994"
        # "Luật ... đã được sửa đổi, bổ sung ngày 22/11/2019": the date of the law as amended.
        dated_at = _DATE_AT.match(text, after) or _AMENDED_ON.match(text, after)
        if dated_at is None and number is None:
            dated_at = _passed(text, after, passed, match.start())
        named_end = dated_at.end() if dated_at else after
        year = _BARE_YEAR.search(name)
        if year is not None and (dated_at is None or year[1] in dated_at[0]):
            # "Luật Đất đai 2013": the year the law is known by, printed without "năm", no
            # part of its name; its date when the citation gives no other. A date of another
            # year leaves it in the name, as printed.
            name = name[: year.start()]
            dated_at = dated_at or re.match(_DATE, f"năm {year[1]}")
        said = " ".join(match["kind"].split())
        if _kind(said) is LegalKind.CHARTER:
            said = said[:1].upper() + said[1:]  # "điều lệ Hội ...": the charter's name
        full = f"{'Bộ luật' if _kind(said) is LegalKind.CODE else said} {name}".strip()
        raw.append((match.start(), named_end, _kind(match["kind"]), number, full, dated_at))
        taken.append((match.start(), named_end))
    for match in _CONGRESS.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        name = " ".join(match[0].split())
        raw.append((match.start(), match.end(), LegalKind.RESOLUTION, None, name, None))
        taken.append((match.start(), match.end()))
    for match in _VERIFICATION.finditer(text):
        if not any(start <= match.start() < end for start, end in taken):
            name = "Báo cáo thẩm tra"
            raw.append((match.start(), match.end(), _kind("Báo cáo"), None, name, None))
            taken.append((match.start(), match.end()))
    return raw, taken, passed


#: A council committee's verification report cited without number, beside the submission it
#: verifies: "Xét Tờ trình số ...; Báo cáo thẩm tra của Ban Pháp chế ...", "Sau khi nghe Báo
#: cáo thẩm tra của Ban ...". A numbered one is read with its number.
_VERIFICATION = re.compile(r"(?<!\w)[Bb]áo\s+cáo\s+thẩm\s+tra(?=\s+của\s)")


def _amending(
    text: str, match: re.Match[str], name: str, after: int
) -> tuple[str, str | None, int]:
    """The name, number and end of an amending law named at ``match`` ("Luật sửa đổi, ...").

    Any other act's name comes back as it is, with the number ``match`` read. An amending law's
    name runs to its date ("Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày ...") or
    to its own number ("... của Luật A số 56/2020/QH14 ngày ...": the number ends its name).
    """
    number: str | None = match["number"]
    if re.match(r"^[Ss]ửa\s*đổi", name):
        amended = re.compile(rf"\s*,?\s*{_DATE}").search(text, match.end("kind"))
        sentence = _sentence_end(text, match.end("kind"))
        if amended is not None and amended.start() < sentence:
            name = " ".join(text[match.end("kind") : amended.start()].split())
            after = amended.start()
        elif number is None:
            name, number, after = _to_own_number(text, match.end("kind"), sentence, name, after)
    numbered = re.search(rf"\s+số\s+(?P<number>{_NUMBER})$", name)
    if number is None and numbered is not None and re.match(r"^[Ss]ửa\s*đổi", name):
        name, number = name[: numbered.start()], numbered["number"]
    return name, number, after


#: An act's own number after its name: " số 46/2014/QH13" ("một số điều" is none: no number).
_OWN_NUMBER = re.compile(rf"\s*số\s*:?\s*(?P<number>{_NUMBER})(?![\w/])")


def _to_own_number(
    text: str, start: int, sentence: int, name: str, after: int
) -> tuple[str, str | None, int]:
    """An amending law's name up to its own number in the sentence, the number, and its end.

    "Luật sửa đổi, bổ sung một số điều của Luật BHYT số 46/2014/QH13 và ...": the name
    runs over "một số điều" (no number) to the number the law is cited by, which is the
    amending law's, as a dated citation's is. The name and ``after`` as they were when
    the sentence gives no number.
    """
    own = re.compile(rf"\s+{_OWN_NUMBER.pattern}").search(text, start, sentence)
    if own is None:
        return name, None, after
    return " ".join(text[start : own.start()].split()), own["number"], own.end()


def _symbol_repeated(text: str, match: re.Match[str]) -> re.Match[str] | None:
    """The date after a number whose symbol a copy printed twice, or None.

    "Nghị quyết số 37-NQ/TW NQ/TW ngày 24/12/2018 của Bộ Chính trị": the second "NQ/TW" is
    the copy's, and the date and issuer after it are the act's.
    """
    if any(match[group] for group in ("year", "dyear", "pyear", "yyear")):
        return None
    symbol = re.sub(r"^\d+[a-z]?\s?[-/]\s?(?:(?:19|20)\d\d\s?[-/]\s?)?", "", match["number"])
    if len(symbol) < 2 or symbol == match["number"]:
        return None
    again = re.compile(rf"\s+{re.escape(symbol)}(?![\w/])").match(text, match.end())
    return _DATE_AT.match(text, again.end()) if again is not None else None


def _passed(text: str, at: int, passed: dict[int, str], start: int) -> re.Match[str] | None:
    """The date of a named act "được <body> ... thông qua ngày ...", its body kept in ``passed``.

    The body is read by the grammar of bodies' names ("Quốc hội nước Cộng hòa xã hội chủ
    nghĩa Việt Nam khóa XIII, kỳ họp thứ 3" is the National Assembly's); words that name
    none leave the act as it was read.
    """
    from coordprog.importer._grammar import read_body

    said = _PASSED.match(text, at)
    if said is None:
        return None
    body = read_body(text, said.start("by"))
    if body is None:
        return None
    passed[start] = body.name
    return said


def _listed_under(text: str, raw: _Raw, taken: _Taken) -> list[tuple[int, int, str | None]]:
    """Numbers listed under their kind and issuer, added to ``raw``; each list's span and issuer."""
    # Numbers listed under their kind and issuer: "các Nghị định của Chính phủ: số 58/2010/NĐ-CP
    # ngày 01/6/2010, số 74/2012/NĐ-CP ...": the first here, the others as grouped below.
    listed_under: list[tuple[int, int, str | None]] = []
    for head in _LIST_HEAD.finditer(text):
        first = re.compile(rf"(?:số\s*)?(?P<number>{_NUMBER})(?![\w/])(?:\s*,?\s*{_DATE})?").match(
            text, head.end()
        )
        if first is None or any(start <= first.start() < end for start, end in taken):
            continue
        dated = first if any(first[g] for g in ("year", "dyear", "pyear", "yyear")) else None
        raw.append((first.start(), first.end(), _kind(head["kind"]), first["number"], None, dated))
        taken.append((first.start(), first.end()))
        issuer = " ".join(head["issuer"].split()) if head["issuer"] else None
        last = first.end()
        for item in _list_items(text, first):
            dated = item if any(item[g] for g in ("year", "dyear", "pyear", "yyear")) else None
            raw.append(
                (item.start("number"), item.end(), _kind(head["kind"]), item["number"], None, dated)
            )
            taken.append((item.start("number"), item.end()))
            last = item.end()
        listed_under.append((head.end(), max(_sentence_end(text, head.end()), last), issuer))
    return listed_under


def _issued_before(text: str, raw: _Raw, taken: _Taken) -> dict[int, str]:
    """Acts whose issuer stands between their kind and number, added to ``raw``; their issuers."""
    # The issuer between the kind and the number: "Quyết định của Bộ Chính trị số 31-QĐ/TW".
    issued_before: dict[int, str] = {}
    for match in _KIND_OF_ISSUER.finditer(text):
        if any(
            start <= match.start() < end or start <= match.start("number") < end
            for start, end in taken
        ):
            continue  # the first of a list under its head ("các Quyết định của ... số: ...")
        issuer = " ".join(match["issuer"].split())
        if _read_body(issuer) is None and not _OFFICIAL.match(issuer):
            continue  # "Quyết định của mình số ...": no body between them
        if match["of"] is None and not _ISSUER_FIRST.match(issuer):
            continue  # "Quyết định phê duyệt ... số ...": words of the title, no issuer
        dated = match if any(match[g] for g in ("year", "dyear", "pyear", "yyear")) else None
        raw.append((match.start(), match.end(), _kind(match["kind"]), match["number"], None, dated))
        taken.append((match.start(), match.end()))
        issued_before[match.start()] = issuer
    return issued_before


def _grouped(text: str, raw: _Raw, taken: _Taken) -> None:
    """Numbers grouped after an act's, of its kind, added to ``raw``."""
    # Grouped numbers: "các Nghị định số 58/2010/NĐ-CP, số 74/NĐ-CP".
    # And without "số" again: "các Nghị quyết số 18-NQ/TW, 19-NQ/TW ...", "... và 19-NQ/TW".
    grouped = (
        rf"(?:,\s*(?:và\s+)?|\s+và\s+)(?:số\s+)?(?P<number>{_NUMBER})(?![\w/])"
        rf"(?:\s*,?\s*{_DATE})?"
    )
    for match in re.finditer(grouped, text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        before = [r for r in raw if r[1] <= match.start()]
        if not before or not re.fullmatch(
            r"[\s,]*", text[max(r[1] for r in before) : match.start()]
        ):
            continue
        previous = max(before, key=lambda r: r[1])
        if "số" not in match[0] and _symbol(match["number"]) != _symbol(previous[3] or ""):
            continue  # without "số", only numbers of the same kind and issuer: "18-NQ/TW, 19-NQ/TW"
        dated = match if any(match[g] for g in ("year", "dyear", "pyear", "yyear")) else None
        raw.append((match.start() + 1, match.end(), previous[2], match["number"], None, dated))
        taken.append((match.start(), match.end()))


def _issuer_and_date(
    text: str,
    cited: tuple[int, int, bool, bool],
    read: tuple[str | None, PartialDate | dt.date | None, int],
    issued_before: dict[int, str],
    listed_under: list[tuple[int, int, str | None]],
) -> tuple[str | None, PartialDate | dt.date | None, int]:
    """An act's issuer and date as the text around it gives them, and where its words end.

    ``cited`` is the act's start, the end of what was read of it, whether it is a joint act
    and whether it is named inside another act's title; ``read`` the issuer, date and end
    read right after it.
    """
    start, stop, joint, nested = cited
    issuer, date, after = read
    if issuer is None:
        # An act named in a listed act's title is not one of the list: not its issuer.
        issuer = issued_before.get(start) or next(
            (i for s, e, i in listed_under if s <= start < e and i and not nested), None
        )
    if issuer is not None and date is None:
        dated_after = _DATE_AT.match(text, after)  # "... của Quốc hội khóa XIII ngày ..."
        if dated_after is not None:
            date, after = _date(dated_after), dated_after.end()
    if issuer is None and date is None:
        # "Quy định số 80-QĐ/TW ngày 18/8/20222 của Bộ Chính trị": past a date the copy
        # misprinted (not read), its issuer.
        misprinted = _MISPRINTED_DATE.match(text, stop)
        if misprinted is not None:
            issuer, after = _issuer(text, misprinted.end(), joint)
    if issuer is None and date is not None:
        issuer, after = _bare_issuer(text, stop)
    if issuer is None:
        issuer = _proposer(text[max(0, start - 300) : start])
    if issuer is None:
        # "Quy chế ... do Ban Bí thư Trung ương Đảng ban hành theo Quyết định số ...".
        issued_by = _ISSUED_BY.search(text[max(0, start - 300) : start])
        if issued_by:
            issuer = " ".join(issued_by["issuer"].split())
    if issuer is None and date is None:
        # "Ngày 11/10/2016, A và B đã ký Chương trình phối hợp số ...": said before it.
        signed = _SIGNED_BEFORE.search(text[max(0, start - 300) : start])
        if signed:
            date = _date(signed)
            issuer = " ".join(str(signed["who"]).split())
    return issuer, date, after


#: "của" after an act's name, the words after it, and the number or date that ends them.
_OF_THEN_NUMBER = re.compile(
    rf"\s+của\s+(?P<words>[^;:.()]+?)"
    rf"(?:\s+số\s+(?P<number>{_NUMBER})(?![\w/])|(?=\s*,?\s*{_DATE}))"
)
#: A term after an issuer's name: "Quốc hội khóa XIII".
_TERM = re.compile(r"\s+(?:khóa|khoá|nhiệm\s+kỳ)\b.*$", re.IGNORECASE)


def _name_after_of(text: str, at: int) -> tuple[int, tuple[str, int] | None] | None:
    """Where an act's name that goes on after "của" ends, and its number if one follows.

    A law's name may itself hold "của" ("Luật Hoạt động giám sát của Quốc hội và Hội đồng
    nhân dân"): the words after it are the name's, not its issuer's, when they are not one
    body alone and the number ("số ...") or the date of the act follows them. ``None`` when
    they are its issuer ("... của Quốc hội", "... của Ủy ban Thường vụ Quốc hội khóa XIII").
    """
    from coordprog.importer._grammar import read_body

    said = _OF_THEN_NUMBER.match(text, at)
    if said is None:
        return None
    words = _TERM.sub("", said["words"]).strip()
    body = read_body(words)
    if body is not None and body.end >= len(words.rstrip(" ,")):
        return None  # its issuer, alone
    if len(words.split()) > 12 or re.search(rf"(?<!\w)(?:{_KINDS})(?!\w)", words):
        return None  # another act named after it, or a sentence, not a name
    tail_end = said.end("words")
    if said["number"] is None:
        return tail_end, None
    return tail_end, (said["number"], said.end("number"))


def _symbol(number: str) -> str:
    """A number's symbol, without its figures and year: "NQ/TW" of "18-NQ/TW"."""
    return re.sub(r"^\d+[a-z]?\s?[-/]?\s?(?:(?:19|20)\d\d\s?/\s?)?", "", number).replace(" ", "")


#: The organ of a body, named before it: "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam".
_ORGAN_OF = re.compile(
    r"(?:Đoàn\s+Chủ\s+tịch|Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Ban\s+Bí\s+thư"
    r"|Ban\s+Thường\s+trực|Thường\s+trực|Đảng\s+đoàn|Ban\s+cán\s+sự\s+đảng)\s+"
)


def _body_after_comma(text: str, start: int, end: int, acting: bool = False) -> int | None:
    """Where, in ``text[start:end]``, a comma that a body's name (or an organ's) follows is.

    With ``acting``, only a body that a verb in small letters follows counts: the subject of
    the sentence ("..., Ủy ban nhân dân tỉnh xây dựng Kế hoạch ..."), not a body listed in a
    name ("Quy chế làm việc của Hội đồng nhân dân tỉnh, Thường trực Hội đồng nhân dân tỉnh").
    """
    from coordprog.importer._grammar import read_body

    for comma in re.finditer(rf"(?!{_COUNCILS_COMMA}),\s*", text[start:end]):
        at = start + comma.end()  # "Luật tổ chức HĐND, UBND": the committee is the name's
        organ = _ORGAN_OF.match(text, at)
        body = read_body(text, at) or (read_body(text, organ.end()) if organ else None)
        if body is None:
            continue
        word = re.match(r"\s+(\w+)", text[body.end :])
        if not acting or (word and word[1].islower() and word[1] not in _NAME_GOES_ON):
            return start + comma.start()
        if _subject_acts(text, body.end):
            return start + comma.start()
    return None


#: A body's short form in brackets, then its unit: "Ủy ban nhân dân (UBND) tỉnh Nghệ An".
_SHORT_THEN_UNIT = re.compile(
    r"\s*\((?:[^\W\d_]|&){2,12}\)(?:\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường"
    r"|thị\s+trấn)(?!\w))?"
)
#: The verbs a sentence's subject enacts with, after it: "... ban hành Kế hoạch ...".
_SUBJECT_VERB = re.compile(
    r"\s+(?:ban\s+hành|thống\s+nhất|xây\s+dựng|triển\s+khai)(?!\w)(?!\s+kèm\s+theo)"
)


def _subject_acts(text: str, end: int) -> bool:
    """Whether the body ending at ``end`` begins the sentence's subject, an enacting verb after.

    Past its short form in brackets and its place ("Ủy ban nhân dân (UBND) tỉnh Nghệ An ban
    hành Kế hoạch ..."), or past a second body joined by "và" ("Công an xã Thanh Sơn và Ban
    Chỉ huy quân sự xã Thanh Sơn thống nhất Kế hoạch ..."): the cited act's subject ends
    before it.
    """
    from coordprog.importer._grammar import read_body

    short = _SHORT_THEN_UNIT.match(text, end)
    if short is not None:
        end = short.end()
        while (word := re.match(r"\s+([^\W\d_][\w-]*)", text[end:])) and word[1][:1].isupper():
            end += word.end()
    joined = re.match(r"\s+và\s+", text[end:])
    other = read_body(text, end + joined.end()) if joined else None
    if other is not None:
        end = other.end
    elif short is None:
        return False
    return _enacts_itself(text, end) is not None


def _enacts_itself(text: str, at: int) -> int | None:
    """Where an enacting verb at ``at`` ends, when its sentence enacts the document itself.

    "... ban hành Kế hoạch thực hiện như sau:", "... thống nhất Kế hoạch phối hợp cụ thể như
    sau:": the sentence ends by announcing what follows; an act's title ("... ban hành Quy
    chế ...;") does not.
    """
    verb = _SUBJECT_VERB.match(text, at)
    if verb is None:
        return None
    line_end = text.find("\n", verb.end())
    sentence = text[verb.end() : line_end if line_end != -1 else len(text)].rstrip()
    if not (re.search(r"(?<!\w)như\s+sau\b", sentence) or sentence.endswith(":")):
        return None
    return verb.end()


def _shared_tails(found: list[Citation], text: str) -> list[Citation]:
    """Acts listed together share the date and issuer written after the last of them.

    "Quyết định 217-QĐ/TW, Quyết định 218-QĐ/TW, ngày 12/12/2013 của Bộ
    Chính trị": the first takes the date and issuer of the second.
    """
    for index in range(len(found) - 2, -1, -1):
        current, following = found[index], found[index + 1]
        between = text[current.end : following.start]
        if (
            current.number is not None
            and current.date is None
            and current.issuer is None
            and re.fullmatch(r"[\s,]*(?:và)?\s*", between)
        ):
            year = re.search(r"/((?:19|20)\d\d)/", current.number)
            date = following.date
            if year and date is not None and date.year != int(year[1]):
                date = None  # "số 58/2010/NĐ-CP, số 74/2012/NĐ-CP ngày ... 2012": the last's
            found[index] = attrs.evolve(current, date=date, issuer=following.issuer)
        elif (
            current.number is not None
            and following.number is not None
            and current.issuer is None
            and following.issuer is not None
            and current.kind == following.kind
            and _symbol(current.number) == _symbol(following.number)
            and re.fullmatch(r"[\s,]*(?:và)?\s*", between)
        ):
            # "Nghị quyết số 18/NQ-CP ngày 25/3/2019 và Nghị quyết số 19/NQ-CP ngày 26/3/2019
            # của Chính phủ": acts of one kind and symbol listed together share their issuer.
            found[index] = attrs.evolve(current, issuer=following.issuer)
    return found


#: A date a copy misprinted ("ngày 18/8/20222"), before the act's issuer.
_MISPRINTED_DATE = re.compile(r"\s*,?\s*ngày\s*\d[\d/.\-]*(?=\s*,?\s+của\s)")
#: "do Ban Bí thư ... ban hành (kèm) theo": who issued an instrument is who issued the act.
_ISSUED_BY = re.compile(r"(?<!\w)do\s+(?P<issuer>[^;.\d]+?)\s+ban\s+hành\s+(?:kèm\s+)?theo\s*$")
#: The words that say a body proposes, appraises, reports or gives its opinion on an act
#: ("Xét báo cáo của Phòng Thương mại và Công nghiệp Việt Nam (công văn số ...)").
_PROPOSES = (
    r"(?:đề\s*nghị|đề\s*xuất|thẩm\s*định|thẩm\s*tra|báo\s*cáo"
    r"|ý\s*kiến(?:\s+chỉ\s+đạo)?|chỉ\s*đạo)"
)
#: "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số ...": who proposes is who submits
#: ("trên cơ sở đề xuất của Sở Giáo dục và Đào tạo tại Tờ trình số ..." too);
#: "... và báo cáo thẩm định của Phòng Tư pháp tại văn bản số ...": the body named last;
#: "Xét đề nghị của Trưởng Phòng Giáo dục quận 8 (Công văn số ...)": the act in brackets after
#: who proposes it, a district or ward named by its number; "Sở Nội vụtại Tờ trình số ...":
#: "tại" a copy glued to the name before it (no syllable ends in "tại").
_PROPOSER = re.compile(
    rf"{_PROPOSES}\s*của\s*"
    r"(?P<issuer>(?:(?!\btại\b)(?:[^;.\d]|(?<=[Qq]uận\s)\d{1,2}|(?<=[Pp]hường\s)\d{1,2}))+?)"
    r"(?:\s*,?\s+tại|(?<=[^\W\d_])tại|\s+\()\s*$"
)

#: What a proposal is about, after who made it: "của Bộ Giáo dục và Đào tạo về việc ...".
_PROPOSAL_SUBJECT = re.compile(r"\s+về\s")

#: A further body of the same clause, after a comma or "và": "Sau khi có ý kiến của Bộ A tại
#: Công văn số ..., Bộ B tại Công văn số ...": Bộ B gave the second letter; "Theo đề nghị của
#: Giám đốc Sở A tại Tờ trình số ... và Giám đốc Công an tỉnh tại Công văn số ...".
_FURTHER_PROPOSER = re.compile(r"(?:,|\svà)\s*(?P<issuer>[^,;.\d]+?)\s+tại\s*$")
#: The head of a body who proposes for it: "Giám đốc Công an tỉnh", "Chánh Văn phòng ...".
_HEAD_OF = re.compile(
    r"(?:Giám\s+đốc|Chánh|Trưởng|Chủ\s+tịch|Thủ\s+trưởng|Chỉ\s+huy\s+trưởng|Viện\s+trưởng)"
    r"\s+(?=\S)"
)
#: The clause those bodies are listed in, still open (no ";" or "." since its words).
_PROPOSING = re.compile(rf"{_PROPOSES}\s*của\s[^;.]*$")


def _proposer(before: str) -> str | None:
    """Who proposed or gave an opinion in the act cited right after ``before``, if said.

    "Theo đề nghị của Giám đốc Sở Tư pháp tại Tờ trình số ...": the director; in
    "ý kiến của Bộ A tại Công văn số ..., Bộ B tại Công văn số ..." the second
    letter's is Bộ B, a body named after the comma that lists it.
    """
    proposer = _PROPOSER.search(before)
    if proposer:
        issuer = proposer["issuer"]
        if before.rstrip().endswith("("):  # "đề nghị của Bộ X về việc ... (Tờ trình số ...)"
            issuer = _PROPOSAL_SUBJECT.split(issuer, maxsplit=1)[0]
        return " ".join(issuer.split())
    further = _FURTHER_PROPOSER.search(before)
    if further is None or not _PROPOSING.search(before[: further.start()]):
        return None
    issuer = further["issuer"].strip()
    head = _HEAD_OF.match(issuer)
    body = issuer[head.end() :] if head else issuer
    if (head or _ISSUER_FIRST.match(f"{body} ")) and _read_body(body) is not None:
        return " ".join(issuer.split())
    return None


#: "Ngày 11/10/2016, A và B đã ký ...", or the second of such clauses after a comma ("...,
#: ngày 19 tháng 6 năm 1998, Thủ tướng Chính phủ đã ban hành Chỉ thị số ...").
_SIGNED_BEFORE = re.compile(
    rf"(?:^|[.;]\s*|,\s+(?=ngày\s))(?i:{_DATE})\s*,\s*(?P<who>[^,.;]+?)\s+(?:đã\s+)?"
    r"(?:ký(?:\s+kết)?|ban\s+hành)\s*$"
)

#: "Quyết định của Bộ Chính trị số31-QĐ/TW, ngày 01-10-1997": the issuer before the number.
_KIND_OF_ISSUER = re.compile(
    rf"(?<!\w)(?P<kind>{_KINDS})\s+(?P<of>của\s+)?(?P<issuer>[^;:.()\d]{{2,80}}?)\s*,?\s+số\s*:?\s*"
    rf"(?P<number>{_NUMBER})(?![\w/])(?:\s*,?\s*{_DATE})?"
)
#: An issuer named right after the kind, without "của", starts with a body's word: "Thông tư
#: liên tịch Bộ Kế hoạch & Đầu tư và Bộ Tài chính số 01/2003/TTLT/BKH-BTC".
_ISSUER_FIRST = re.compile(
    r"(?:Bộ|Liên\s+bộ|Ủy\s+ban|Uỷ\s+ban|Tòa\s+án|Toà\s+án|Viện|Văn\s+phòng|Chính\s+phủ"
    r"|Thủ\s+tướng|Tổng\s+Liên\s+đoàn|Ban\s+(?!hành\b)\w+|Hội\s+đồng)\s"
)


def _read_body(text: str) -> object:
    from coordprog.importer._grammar import read_body

    return read_body(text)


#: A further item of a list under its head, after the title of the one before and a ";".
_LIST_ITEM = re.compile(rf";\s*(?:số\s*)?(?P<number>{_NUMBER})(?![\w/])(?:\s*,?\s*{_DATE})?")


def _list_items(text: str, first: re.Match[str]) -> Iterator[re.Match[str]]:
    """The items after ``first`` of a list under its head, each after a ";".

    "các Quyết định của Thủ tướng Chính phủ số: 1521/QĐ-TTg ngày ... ban hành
    ...; 21/2021/QĐ-TTg ngày ... quy định ...; 25/2021/QĐ-TTg ...": a number
    with the first's symbol starts each, until a clause starts otherwise. An
    item's name may hold a semicolon of its own ("số 158/NQ-HĐND ... về dự
    toán thu ngân sách nhà nước trên địa bàn; thu chi ngân sách địa phương năm
    2022; số 163/NQ-HĐND ..."): words in small letters after it, with the next
    item right after them, go on with the name.
    """
    symbol = _symbol(first["number"])
    at = first.end()
    while True:
        semicolon = text.find(";", at)
        sentence = re.compile(r"\.\s|\.$").search(text, at)
        if semicolon < 0 or (sentence is not None and sentence.start() < semicolon):
            return
        item = _LIST_ITEM.match(text, semicolon)
        goes_on = _ITEM_NAME_GOES_ON.match(text, semicolon) if item is None else None
        if goes_on is not None:
            item = _LIST_ITEM.match(text, goes_on.end() - 1)
        if item is None or _symbol(item["number"]) != symbol:
            return
        yield item
        at = item.end()


#: Words in small letters, without an act's number, up to the next semicolon: a name going on.
_ITEM_NAME_GOES_ON = re.compile(r";\s*[a-zđà-ỹ][^;.:/]*;")


#: "các Nghị định của Chính phủ:", "các Quyết định của Thủ tướng Chính phủ số:": a list's head.
_LIST_HEAD = re.compile(
    rf"\bcác\s+(?P<kind>{_KINDS})(?:\s+của\s+(?P<issuer>[^:;.()]+?))?\s*(?:số\s*)?:\s*"
)

# "... và Điều 2 Quyết định ...": an article of the act listed is still the act listed.
_LISTED = re.compile(
    r"(?:^|[,;:]|\bvà|\bhoặc|\bcác|[Cc]ăn\s*cứ|Thực\s*hiện|Thi\s*hành|\btại)\s*"
    r"(?:(?:[Kk]hoản\s+\d+\s+)?Điều\s+\d+\w?\s+(?:của\s+)?)?$"
)


#: The words before an act that amends the one cited: "Nghị định số 24/2014/NĐ-CP được sửa
#: đổi, bổ sung bởi Nghị định số 107/2020/NĐ-CP" (the basis is the act as amended: both).
_AMENDED_BY = re.compile(
    r"(?:được|đã\s+được)\s+sửa\s+đổi(?:\s*,\s*bổ\s+sung)?(?:\s+một\s+số\s+điều)?"
    r"\s+(?:bởi|theo|tại)\s+(?:các\s+)?$"
)


def _beside_nested(text: str, found: list[Citation], start: int, kind: LegalKind) -> bool:
    """Whether the act named at ``start`` is listed beside an act of its kind named in a title.

    "Luật số 47/2019/QH14 sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật
    Tổ chức chính quyền địa phương": both laws after "của" are named in the title.
    """
    if not found or not found[-1].nested or found[-1].kind is not kind:
        return False
    return re.fullmatch(r"[\s,]*(?:và|hoặc)?\s*", text[found[-1].end : start]) is not None


def _listed(text: str, start: int) -> bool:
    """Whether the act at ``start`` is listed beside the one before, not named in its title.

    Articles listed before it ("... hướng dẫn thi hành các Điều 11, Điều 22 và Điều 26 của
    Pháp lệnh ...") are the articles of one act, named in the title of the one before.
    """
    window = text[max(0, start - 40) : start]
    listed = _LISTED.search(window)
    if listed is None:
        return False
    return not (
        "Điều" in listed[0]
        and re.search(r"Điều\s+\d+\w?\s*,?\s*$", text[: max(0, start - 40) + listed.start()])
    )


def _group_limit(
    raw: list[tuple[int, int, LegalKind, str | None, str | None, re.Match[str] | None]],
    index: int,
    text: str,
) -> int:
    """Where the title of the act at ``index`` stops: before the next act listed beside it."""
    for start, *_ in raw[index + 1 :]:
        if _listed(text, start):
            # "... và Điều 2 Quyết định ...": before the article that names the next act.
            article = re.search(r"(?:[Kk]hoản\s+\d+\s+)?Điều\s+\d+\w?\s+(?:của\s+)?$", text[:start])
            if article is not None and article.start() >= start - 40:
                return article.start()
            return start
    return len(text)


def _sentence_end(text: str, at: int) -> int:
    stop = re.compile(r";|\.\s|\.$").search(text, at)
    return stop.start() if stop else len(text)


def parse_citation(text: str) -> Citation | None:
    """The first citation of an act in ``text`` (see :func:`find_citations`), or ``None``.

    >>> citation = parse_citation("Kết luận số 65-KL/TW, ngày 30/10/2019 của Bộ Chính trị")
    >>> citation.number, citation.date, citation.issuer
    ('65-KL/TW', datetime.date(2019, 10, 30), 'Bộ Chính trị')

    .. versionadded:: 0.2.0
    """
    found = find_citations(text)
    return found[0] if found else None
