"""The held-out import corpus, and the scorer that measures the importer on it.

The corpus is well formed, the scorer's rules do what its README says, and the development
set's score does not fall below the baseline.

The evaluation set is never scored here: whoever tunes the importer must not see its documents'
results, and a test that printed them on failure would show them.
"""

import datetime as dt
import hashlib
import json
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, ClassVar

import pytest
from benchmarks import import_facts, import_score
from benchmarks.import_match import (
    ACT_KINDS,
    DECISION_KINDS,
    DOCUMENT_KINDS,
    MISSING,
    RECOVERED,
    WRONG,
    Outcome,
    compare,
    is_flagged,
)

import coordprog

CORPUS = import_facts.CORPUS
SLUGS = sorted(path.parent.name for path in CORPUS.glob("*/facts.toml"))

#: The floor the development set must score (docs/import.md, "Measured on documents it was
#: not written from"): 97.0% of the 77 documents drafted as programs today (the two fifth
#: rounds' fifteen letters, guidance, Party texts and decisions, harder than the first 49,
#: brought the share down from 95.2% to 92.4% before the importer changed for them; the eighth
#: round's two Party texts to 94.4%; the ninth round's eleven, 91.9% of their facts before the
#: acts they cite were read), a draft for every document, and the signing parties found in at
#: least 90% of them (79 of 80 today).
#: The share is of the documents drafted as programs: a review report is drafted as records,
#: which hold no acts, kind or province (their issuers are the outcome's bodies, by name)
#: (tests/import_corpus/README.md, "review"), so its documents have their own floor, of
#: the facts a records file holds (38 of the 69 facts of the seventh and fourteenth rounds' six
#: records today: titles, numbers, dates, places, issuers, what was reviewed, a window, the
#: meeting, its date, place, chairs and presenters, the next year's plan).
#: The tenth round's seven (who issues: letterheads cut, stacked or shared) scored 184 of their
#: 216 facts, 2 of 9 wrong facts unflagged, before the importer changed for them; 204 after,
#: the parties found in all seven. The two left unflagged are kinds no type line gives (a
#: circular whose copy lost "THÔNG TƯ" read as the rules its title's verb "Quy định" names; a
#: "CHƯƠNG TRÌNH HÀNH ĐỘNG" read as a program), the document kinds' policy. Both are flagged
#: now: the kind when the number's symbol names another ("12/2025/TT-..." over "QUY ĐỊNH ..."),
#: and "CHƯƠNG TRÌNH HÀNH ĐỘNG" is a program in the scorer's type lines.
#: The eleventh round's eight (acts and the document's own facts) brought the share to
#: 95.9% and four more wrong facts unflagged before the importer changed for them; reading
#: their acts (glued and damaged dates and "số", lists after ";", articles listed in a title,
#: a congress's resolution, bodies whose name holds "Luật") brought it (with the
#: tenth round's changes) to 97.5%, parties in 93 of 95. Three wrong facts are still not
#: flagged, none of them an act: the three articles of a decision whose copy drops its type
#: line and titles itself "V/V ..." (read as a letter, its articles' first sentences as
#: captions). It is read as the decision it is now (its number's symbol "QĐ"): none is left.
#: The twelfth round's five (the document's own number, date and place where a copy prints
#: them oddly, a page's own list of acts before the document) scored 79 of their 91 facts, one
#: wrong fact not flagged (a place read with the motto's last word), before the importer
#: changed for them; 84 after, every wrong fact of theirs flagged (the number after a
#: letterhead on its line, the place after the motto, a 1990s number, a date of another year
#: than the act's number): 97.5% of the programs' facts, 100 drafts, parties in 97; with the
#: others' changes of the round, 97.8% (2876 of 2942).
#: The thirteenth round's three brought the share to 97.5% before the importer changed for
#: them; their joint circular has its four parties once the enacting sentence is read (100
#: of 103 documents today).
#: The sixteenth round's seven (acts amended, cited by title, damaged numbers and kinds; a
#: place broken across lines) scored 176 of their 201 facts, two wrong facts unflagged (an
#: issuer cut by the copy's end, "của Chính ph"; a place read without the line before it),
#: before the importer changed for them: 97.3% of the programs' facts (97.2% with the
#: seventeenth round's four, landed before them: 3251 of 3342).
#: The fifteenth round's six (several bodies sharing a letterhead) keep it at 97.2% (3424 of
#: 3522 with both rounds, 3426 with the recipients read whole) before the importer changes for
#: them. Reading the sixteenth round's acts and places (a hyphen printed as a space or followed
#: by one inside a number, "B luật", a place with a dash, an issuer cut inside a word left out
#: and flagged, a law named again with its year misprinted one act) brings it to 97.8% (3445 of
#: 3522), the sixteenth round's wrong facts all flagged; reading the fifteenth round's numbers
#: (above) brings it to 98.1% (3456 of 3522); 98.4% (3464) with the signatures read since.
#: The nineteenth round's six (who issues and signs: a joint circular of six bodies, a city's
#: Labour Federation under its superior's line, Chairmen's decisions whose letterhead or
#: enacting line drops the province) scored 152 of their 169 facts before the importer changed
#: for them, which brings the share to 98.0% (3616 of 3691); their organs transcribed as
#: printed and the importer reading them (a Chairman's own letterhead, a letterhead that keeps
#: only its superior's line, an authority line broken in its board) take them to 165 of 169.
#: The twentieth round's seven (acts cited in forms the development set held few of:
#: programmes and charters named without number, laws "được Quốc hội ... thông qua ngày ...",
#: amending ordinances by title, Party texts in a news item, acts cited in the body) scored
#: 116 of their 152 facts before the importer changed for them, every wrong fact flagged:
#: 97.1% of the programs' facts with the nineteenth round's (3732 of 3843). Reading their acts
#: (named acts listed after commas, a name ended by "bao gồm" or by the organ that acts after a
#: comma, a law "được Quốc hội ... thông qua ngày ...", a work programme carried out by name,
#: flagged; the acts of a copy that prints no opening) brings them to 142 and the share to
#: 97.8% (3758 of 3843); a number whose symbol a copy printed twice ("37-NQ/TW NQ/TW ngày
#: ...") and a "của" damaged to "ca" before a body, to 97.9% (3761). The nineteenth round's
#: readers (above) and a ministry printed beside its number on its row, with the bodies of a
#: joint number's symbol that the text names, bring it to 98.3% (3778 of 3844).
#: The twenty-first round's four (who issues a joint text: two ministries on one letterhead
#: line, one of whose names holds a " - ", or cut after a comma; a third ministry the two agreed
#: with; a consolidated text of one ministry naming two) scored 118 of their 122 facts before
#: the importer changed for them, their parties all found: 98.3% (3897 of 3966) with them.
#: Two readings of a ministry one with its hyphen spaced otherwise ("Bộ Lao động- Thương binh")
#: or cut before it ("BỘ LAO ĐỘNG,"), one body; the bodies a clause of consultation names
#: ("Sau khi thống nhất với Bộ Tài chính, ...") no parties; an issuer ended before "trong lĩnh
#: vực": 121 of 122, the share 98.3% (3900 of 3966).
#: The twenty-third round's six (district texts, a Supreme Court decision, provincial decisions
#: citing acts by title only, by a short name, or with their issuer before their date) scored
#: 204 of their 235 facts before the importer changed for them, six wrong facts unflagged:
#: 97.6% of the programs' facts (3983 of 4079). Reading a district or ward named by its number
#: ("QUẬN 11", "Quận 11, ngày ..."), a code printed "Bộ Luật", an ordinance named by what it is
#: about up to its date and an issuer ended by the verb of the act's subject brings it to 98.2%
#: (4005 of 4079); a page printed on one line with its day left blank ("Giá Rai, ngày tháng
#: năm 2013" read as the decision's year, its Chairman's enacting line kept whole) to 98.3% (4009).
#: With the twenty-first to twenty-third rounds together: 98.4% (4132 of 4201).
#: The twenty-fifth round's five central texts (a Prime Minister's decision from a database
#: that writes its signature in words, two decisions of a minister heading a committee, a
#: plan decision, a letter) scored 143 of their 155 facts before the importer changed for
#: them, one wrong fact unflagged; a signature written in words over "(Đã ký)", an authority
#: kept without its dot and "BỘ TRƯỞNG, CHỦ NHIỆM ..." read as the deciding organ bring them
#: to 149, the programs' share to 98.5% (4290 of 4356).
#: The twenty-fourth round's four (plans carrying out a decision, directive or letter) scored
#: 46 of their 56 facts before the importer changed for them: 98.4% (4187 of 4257). A title
#: ending with a season's two years ("mùa khô năm 2019 - 2020") read as the period: 4189.
#: Both rounds together: 98.3% (4338 of 4412).
#: The twenty-sixth round's six (provincial texts that promulgate or are a quy chế phối hợp,
#: from provinces the set held none of or few) scored 232 of their 238 facts before the
#: importer changed for them: 98.28% (4570 of 4650), just under the floor of 98.3%.
#: Departments printed under their province's committee, each the province's (a short name
#: with a spaced "&" kept whole), and short forms in brackets read past in a citation ("Luật An
#: toàn thực phẩm (ATTP) ngày ...", "... (NN&PTNT) - Bộ Công Thương") bring it to 98.4% (4574).
#: A last recipient the copy ends inside a word ("- Đoàn Đại biểu Quốc h") is left out, flagged:
#: two wrong facts fewer, none more recovered. A working team named with its capital when a
#: title is re-cased ("Tổ công tác ..."): 4575.
#: The twenty-seventh round's four joint circulars of central bodies (openings: two ministries
#: on one letterhead line, one from a scan that damaged the number's year and the place, one
#: whose letterhead and number disagree, one without letterhead) scored 124 of their 161 facts
#: before the importer changed for them: 97.5% of the programs' facts (4462 of 4573). Reading
#: a scan's misread letters ("Ð" for "Đ", "sổ" for "số", "Cân cứ", a type line with one small
#: letter, a place one letter off its province), an enacting sentence run on after the basis
#: with heads joined by "và" ("Bộ trưởng, Chủ nhiệm ..."), a joint circular's issuers between
#: its kind and "số", a year glued to "năm" and an act cited again with a slash in its symbol
#: brings them to 151 of 161, the share to 98.2% (4489 of 4573). The round's fifth, three
#: ministries after a clause of consultation naming two more and their letters, scored 25 of
#: its 26 facts before the importer changed for it: 98.2% (4514 of 4599); a ministry written
#: with a comma and with a dash read as one party, and the body of a letter listed after a
#: comma in a clause of opinions as its issuer, bring it to 26 and the share to 4515 (on the
#: 163 and the twenty-seventh round alone). The twenty-sixth and twenty-seventh rounds
#: together, with their changes: 98.2% (4752 of 4837).
#: The twenty-eighth round's five plans (two whole, of a department and of a province, whose
#: 119 tasks say who leads and supports them; three openings) scored 156 of their 474 facts
#: with the importer they were found with (none of the 303 facts of their tasks), 103 of the
#: tasks with the same day's reading of role lines, written from invented text and a review,
#: before their own changes: 94.3% (5011 of 5311, with the twenty-sixth and twenty-seventh
#: rounds). A line naming a group's lead and supporting units after its tasks ("Đơn vị chủ
#: trì: A; Đơn vị phối hợp: B, C."), the part that gives each body its tasks under its name
#: ("2. Sở Nông nghiệp và Môi trường", "3. Thuế tỉnh"), "Chủ trì, phối hợp với A ..." and a
#: law named "... số số 71/2025/QH15" read bring the tasks to 199 of 320: 96.2% (5109 of 5311).
#: The twenty-ninth round's three district texts of Hồ Chí Minh City (a decision approving a
#: charter, whole with its signature; a decision whose page drops its type line, title and
#: signer; a district People's Council's resolution whose title runs on into the council's
#: name) scored 98 of their 126 facts before the importer changed for them. A district
#: office's number after a dot ("931/TTr-PGD.Q8") and a proposal's act in brackets after its
#: author, an authority's mark alone on its line ("TM." / "ỦY BAN NHÂN DÂN"), a title run on
#: into the deciding council's name and a decision approving the instrument printed with it
#: ("phê duyệt Điều lệ ... (kèm theo Quyết định)") bring them to 115 (a Hà Nội decision
#: approving a plan gains three). The round's fourth, a district People's Council's
#: resolution, scored 33 of its 36 facts before the importer changed for it; an amending law
#: written with a capital ("Luật Sửa đổi, bổ sung ...") read to its year, a recipient's dash
#: alone on its line, and the record of a congress cited as basis ("biên bản Đại hội ...")
#: bring the round's four to 150 of their 162 facts (three wrong, all flagged). The
#: twenty-sixth to twenty-ninth rounds together, with their changes: 96.2% (5263 of 5473).
#: A title printed in capitals taking the capitals its body writes the same five words with
#: ("Đề án Giảm thiểu ...", "Dự án 3 và Dự án 4"): 96.3% (5272).
#: The thirtieth round's six provincial decisions promulgating a coordination regulation scored
#: 242 of their 247 facts before the importer changed for them (two wrong, both flagged: the
#: regulation's title read from its heading cut by the copy's end, and from an Điều 1 naming
#: it at more length than the decision's title): 96.2% (5505 of 5720).
#: it at more length than the decision's title): 96.2% (5505 of 5720). A heading the copy's
#: end cuts named as the decision names the instrument whole: 5507 of 5720.
#: end cuts named as the decision names the instrument whole: 5507 of 5720; an issuer whole
#: before the title the copy's end cuts ("... tỉnh Điện Biên Ban h") kept: 5508.
#: before the title the copy's end cuts ("... tỉnh Điện Biên Ban h") kept: 5508. A scheme's
#: name re-cased with its capital ("Đề án Tăng cường ..."): 5511 (96.3%).
#: The thirty-first round's four texts drafted as programs (a joint circular, two decisions,
#: a joint programme printed after a portal's record) scored 61 of their 83 facts before the
#: importer changed for them, the programme none of its ten: the floor is lowered with them to
#: 95.8% (5324 of 5556), not for any draft that got worse.
#: 95.8% (5324 of 5556), not for any draft that got worse. With the changes for them (a
#: head's line under a title, a legislature's term spaced from its symbol, a portal's record,
#: a ministry's name before another body's standing organ, names' capitals in re-cased
#: titles), the four score 76 of 83 and the programs 96.1% (5342 of 5556); with a country's
#: name re-cased and a decision approving a programme it sets out itself ("Phê duyệt Chương
#: trình ... với các nội dung chủ yếu sau đây:") read as promulgating it, 80 of 83 and 96.2%
#: (5346 of 5556).
#: The thirty-second round's six plans of provincial People's Committees (openings, none with
#: tasks) scored 139 of their 149 facts with the importer they were found with, three wrong,
#: one flagged: 96.09% of the programs' facts (5402 of 5622), under the floor of 96.1% the
#: earlier rounds had reached, which is lowered to 96.0% with them until the importer changes
#: for them.
#: The thirtieth to thirty-fifth rounds with their changes and the session's review: 96.5%
#: (6021 of 6233).
#: The thirty-seventh round's three district plans (openings; a letterhead broken inside its
#: words, a parent line over the issuing committee, a copy without letterhead) scored 38 of
#: their 58 facts with the importer they were found with: the programs' share 96.3% (6059 of
#: 6291), under the floor, which is lowered to 96.3% with them until the importer changes for
#: them. With its changes and the thirty-sixth, thirty-eighth and thirty-ninth rounds': 96.5%
#: (6383 of 6614).
#: The forty-third round's three decisions (signature blocks without a name line, one of
#: two levels read beside the recipients; a ministry's scan with its page heading first)
#: scored 88 of their 114 facts with the importer they were found with: the programs' share
#: 96.2% (6471 of 6728), under the floor, which is lowered to 96.1% with them until the
#: importer changes for them. With the changes for them (an instrument Điều 1 names in
#: quotation marks or after "này," taking the kind its name gives, a post beside a recipient
#: with a scan's stray colon read into its signature, a scan's misread "TRƯỚNG", "Điêu 3" and
#: "Chỉnh phủ" read as the words they stand for): 96.3% (6479 of 6728).
#: The forty-first round's three commune and ward texts (openings of commune portals' pages: a
#: plan with a letterhead of the committee over its commune, a plan whose number is blank, a
#: ward's notice without letterhead) scored 77 of their 92 facts with the importer they were
#: found with: the programs' share 96.3% (6460 of 6706), under the floor, which is lowered to
#: 96.3% with them until the importer changes for them.
#: 96.3% with them until the importer changes for them. With a page's posting stamp ending the
#: title it prints: 96.39% (6464 of 6706), still under 96.4%.
#: title it prints: 96.39% (6464 of 6706), still under 96.4%. With a motto misprinted "CỘNG
#: HÕA" left out of the letterhead beside it: 96.4% (6466 of 6706).
#: HÕA" left out of the letterhead beside it: 96.4% (6466 of 6706). With the ward's committee
#: its notice's sentence names, and a title's year before the area it covers ("... năm 2025
#: trên địa bàn xã Xuân Tín", round 37's U Minh Thượng plan's too) read as the plan's: 96.5%
#: (6472 of 6706).
#: The forty-second round's three provincial plans and programme carrying out a central
#: programme (openings; a copy that drops the letterhead's province, the type line and the
#: title) scored 70 of their 78 facts with the importer they were found with: the programs'
#: share 96.4% (6453 of 6692), under the floor, which is lowered to 96.4% with them until the
#: importer changes for them. With its change (a committee the text calls a province's not
#: placed in the city of its place line): 96.46% (6455 of 6692), still under 96.5%. A listed
#: act's name holding a semicolon of its own ("... trên địa bàn; thu chi ngân sách địa phương
#: năm 2022; số 163/NQ-HĐND ...") no longer ends the list: 96.5% (6459 of 6692).
#: The thirty-sixth to forty-third rounds landed together with their changes and a review's:
#: 96.3%, the forty-third round's scans (a ministry's decision whose first page is garbled)
#: scoring lowest.
#: The forty-fourth round's three provincial decisions promulgating a coordination regulation
#: (a copy gluing words where its lines were joined, one without type line or title, one
#: whose title and articles are partly lost) scored 132 of their 147 facts with the importer
#: they were found with: the programs' share 96.26% (6928 of 7197), under the floor, which is
#: lowered to 96.2% with them until the importer changes for them. With the changes for them
#: (a number after the letterhead's rule on one row, an instrument that lost its type line
#: naming its kind in its first clause, a joint circular's number spaced before "&" and its
#: issuer ended by words a copy glued, an issuer glued to the year before it): 96.4% (6940 of
#: 7197).
#: The forty-sixth round's three decisions that promulgate a regulation between a People's
#: Committee and a mass organisation scored 90 of their 101 facts with the importer they were
#: found with: the programs' share 96.29% (6886 of 7151), under the floor, which is lowered to
#: 96.2% with them until the importer changes for them. With the issuer's bracketed note
#: transcribed as the corpus writes it ("Hội đồng Bộ trưởng (nay là Chính phủ)") and a
#: guidance's quoted article no longer given a sentence as its caption: 96.31% (6887 of
#: 7151), back at 96.3%. A signer's name printed in capitals under "Đã ký" ("NGUYỄN MINH
#: ĐĂNG") read since: 96.36% (6891 of 7151). A union's charter named in small letters
#: ("Căn cứ điều lệ Hội Liên hiệp Phụ nữ Việt Nam") and the law on councils and committees
#: under its short spellings ("HĐND, UBND", "HĐND-UBND", "... các cấp ban hành ngày ...") read
#: as one act: 96.41% (6894 of 7151). A submission's proposer glued to "tại", and two words a
#: title glued split as the text writes them ("QUY CHẾPHỐI HỢP", "BANHÀNH"): 96.45% (6897 of
#: 7151).
#: The forty-fourth to forty-eighth rounds landed together: 96.60% (7309 of 7566).
#: The forty-ninth round's two ministers' decisions promulgating their ministries' working
#: regulations add 62 facts, 54 recovered before the importer changed for them (the draft's
#: share falls with them, as an untuned round's does): 96.52% (7363 of 7628). With the
#: fiftieth round and both rounds' fixes landed: 96.58% (7404 of 7666).
#: The fifty-third round's three joint circulars of five and six central bodies add 101 facts,
#: 85 recovered before the importer changed for them (the sixteen organs their enacting
#: sentences name, "Bộ trưởng Bộ Công an, ..., Chánh án ...", none read): 96.45% (7491 of
#: 7767), under the floor, which is lowered to 96.4% with them until the importer changes for
#: them. With the organs read after "liên tịch" and under a title that begins with a type's
#: words, and the cut caption left out: 96.65% (7507 of 7767), the floor raised to 96.6%.
#: The fifty-fourth round's two central decisions add 62 facts, 61 recovered before the
#: importer changed for them (the number printed "Số 313/2004/QĐ-BKH" in a letterhead cell,
#: without its colon, missing): 96.62% (7467 of 7728). Read since: 96.64% (7468 of 7728).
#: The fifty-first round's three letters add 70 facts, 59 recovered before the importer
#: changed for them; with its fixes (recipients broken after commas, a post glued to its
#: signer's name, a report's letter's issuer): 96.61% (7474 of 7736).
#: The fifty-fifth round's four provincial plans of 2025 add 106 facts, all recovered before the
#: importer changed for them: 96.65% (7512 of 7772).
#: The fifty-first to fifty-fifth rounds landed together: 96.71% (7810 of 8076).
#: The fifty-sixth round's three texts issued through a standing organ add 117 facts, 103
#: recovered before the importer changed for them: 96.48% (7509 of 7783), under the floor,
#: which is lowered to 96.4% with them until the importer changes for them. With the
#: province that closes a list of bodies placing each of them, and the organ with it: 96.56%
#: (7515 of 7783), back at 96.5%. With the Front's "Thông tri" read as an act: 96.62% (7520 of
#: 7783). The fifty-first to fifty-sixth rounds landed together: 96.72% (7924 of 8193).
#: The fifty-seventh round's three provincial decisions add 156 facts, 153 recovered before
#: the importer changed for them: 96.74% (8077 of 8349). With an article's number printed on
#: the line after "Điều" read as its heading: 96.78% (8080 of 8349).
#: The sixtieth round's three decisions of the Committee for Ethnic Minority Affairs add 114
#: facts, 110 recovered before the importer changed for them: 96.77% (8190 of 8463). With a
#: recipient cut after its first letters left out, an instrument's name read without the
#: purpose Article 1 gives after it, and a counted span of years ("5 năm 2021 - 2025") read
#: as the period: 96.82% (8194 of 8463), the floor raised to 96.8%.
#: The fifty-ninth round's two joint texts of provincial departments and sectors add 100
#: facts, 85 recovered before the importer changed for them: 96.64% (8165 of 8449), under the
#: floor, which is lowered to 96.6% with them until the importer changes for them. With a
#: committee over a line of sectors no party, a law's number after its short form and an
#: amending law's own number read, a procuracy and a court listed without "nhân dân" two
#: bodies, a joint guidance's type whole (and held by the scorer as a guidance's): 96.78%
#: (8177 of 8449), back at 96.7%. The sixtieth and fifty-ninth rounds landed together: 96.82%
#: (8291 of 8563), the floor at 96.8%.
#: The fifty-eighth round's three district texts add 93 facts, 86 recovered before the
#: importer changed for them: 96.73% (8166 of 8442). With the count of an instrument's parts
#: left out of its name, a type line that lost its last letter, and a day parted by a line's
#: end read whole: 96.79% (8171 of 8442), the round's 91 of its 93, none wrong. With the
#: sixtieth and fifty-ninth rounds: 96.83% (8382 of 8656), the floor at 96.8%.
#: The sixty-first round's three older joint circulars add 75 facts, 72 recovered before the
#: importer changed for them: 96.77% (8152 of 8424). With an old joint heading's bodies,
#: number and date before its title ("BỘ Y TẾ - ... SỐ ... NGÀY ... HƯỚNG DẪN ...") and the
#: date and issuer of an act recalled after a comma ("..., ngày ..., Thủ tướng Chính phủ đã
#: ban hành Chỉ thị số ...") read: 96.81% (8155 of 8424), the floor raised to 96.8%. With
#: the fifty-eighth to sixtieth rounds: 96.86% (8457 of 8731).
#: The sixty-second round's three plans (a district office's, two schools' Young Pioneer
#: brigades') add 42 facts, 20 recovered before the importer changed for them: 96.53% (8100
#: of 8391), the floor lowered to 96.5% for them. With a page's lines above the letterhead no
#: opening, a number's symbol after a space, a school year no period and a school's Pioneer
#: brigade under its district's council the party: 96.68% (8112 of 8391), the floor at 96.6%.
#: Landed after the fifty-eighth to sixty-first rounds: 96.79% (8491 of 8773), the floor at
#: 96.7% (it was 96.8% before this round's twenty-two facts missed untuned).
#: The sixty-fourth round's three provincial decisions promulgating a coordination regulation
#: (Quảng Ninh 2014, Cao Bằng 2018, Hà Nam 2018) add 140 facts, all recovered before any
#: change: 96.84% (8631 of 8913); the floor stays at 96.7%, for rounds landing beside it.
#: The sixty-sixth round's three (a Hanoi department's letter, a ministry's plan, the
#: Veterans' Association's guidance without letterhead) add 68 facts, 47 recovered before the
#: importer changed for them: 96.57% (8538 of 8841), the floor lowered to 96.6% for them once
#: read. With a short form in brackets after a cited act's issuer read past and a heading
#: "TYPE: title" read as the type line and the title: 96.63% (8543 of 8841), the floor at 96.6%.
#: With a steering board named by its subject before its association the party: 96.65% (8545).
#: The sixty-third to sixty-seventh rounds landed together: 96.74% (8845 of 9143), the floor
#: back at 96.7%.
#: The sixty-eighth round's three central decisions add 109 facts, all recovered before the
#: importer changed for them (the procuracy's regulation's first chapter, whose title the copy
#: cuts, transcribed by its number): 96.78% (8954 of 9252); the floor stays at 96.7%.
#: The seventieth round's ministry letter adds 12 facts, 9 recovered before the importer
#: changed for it; with a subject run on after the number on its line read as the title:
#: 96.72% (8855 of 9155), the floor stays at 96.7%.
#: The sixty-third to seventy-first rounds landed together: 96.86% (9163 of 9460), the floor
#: at 96.8%.
#: The seventy-sixth round's three provincial plans carrying out a higher body's programme or
#: scheme (Thái Bình 2021, Đắk Lắk 2017, Hải Dương 2021) add 62 facts, all recovered before
#: any change: 96.88% (9225 of 9522); the floor stays at 96.8%.
#: The seventy-fourth round's three joint instruments of central bodies (the Government and
#: the Front's joint resolution of 2008, a joint circular of 2008 from a sharing site that
#: drops stop words, one of 2014) add 90 facts, 62 recovered before the importer changed for
#: them: 96.60% (9225 of 9550). With a line of issuers broken before its last words ending
#: the title, an article's first sentence naming the document no caption, a clause's number
#: alone on its line, an acronym kept in a re-cased title and the stop-word copy unfolded:
#: 96.73% (9238 of 9550), the floor at 96.7% for them.
#: The seventy-second round's three provincial decisions promulgating a coordination regulation
#: (Hậu Giang 2013, Hà Nam 2019, Hà Giang 2019) add 118 facts, all recovered before any change:
#: 96.90% (9281 of 9578); the floor stays at 96.8%.
#: The seventy-third round's three provincial decisions promulgating a coordination regulation
#: on managing foreigners (Phú Thọ's Chairman 2025, An Giang 2025, Hà Nam 2024) add 122 facts,
#: 121 recovered before the importer changed for them (An Giang's period start, its effect
#: clause bare after "QUYẾT ĐỊNH:", read since): 96.90% (9285 of 9582); the floor stays at 96.8%.
#: The seventy-seventh round's three central decisions add 103 facts, all recovered before
#: any change: 96.89% (9266 of 9563); the floor stays at 96.8%.
#: The seventy-second to seventy-seventh rounds landed together, with the lead's fixes for a
#: title in capitals and a signing date with slashes: 96.90% (9672 of 9981), the floor at
#: 96.9%.
#: The seventy-ninth round's two (the Hanoi Women's Union's plan, the Quảng Trị Department's
#: guidance) add 35 facts, 29 recovered before the importer changed for them (96.86%, 9701 of
#: 10016, under the floor), 34 since (a plan's issuer ended before "chỉ đạo", a decision
#: cited "Quyết định 'Số ..." read): 96.905% (9706 of 10016); the floor stays at 96.9%.
#: The seventy-eighth and seventy-ninth rounds landed together (the seventy-eighth's three
#: decisions all recovered): 96.94% (9826 of 10136); the floor stays at 96.9%.
#: The eightieth round's three portal records of review meetings are drafted as records since
#: the importer changed for them, and add no program facts: 96.94% (9826 of 10136).
#: The eighty-first round's three texts of the merged bodies add 100 facts, all recovered
#: since the importer changed for them; with the eightieth round and the hunts of the same
#: session landed together (a joint resolution that promulgates read as its regulation's
#: promulgation, acts after a small "căn cứ" listed as a basis): 97.01% (9930 of 10236), the
#: floor at 97.0%.
BASELINE_RECOVERED_SHARE = 0.970
#: Drafts for all 154 development texts and the parties all found in 148 (with the fifteenth to
#: twenty-third rounds and their changes; the twenty-second round's five have their parties
#: found: three ministries' letters, a report that names none, a joint report of two bodies).
#: A central issuer a copy without letterhead names only in its number's symbol ("NĐ-CP",
#: "QĐ-TLĐ"), flagged: parties in 150; the body a copy without letterhead says issues it
#: ("Uỷ ban nhân dân tỉnh xây dựng Kế hoạch ... như sau"), flagged: 151. The twenty-fifth
#: round's five central texts add five drafts, their parties all found: 159 and 156.
#: With the twenty-fourth round's four (plans carrying out a decision, directive or letter):
#: 158 drafts, parties all found in 154 (a steering board a portal's post names only in the
#: sentence after its basis, "Ban điều hành ... xây dựng kế hoạch ...", not read). Both rounds
#: together: 163 drafts, parties all found in 159. The twenty-sixth round's six add six
#: drafts, their parties all found (three departments of a province on one letterhead among
#: them): 169 and 165. The twenty-seventh round's four joint circulars, on the 163: 167
#: drafts, parties all found in 162 (a letterhead's ministry printed with a look-alike letter,
#: "ÐÀO TẠO", not matched); read as the letter it stands for since: 163. With the round's
#: fifth: 168 drafts, parties in 164. The twenty-eighth round's five plans add five drafts,
#: their parties all found, and the twenty-ninth round's four district texts four: the
#: twenty-sixth to twenty-ninth rounds together, 183 drafts, parties all found in 179.
#: The thirtieth round's six provincial decisions add six drafts, their parties all found:
#: 189 and 185.
#: twenty-sixth to twenty-ninth rounds together, 183 drafts, parties all found in 179. The
#: thirty-first round's five central texts add five drafts, the parties of four all found (a
#: joint programme printed after a portal's record, without letterhead, not read): 188 and 183.
#: thirty-second round's six plans add six drafts, their parties all found: 189 and 185.
#: The thirty-third round's two joint regulations of a province's People's Committee and
#: Front committee add two drafts, their parties all found: 202 and 197.
#: The thirty-fourth round's three provincial decisions (regulations read to their signature
#: or to where their copies stop) add three drafts, their parties all found: 203 and 198.
#: The thirty-fifth round's three central decisions promulgating a regulation add three
#: drafts, their parties all found: 208 and 203.
#: The thirty-eighth round's four provincial decisions (Bắc Kạn, Bình Thuận, Phú Yên) add four
#: drafts, their parties all found: 212 and 207.
#: The thirty-ninth round's district decision on its working regulation and two guidance
#: documents (a central commission's, reprinted by a news page; a city's Farmers' Union's)
#: add three drafts, their parties all found: 211 and 206.
#: The thirty-sixth round's three joint circulars of three or four central bodies add three
#: drafts, their parties all found before the importer changed for them: 211 and 206.
#: The thirty-seventh round's three district plans add three drafts, the parties of one all
#: found (a letterhead broken inside its words, read as one body; a copy without letterhead
#: whose district committee only its preamble and title name): 211 and 204.
#: whose district committee only its preamble and title name): 211 and 204. That committee,
#: placed by the district its title names since: 205.
#: The forty-third round's three decisions (a ministry's scan signed "KT BỘ TRƯỚNG" /
#: "THỨ TRƯỞNG" without a name, two provinces' decisions signed "TM. ỦY BAN NHÂN DÂN" alone)
#: add three drafts, their parties all found: 224 and 218.
#: The fortieth round's three provincial decisions that promulgate a coordination regulation
#: add three drafts, their parties all found before the importer changed for them: 224 and
#: 218.
#: The forty-first round's three commune and ward texts add three drafts, the parties of none
#: all found (a commune's committee on a letterhead without its district or province, another
#: named only by its letterhead and preamble, a ward's named only by its notice's sentence):
#: 224 and 215.
#: 224 and 215. A page's posting stamp ending the title it prints, the commune plan's committee
#: is read from its preamble since: 216.
#: is read from its preamble since: 216. A motto misprinted "CỘNG HÕA" left out of the
#: letterhead beside it, the other commune plan's committee is read with its commune: 217.
#: The ward's committee its notice's own sentence names ("... thông báo việc ..."): 218.
#: The forty-second round's three provincial plans add three drafts, the parties of two all
#: found (a copy whose letterhead keeps no province and whose place line names another city,
#: its committee read as that city's, flagged): 224 and 217.
#: its committee read as that city's, flagged): 224 and 217. That committee, read as the
#: province's the text calls it ("UBND tỉnh ban hành ..."), without the city, since: 218.
#: The forty-fourth round's three provincial decisions add three drafts, their parties all
#: found before the importer changed for them (the bodies their articles and regulation name
#: not made parties): 236 and 230.
#: The forty-eighth round's three provincial plans (one carrying out an agreement signed by
#: nine provinces and another province's plan) add three drafts, their parties all found:
#: 236 and 230.
#: The forty-seventh round's three joint circulars of two central bodies add three drafts,
#: their parties all found before the importer changed for them: 236 and 230.
#: The forty-sixth round's three decisions that promulgate a regulation between a People's
#: Committee and a mass organisation (the city's Women's Union, a province's Women's Union and
#: Farmers' Union) add three drafts, their parties all found (neither union made a party):
#: 236 and 230.
#: The forty-fifth round's three provincial decisions that promulgate a coordination regulation
#: (titles naming a statistics office, departments and district committees, none a party) add
#: three drafts, their parties all found before the importer changed for them: 236 and 230.
#: The forty-fourth to forty-eighth rounds landed together: 248 and 242 (each round's count
#: above is from main before the others landed).
#: The fiftieth round's Cần Thơ decision of 2007 (a regulation read to its first chapter, the
#: signature "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH" and a name) adds one draft, its party found
#: before the importer changed for it: 249 and 243.
#: The forty-ninth round's two ministers' decisions promulgating their ministries' working
#: regulations add two drafts, their parties all found before the importer changed for them:
#: 250 and 244. Both rounds landed together: 251 and 245.
#: The fifty-third round's three joint circulars of five and six central bodies add three
#: drafts, their parties all found before the importer changed for them: 254 and 248.
#: The fifty-fourth round's two central decisions promulgating a regulation of their own work
#: (the Supreme People's Court's, a ministry's inspectorate's) add two drafts, their parties
#: all found before the importer changed for them (the State Inspector General "Sau khi thống
#: nhất với" names not made a party): 253 and 247.
#: The fifty-second round's two coordination programmes of the General Confederation of Labour
#: and the Women's Union add two drafts, their parties all found before the importer changed
#: for them (a third, "Liên đoàn Lao động Việt Nam", invented and flagged): 253 and 247.
#: The fifty-first round's three Government Office letters conveying a Deputy Prime
#: Minister's opinion add three drafts, their party found before the importer changed for
#: them (no addressee or body asked to act made a party): 254 and 248.
#: The fifty-fifth round's four provincial plans of 2025 (Bắc Ninh, Khánh Hòa, Nghệ An) add four
#: drafts, their parties all found before the importer changed for them: 255 and 249.
#: The fifty-first to fifty-fifth rounds landed together: 265 and 259 (each round's count above
#: is from main before the others landed).
#: The fifty-sixth round's three texts issued through a standing organ (two regulations of a
#: province's council, committee and Front committee, one naming the council's standing
#: committee and the Front's standing board; a programme carrying out a plan of the provincial
#: Party committee's standing board) add three drafts, their parties all found before the
#: importer changed for them: 254 and 248. The fifty-first to fifty-sixth rounds landed
#: together: 268 and 262.
#: The fifty-seventh round's three provincial decisions promulgating coordination regulations
#: on judicial expertise and on enforcing the law on administrative violations (Đồng Nai 2018,
#: Tuyên Quang 2016, Quảng Bình 2017) add three drafts, their parties all found before the
#: importer changed for them: 271 and 265.
#: The sixtieth round's three decisions of the Committee for Ethnic Minority Affairs
#: promulgating its plan and programmes of action carrying out a directive, a five-year plan
#: and the Party Congress's resolution add three drafts, their party found before the importer
#: changed for them (no body their titles, căn cứ or Article 3 name made a party): 274 and 268.
#: The fifty-ninth round's two joint texts (a guidance of Lào Cai's health department and
#: social insurance, a regulation of twelve bodies of Đà Nẵng) add two drafts, their parties
#: not all found before the importer changed for them: 273 and 265. With a procuracy and a
#: court a letterhead lists without "nhân dân" read as two bodies, Đà Nẵng's twelve: 266.
#: The sixtieth and fifty-ninth rounds landed together: 276 and 269.
#: The fifty-eighth round's three district texts (Mộc Châu's decision on its working regulation,
#: 2011; Củ Chi's on its justice office's regulation, 2013; the regulation of Khoái Châu's
#: coordinating council for legal education, 2019) add three drafts; the parties of two found
#: before the importer changed for them (the council, named only in the bracketed line of the
#: decision its regulation is issued with, is not): 274 and 267. With the sixtieth and
#: fifty-ninth rounds: 279 and 271.
#: The sixty-first round's three older joint circulars of central bodies (1998, 2000, 2003; one
#: with the Front's central committee) add three drafts, their parties all found before the
#: importer changed for them: 274 and 268. With the fifty-eighth to sixtieth rounds: 282 and
#: 274.
#: The sixty-second round's three plans of a district education office and two schools' Young
#: Pioneer brigades, each under its superior body's letterhead line, add three drafts, the
#: parties of one found before the importer changed for them: 274 and 266. A school's Pioneer
#: brigade printed under its district's council ("LIÊN ĐỘI ...") is the party since: 268.
#: Landed after the fifty-eighth to sixty-first rounds: 285 and 277.
#: The sixty-third round's three review records of a commune school (a Pioneers' congress
#: record, a staff conference's resolution, a year-end report whose letterhead is in the old
#: TCVN3 font) add three drafts, the parties of one found (the resolution, which names none):
#: 288 and 278. The brigade, under its district council's short name ("HĐĐ HUYỆN ..."), and
#: the school, its letterhead in the old font's small letters, are still not read.
#: The sixty-fourth round's three provincial decisions (Quảng Ninh 2014, Cao Bằng 2018, Hà
#: Nam 2018) add three drafts, their People's Committees found before any change: 291 and 281.
#: The sixty-fifth round's three joint circulars of central bodies (four ministries on
#: receiving trafficked women and children, 2008; Justice and Finance on enforcing judgments,
#: 2009 and 2011, one letterhead cut to its first ministry) add three drafts, their parties all
#: found before the importer changed for them: 294 and 284.
#: The sixty-sixth round's three (a Hanoi department's letter under its city's committee, a
#: ministry's plan carrying out its own plan, the Veterans' Association's guidance issued by a
#: steering board named in its enacting sentence) add three drafts, the parties of one found
#: before the importer changed for them (the department is read under a longer name than the
#: transcription's, the Association made the party instead of its steering board): 288 and 278.
#: A steering board named by its subject before its association in the enacting sentence is
#: the party since: 279 (with its round alone).
#: The sixty-seventh round's three commune plans (Cát Vân 2019, Nhân Khang's steering
#: committee 2016, a Thượng Quảng plan of 2020 without letterhead) add three drafts, the
#: party of one found before the importer changed for them: 291 and 281. The committee a copy
#: without letterhead names after a cited organ's comma ("... của Thường vụ Đảng ủy xã, ủy
#: ban nhân dân xã xây dựng kế hoạch") is the party since: 282 (the steering committee under
#: the Party's heading is not read).
#: The sixty-third to sixty-seventh rounds landed together: 300 and 289.
#: The sixty-eighth round's three central decisions promulgating a ministry's or the
#: procuracy's regulation (Information and Communications 2008, the Supreme People's
#: Procuracy 2020, Trade 2006) add three drafts, their parties all found before the importer
#: changed for them: 303 and 292.
#: The seventy-first round's three provincial People's Councils' resolutions promulgating an
#: instrument (Hòa Bình 2017, Trà Vinh 2021, Lào Cai 2016, one run on one line) add three
#: drafts, their councils all found before the importer changed for them: 306 and 295.
#: The sixty-ninth round's three provincial plans carrying out a higher body's act, printed as
#: a PDF's table (Cao Bằng 2020, Thừa Thiên Huế 2023, Quảng Ninh 2018), add three drafts, their
#: People's Committees all found before any change: 309 and 298 with the rounds before.
#: The seventieth round's two (a ministry's letter carrying out a programme's plan, a Farmers'
#: Union central conference's resolution reviewing a scheme) add two drafts, their parties
#: found before the importer changed for them: 302 and 291.
#: The sixty-eighth to seventy-first rounds landed together: 311 and 300.
#: The seventy-fifth round's two (the Prime Minister's letter on supporting the Front's
#: congresses, the Ministry of Public Security's guidance on a civilised ward's security
#: criterion) add two drafts, their parties found before the importer changed for them: 313
#: and 302.
#: The seventy-sixth round's three provincial plans (Thái Bình 2021, Đắk Lắk 2017, Hải Dương
#: 2021) add three drafts, their People's Committees all found before any change: 314 and 303.
#: The seventy-fourth round's three joint instruments of central bodies add three drafts, the
#: parties of two found before the importer changed for them (the sharing site's circular,
#: its letterhead misread "BỘ NƠNG NGHIỆP ...", is not): 314 and 302.
#: The seventy-second round's three provincial decisions promulgating a coordination regulation
#: (Hậu Giang 2013, its place line the provincial capital; Hà Nam 2019, without type line or
#: title; Hà Giang 2019) add three drafts, their People's Committees found before any change:
#: 314 and 303.
#: The seventy-third round's three provincial decisions (Phú Thọ's Chairman 2025 and An Giang
#: 2025, after the merger; Hà Nam 2024) add three drafts, their People's Committees all found
#: before any change: 314 and 303.
#: The seventy-seventh round's three central decisions promulgating a regulation that binds
#: a ministry's units (Industry and Trade 2020, Home Affairs 2012 and 2017) add three drafts,
#: their ministries all found before the importer changed for them: 314 and 303.
#: The seventy-second to seventy-seventh rounds landed together: 328 and 316.
#: The seventy-eighth round's three provincial decisions promulgating a regulation (An Giang
#: and Cà Mau 2010, on industrial clusters; Lào Cai 1998, without its Số line) add three
#: drafts, their People's Committees all found before the importer changed for them: 331 and
#: 319.
#: The seventy-ninth round's two (the Hanoi Women's Union's plan of 2020, the Quảng Trị
#: Department of Education and Training's guidance of 2023) add two drafts, their issuers
#: found before the importer changed for them: 330 and 318 on the rounds to the
#: seventy-seventh.
#: The seventy-eighth and seventy-ninth rounds landed together: 333 and 321.
#: The eighty-first round's three provincial texts of the merged bodies (Hải Phòng's and Phú
#: Thọ's decisions of December 2025, Hà Nội's plan of December 2025) add three drafts, their
#: People's Committees all found before the importer changed for them: 336 and 324.
#: The eightieth round's three portal records of review meetings (Lâm Đồng's Front and Ethnic
#: Affairs Committee 2018, Quảng Nam's Procuracy and Court 2021, Cà Mau's Front 2018), which
#: name no party that issues them, add three drafts, their (no) parties found before and after
#: the importer changed for them: 336 and 324.
#: The eightieth and eighty-first rounds landed together: 339 and 327.
#: The eighty-second round's three (the Government's crime-prevention steering committee's
#: plan of 2024, the national committee against smuggling's decision of 2020, Tuyên Quang's
#: plan of 2020) add three drafts; Tuyên Quang's People's Committee was found before the
#: importer changed for them, the two committees after (their names read whole): 342 and 330.
#: The eighty-third round's three (the Ministry of Labour's half-year report of 2010 on the
#: poorest districts' programme, Ninh Bình's monitoring plan of 2022 without type line or
#: title, Hưng Yên's plan of 2021 carrying out a scheme) add three drafts, their issuers all
#: found before the importer changed for them: 345 and 333.
BASELINE_DRAFTS_WRITTEN = 345
BASELINE_PARTIES_FOUND = 333
#: The ten review records with the eighteenth round's three notices, drafted as the records of
#: their meetings since: 68 of their 171 facts (a Government Office notice drafted as a program
#: before kept its acts and recipients, which records do not hold: 81 then), and 36 of the 37
#: facts of the reviews themselves (meeting, date, place, window, chairs, presenters), 26 before.
#: With the twenty-second round's four (three letters that order a review, drafted as letters,
#: whose review facts a program draft cannot hold, and a portal's half-year results, drafted as
#: records since its heading is read as a report's title): 111 of the fourteen's 224 facts, and
#: 38 of the 44 facts of the reviews (the results' title names what was reviewed and its
#: window, "6 tháng đầu năm năm 2016"). With its fifth, a joint report of the interim review of
#: a coordination regulation (drafted as records, whose acts records do not hold): 118 of the
#: fifteen's 255, and 39 of 45. Records whose outcome keeps the acts, signatures and recipients
#: of the report or notice (ReviewOutcome.legal_refs, signatories, recipients), scored there:
#: 213 of 255, the twelve records drafts 174 of their 211 (79 before). The thirty-first
#: round's Government Office notice of conclusions on coordinating with the Front adds 12
#: facts, 8 recovered before the importer changed for it, 10 since (its meeting ended before
#: what it was for, its title's movement and campaign with their capitals): 223 of 267, and
#: 44 of the reviews' own facts. With two posts a signer holds joined by a comma read as the
#: signer's title (a Government Office notice signed "KT. BỘ TRƯỞNG, CHỦ NHIỆM" / "PHÓ CHỦ
#: NHIỆM"): 224 of 267.
#: The sixty-third round's three (a record "BIÊN BẢN ĐẠI HỘI LIÊN ĐỘI", a resolution "NGHỊ
#: QUYẾT HỘI NGHỊ CBCCVC ...", a school's year-end report) add 42 facts, 15 recovered before
#: the importer changed for them; with a record and a conference's resolution drafted as the
#: records of their meeting (its date, place, presidium, presenters) and the old TCVN3 font's
#: lines read: 252 of the nineteen reviews' 309, and 57 of the reviews' own facts. Landed
#: with the sixty-fourth to sixty-seventh rounds: 253 of 309.
#: The seventieth round's conference resolution reviewing a scheme adds 15 facts, 10
#: recovered before the importer changed for it (its meeting named with the resolution's
#: subject, flagged; what it reviewed and its window, from the first sentence, not read):
#: 263 of 324, the reviews' own facts still 57.
#: The eightieth round's three portal records of review meetings add 47 facts, 17 recovered
#: before the importer changed for them (drafted as programs, the bodies that held the meeting
#: invented as parties, flagged), 36 since (drafted as records: the meeting from the heading
#: or the dated first sentence, its chairs after a semicolon or by post then name, a window in
#: brackets, the next year's programme): 299 of 371, and 74 of the reviews' own facts.
#: The eighty-third round's ministry's half-year report adds 23 facts, 18 recovered before the
#: importer changed for it (its first sentence's act read without date or issuer, its window,
#: the year printed after the next half's tasks, not read), 21 since: 320 of 394, and 76 of
#: the reviews' own facts.
BASELINE_REVIEW_RECOVERED = 320
BASELINE_REVIEW_FACTS = 76
#: At most this share of the facts wrong (today 0.6%), and every wrong fact but those
#: flagged.
CEILING_WRONG_SHARE = 0.02
#: The thirteenth round's three (who issues: four bodies of which the letterhead keeps one, the
#: General Confederation of Labour, a province whose place line is its capital) left the parties
#: of one unread and one more wrong fact unflagged (a place taken with the last words of the
#: subject line beside it) before the importer changed for them; it reads that place now.
#: The seventeenth round's four (recipients' lists printed whole, a letter and a notice whose
#: points are not tasks) left four wrong facts unflagged before the importer changed for them:
#: two recipients read with the semicolon before what they are sent for ("Thường trực Thành ủy;
#: (để b/c)"), the kind of a submission cited as "văn bản số 92/TTr-UBND", and the second
#: authority line of a notice signed "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" read as another
#: signature. The recipients are read whole now (what a recipient is sent for stays with it); the
#: other two are the acts' and the signatures' readers', left unflagged.
#: The sixteenth round's seven left two more: an issuer cut by the copy's end ("của Chính
#: ph") and a place read without its first line ("Bà Rịa - Vũng" / "Tàu, ngày ..."); both are
#: read or flagged since.
#: The fifteenth round's six (several bodies on one letterhead) have their parties read,
#: but one of them shows four wrong facts unflagged: its number's symbol cut at "&"
#: ("...-BTP-BNN&PTNT-..."), and three amending laws cited "Luật sửa đổi, bổ sung một số điều
#: của ... số 02/2021/QH15" read with the number in the name, which the scorer takes for acts
#: the text does not cite. The importer reads them now (the number whole, the amending laws'
#: numbers apart from their names), and the submission cited as "văn bản số 92/TTr-UBND" takes
#: the kind the text names it by further on ("Tờ trình số 92/TTr-UBND nêu trên"); the notice's
#: "TL. CHỦ TỊCH" / "KT. CHÁNH VĂN PHÒNG" is one signature now: none is left unflagged.
#: The nineteenth round's six left two wrong facts unflagged before the importer changed for
#: them: the organ of a Chairman's decision read without its province ("Chủ tịch Ủy ban nhân
#: dân tỉnh", the enacting line printing none) where the letterhead names it. The earlier
#: rounds transcribe such an organ as printed, and so do these now: none of theirs is left.
#: The eighteenth round's three (notices of a leader's conclusions at a meeting) leave one wrong
#: fact unflagged before the importer changes for them: the place of a Government Office notice
#: whose place line is in italics in a Markdown table cell ("| *Hà Nội, ngày 14 tháng 10 năm
#: 2024 * |"), read "Nội": the document's place reader's, not the review readers'. Markdown's
#: emphasis is now left out before reading: the place is "Hà Nội".
#: The twenty-first round's four leave two wrong facts unflagged before the importer changes for
#: them: the issuer of two joint circulars cited together ("... số 04/2002/TTLT-BCA-BNG ngày ...
#: và Thông tư liên tịch số 05/2009/TTLT-BCA-BNG ngày ... của Bộ Công an, Bộ Ngoại giao trong
#: lĩnh vực xuất nhập cảnh") read with the words of the field after it. The issuer ends before
#: "trong lĩnh vực" now: none is left.
#: The twenty-second round's four (letters that order a review or ask for its report, a
#: portal's half-year results) left one wrong fact unflagged before the importer changed for
#: them: a final review (tổng kết) a letter that lost its subject line asks the provinces to
#: hold, read as the draft program's own. Its addressee line ("Kính gửi") makes it a letter now,
#: and a letter's reviews are the addressees', no schedule of its own: none is left.
#: The twenty-third round's six leave six wrong facts unflagged before the importer changes for
#: them: three captions given to a decision's articles printed on one line with the rest of the
#: copy, an issuer damaged by the extraction ("UBND t ỉnh Bạc Liêu"), an issuer read with the
#: verb that begins the act's title ("... khóa XII điều chỉnh nhiệm vụ"), and a code printed
#: "Bộ Luật Dân sự" read as a law the text does not cite. All six are read since: the one-line
#: page is broken where its layout breaks it (a place line whose day is blank, the Chairman's
#: enacting line kept whole), and a syllable split after its initial is joined in an issuer.
#: The twenty-fifth round's five added one: a signature's authority printed without the dot
#: after "KT" ("KT BỘ TRƯỞNG, CHỦ NHIỆM VP CHÍNH PHỦ"), which the draft stated with it; the
#: mark is kept as printed since.
#: The twenty-fourth round's four (plans carrying out a decision, directive or letter, two
#: posted on a portal without letterhead) leave one wrong fact unflagged before the importer
#: changes for them: the title of a plan whose post heading joins the type word to it ("KẾ
#: HOẠCH THỰC HIỆN ĐỀ ÁN ...") read with the post's date and view count after it ("- Ngày
#: đăng: 01-11-2022 - 456 lượt xem"). A title run on with its type line takes the case of
#: the rest of that line now: in capitals, it ends before the post's lines and is re-cased, and
#: so flagged (the transcription keeps the heading whole, "Kế hoạch" included): none is left.
#: The twenty-sixth round's six leave one wrong fact unflagged before the importer changes for
#: them: the issuer of a joint circular read up to one ministry's short form in brackets
#: ("của Bộ Y tế - Bộ Nông nghiệp và Phát triển nông thôn (NN&PTNT) - Bộ Công Thương"). The
#: issuer goes on past it now, the short form kept as printed: none is left.
#: The twenty-seventh round's four joint circulars leave six wrong facts unflagged before the
#: importer changes for them: a scan's number whose year is damaged, read "87/20" from "87/20
#: ló/TTLT-BTC-BTNMT", its place "Hù Nội", its law "Luật Đât đai" (an act the text does not
#: cite, for the scorer) and its chapter's title run on with the first article; a decision cited
#: again with a slash in its symbol ("42/2002/QĐ/TTg"), read as a second act; an article's
#: caption whose words the page glued ("đốitượng"). The number and the title of a scan whose
#: type line is misread are flagged now, its place read as the province it is one letter off
#: and flagged, a law's name holding a word no syllable is spelt like flagged; the act cited
#: twice is one, the chapter's title ends with its capitals, the caption is read apart: none is
#: left.
#: The twenty-eighth round's five (plans whose tasks say who leads) leave two wrong facts
#: unflagged before the importer changes for them: a law whose name ends with "số" and is
#: cited with its number after it ("Luật Công nghiệp công nghệ số số 71/2025/QH15"), read
#: as a law without number named "Luật Công nghiệp công nghệ", and a department's plan title
#: whose bracketed line under it ("(Ban hành kèm theo Nghị quyết số 35-NQ/TU ...)") is left out.
#: The law is read and the title flagged since (a bracketed line under a plan's title that
#: names another act than a decision). One is left: a task's supports read in part ("Phối hợp
#: với Sở Nội vụ và các cơ sở đào tạo ..."), the rest listed to complete at the task, which the
#: scorer, placing a task's supports at "task_groups" only, does not see as flagged.
#: The thirty-second round's six plans leave two more unflagged before the importer changes
#: for them: a Party action programme cited as basis ("Chương trình hành động số 09-CTr/TU")
#: given the kind of a programme, and a law named in a sentence after the first act of a basis
#: paragraph ("...; Luật trẻ em được Quốc hội thông qua ...") listed in the basis. A basis
#: ends with its sentence since, the law no basis; the scorer's table of acts' kinds gives
#: "Chương trình hành động" the kind its table of type lines gives it (a program): one.
#: The thirty-third round's two joint regulations of a province's People's Committee and
#: Front committee leave two more unflagged before the importer changes for them: a joint
#: resolution's issuer after "giữa" read as its first body only ("giữa Ủy ban Thường vụ Quốc
#: hội, Chính phủ và Đoàn Chủ tịch ..."), and an article's caption cut where the copy stops
#: ("Mối quan hệ công tác và ph"), read as printed: three. A joint act's last issuer after
#: "và" ends its issuers since ("..., Chính phủ và Đoàn Chủ tịch ...;"): two. A caption cut
#: in a word no syllable is spelt like, where the copy stops, is left out and listed: one.
#: The thirty-fifth round's three central decisions leave two more unflagged before the
#: importer changes for them: an act's issuer that is one person's two posts joined by a
#: comma ("của Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ") read as its first post: three.
#: Both posts are the issuer since: one.
#: The thirty-ninth round's three leave one more unflagged before the importer changes for
#: them (in the Farmers' Union's guidance, its title with the rule run on with it): two. A
#: rule printed at the end of the title's line is left out since: one.
#: The thirty-seventh round's three district plans leave one more unflagged before the
#: importer changes for them: a plan's title cut before a bracketed line of an anniversary's
#: dates ("(15/10/1956 - 15/10/2015)") and the line after it: two. The bracketed dates and
#: what follows them are the title's since: one.
#: The forty-third round's three decisions leave one more unflagged before the importer
#: changes for them: the issuer of a Prime Minister's decision a scan misspells ("của Thủ
#: tướng Chỉnh phủ"), read as printed: two. No body is called "Chỉnh phủ": read
#: "Chính phủ" since: one.
#: The fortieth round's three provincial decisions leave two more unflagged before the
#: importer changes for them: two joint circulars' issuers cut at a bracketed note of the
#: ministry that took over from one of them ("Bộ Bưu chính Viễn thông (nay là Bộ Thông tin và
#: Truyền thông) và Bộ Tài chính"), one losing the ministry after it: three. The note is the
#: issuer's since, and the issuers go on after it: one.
#: The forty-first round's three commune and ward texts leave three more unflagged before the
#: importer changes for them (a plan's title and a notice's title read wrong, a decree's
#: issuer misprinted "cảu Chỉnh Phủ" not read): four. A page's posting stamp under the heading
#: that prints a type and title ("Ngày cập nhật 24/04/2020") ends the title since: two.
#: The forty-second round's three leave one more unflagged before the importer changes for
#: them: a copy whose letterhead keeps no province, its place line a city the text names
#: nowhere else ('Hà Nội'), read as the document's province: two. A city under the centre is
#: no place of a committee its text calls a province's ("UBND tỉnh ban hành ...") since: one.
#: Landed together: two, the Lào Cai plan's task and the Xuân Tín plan's decree issuer that
#: its facts keep misprinted as printed ("Chỉnh Phủ"), which the importer reads as the
#: Government since the forty-third round's change (scan misreads of a body's name).
#: The forty-fourth round's three leave two more unflagged before the importer changes for
#: them: an appraisal report cited as "Báo cáo thẩm định của Sở Tư pháp tại văn bản số
#: 148/BC-STP" read as an act of kind other, and a last recipient read with the typist's mark
#: after it ("Lưu: VT, VP3, VP5. kh 41"): four. The report is transcribed a "Văn bản" since,
#: as the development set's Bình Chánh decision transcribes the same form ("báo cáo thẩm định
#: ... tại văn bản số 235/BC-TP"), and the typist's mark after the file copy's full stop is no
#: part of it: two.
#: The forty-eighth round's three plans leave one more unflagged before the importer changes
#: for them: a plan's issuer followed by its role in a group after a dash ("của Ủy ban nhân
#: dân tỉnh Hà Giang - Trưởng nhóm chương trình hợp tác ..."), read with the role: three.
#: A role after a dash ("- Trưởng nhóm", "- Cơ quan thường trực ...") is not the issuer's
#: name since: two.
#: The forty-sixth round's three decisions leave three more unflagged before the importer
#: changes for them: an issuer followed by a bracketed note of the body that took over from it
#: ("Hội đồng Bộ trưởng (nay là Chính phủ)"), read with the note, and two articles of a
#: regulation printed "Điều 1: UBND và ..." whose sentence is read as their caption: five.
#: The issuer's note is the issuer's as the corpus writes it (round 40's transcriptions), the
#: round's transcription made to agree: four. A heading in which a sentence ends ("Điều 1:
#: UBND và ... Việt Nam. Quan hệ ...") is an article printed without a caption since: two.
#: The fiftieth round's decision leaves one more unflagged before the importer changes for it:
#: a joint circular cited as "Thông tư số 02/2007/TTLT-BCA-BLĐTBXH-BTC", read as a circular:
#: three. A circular whose number's symbol is a joint circular's ("TTLT") is one since: two.
#: The fifty-third round's three leave one more unflagged before the importer changes for them:
#: a newspaper's copy that stops in an article's heading ("Điều 1. Phạm"), the cut word read as
#: the article's caption: three. A heading the copy stops in is listed to check since, a
#: caption of one word left out: two.
#: The fifty-second round's two programmes leave one more unflagged before the importer changes
#: for them: the bodies' earlier programme, named "trên cơ sở đánh giá kết quả thực hiện
#: Chương trình phối hợp số ..." at the end of a "Căn cứ" paragraph, listed as basis: three.
#: What "trên cơ sở ..." names after a "Căn cứ" paragraph's acts is no basis since: two.
#: The fifty-first round's three letters leave one more unflagged before the importer changes
#: for them: a last recipient read with the typist's count after the file copy's full stop
#: ("Lưu: VT, QHQT (3).17"): three. The copies counted after the file copy's closing bracket
#: are no part of it since: two.
#: The fifty-sixth round's three leave two more unflagged before the importer changes for
#: them: the council's standing committee named in an enacting sentence whose province follows
#: the last of the bodies ("Thường trực Hội đồng Nhân dân, Ủy ban Nhân dân và Ủy ban Mặt trận
#: Tổ quốc Việt Nam tỉnh Đồng Nai"), read as the organ without its province, and a heading
#: printed "QUY CHẾ PHỐI HỢP CÔNG TÁC" / "Giữa ..." read as a regulation whose title is "Công
#: tác": four. The province printed once after the last body of a list is each body's, the
#: organ with it ("Thường trực Hội đồng nhân dân tỉnh Đồng Nai"), and a type line that leaves a
#: title of one or two words is listed to check with it: two.
#: One or two words in capitals after the type, over a title in sentence case ("Giữa ..."),
#: are the type's since, the title read from the line under, both listed to check: the Bắc
#: Kạn title is wrong then only by the comma its copy lost at a line's end, flagged: two.
#: The fifty-ninth round's two leave four more unflagged before the importer changes for them:
#: the People's Committee printed over two departments in a letterhead made a party, a joint
#: guidance's type "HƯỚNG DẪN LIÊN NGÀNH" held as a guidance, and a law and the law amending
#: it, cited with their numbers, read without them: six. A People's Committee printed over a
#: line of sectors named by their unit ("UBND TỈNH LÀO CAI" / "S Y T-BHXH TỈNH") heads them and
#: is no party since: five. A law's short form in brackets before its number ("Luật bảo hiểm
#: y tế (BHYT) số 25/2008/QH12") and an amending law's "một số điều", no number, read through
#: to the number each is cited by: three. "HƯỚNG DẪN LIÊN NGÀNH" held as a guidance by the
#: scorer's table of type lines, as "THÔNG TƯ LIÊN NGÀNH" is held as a joint circular: two.
#: The sixty-second round's three leave one more unflagged before the importer changes for
#: them: the Vinh An plan dated by the school site's date of today ("Ngày 16 tháng 01 năm
#: 2025"), printed before the letterhead: three. A page's own lines above the letterhead (its
#: date of today, its post's heading) are no opening since, nor the body's first sentence: two.
#: The sixty-sixth round's three leave one more unflagged before the importer changes for
#: them: a cited plan's issuer read with its short form in brackets ("Bộ Giáo dục Đào tạo
#: (GDĐT)"): three. A short form ending an issuer is read past since: two.
#: The seventy-first round's three leave one more unflagged before the importer changes for
#: them: a resolution run on one line, its title read on into the council that resolves ("...
#: nhiệm kỳ 2016 - 2021 HỘI ĐỒNG NHÂN DÂN TỈNH LÀO CAI KHOÁ"): three. The council's term
#: number before its session ("KHOÁ XV - KỲ HỌP") is no report's part since, and the council
#: with its term and session is broken off the title: two.
#: The seventy-fifth round's two leave one more unflagged before the importer changes for
#: them: a cited letter's issuer, a ministry named in small letters, cut at its "và" ("Bộ Văn
#: hóa thể thao"): three. A ministry's name whose "và" a known ministry's name holds is kept
#: whole since: two.
#: The seventy-sixth round's three leave one more unflagged before the importer changes for
#: them: Hải Dương's final review, read from its opening's review of the scheme's first stage
#: ("... đã chỉ đạo ... tổ chức tổng kết, đánh giá"): three. A review a sentence says was held
#: ("đã" before its words) is no schedule rule since: two.
#: The seventy-ninth round's two leave one more unflagged before the importer changes for
#: them: a cited plan's issuer read on into what the plan does ("... của Ban Thường vụ Hội
#: LHPN Hà Nội chỉ đạo Đại hội ..."): three. An issuer ends before "chỉ đạo" since: two.
#: The eightieth round's three leave one more unflagged before the importer changes for them:
#: a reviewed regulation's issuer read on into what it is for ("giữa VKSND và TAND tỉnh Quảng
#: Nam trong việc tổ chức phiên tòa ..."): three. An issuer ends before "trong việc" and
#: "trong công tác" since: two.
CEILING_UNFLAGGED = 2


class TestCorpus:
    def test_size(self) -> None:
        """The corpus holds at least 40 documents."""
        assert len(SLUGS) >= 40

    @pytest.mark.parametrize("slug", SLUGS)
    def test_facts_load(self, slug: str) -> None:
        """Every facts file follows the schema."""
        facts = import_facts.load_facts(CORPUS / slug / "facts.toml")
        assert facts["retrieved"] in {dt.date(2026, 12, day) for day in (5, 6, 7)}
        assert facts["retrieved"] in {dt.date(2026, 12, d) for d in (5, 6, 7)}

    @pytest.mark.parametrize("slug", SLUGS)
    def test_sources_are_nfc(self, slug: str) -> None:
        """Every source is non-empty UTF-8 text in NFC."""
        text = (CORPUS / slug / "source.txt").read_text(encoding="utf-8")
        assert text.strip()
        assert unicodedata.normalize("NFC", text) == text

    def test_every_document_in_exactly_one_set(self) -> None:
        """Each document is in the development set or the evaluation set, never both."""
        split = import_facts.load_split()
        assert sorted(SLUGS) == sorted(split["dev"] + split["eval"])
        assert set() == set(split["dev"]) & set(split["eval"])

    def test_added_documents_are_development_only(self) -> None:
        """Documents added after the split join the development set and change no stratum."""
        split = tomllib.loads((CORPUS / "split.toml").read_text(encoding="utf-8"))
        added = split.get("added", {}).get("development", [])
        placed = {slug for s in split["strata"] for slug in s["development"] + s["evaluation"]}
        assert set() == set(added) & placed
        assert set(added) <= set(import_facts.load_split()["dev"])

    def test_evaluation_set_is_at_least_half(self) -> None:
        """The evaluation set holds at least half of the documents the split's rule placed."""
        split = import_facts.load_split()
        added = tomllib.loads((CORPUS / "split.toml").read_text(encoding="utf-8")).get("added", {})
        assert len(split["eval"]) * 2 >= len(SLUGS) - len(added.get("development", []))

    def test_split_is_the_rule(self) -> None:
        """split.toml is what its written rule gives: by stratum, alternating in SHA-256 order."""
        split = tomllib.loads((CORPUS / "split.toml").read_text(encoding="utf-8"))
        added = set(split.get("added", {}).get("development", []))
        strata: dict[tuple[str, str], list[str]] = defaultdict(list)
        for slug in sorted(set(SLUGS) - added):
            stratum = import_facts.load_facts(CORPUS / slug / "facts.toml")["stratum"]
            level = "central" if stratum["level"] == "central" else "local"
            strata[(stratum["kind"], level)].append(slug)
        expected = []
        for (kind, level), slugs in sorted(strata.items()):
            ordered = sorted(slugs, key=lambda slug: hashlib.sha256(slug.encode()).hexdigest())
            expected.append((kind, level, ordered[1::2], ordered[0::2]))
        actual = [
            (s["kind"], s["level"], s["development"], s["evaluation"]) for s in split["strata"]
        ]
        assert expected == actual


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "facts.toml"
    path.write_text(text, encoding="utf-8")
    return path


MINIMAL = """\
url = "https://example.org/x"
retrieved = 2026-12-05
[stratum]
kind = "decision"
level = "province"
[document]
period = "not stated"
[[parties]]
name = "Ủy ban nhân dân tỉnh Hà Giang"
level = "province"
"""


class TestLoadFacts:
    def test_minimal(self, tmp_path: Path) -> None:
        """A file with the required keys loads."""
        facts = import_facts.load_facts(_write(tmp_path, MINIMAL))
        assert "Ủy ban nhân dân tỉnh Hà Giang" == facts["parties"][0]["name"]

    def test_unknown_key(self, tmp_path: Path) -> None:
        """A key the schema does not have is refused, naming the file and the field."""
        path = _write(
            tmp_path, MINIMAL.replace('level = "province"\n[document]', 'levle = "x"\n[document]')
        )
        with pytest.raises(import_facts.FactsError, match=r"facts\.toml: stratum\.levle"):
            import_facts.load_facts(path)

    def test_partial_date_form(self, tmp_path: Path) -> None:
        """A date must be written YYYY, YYYY-MM or YYYY-MM-DD."""
        path = _write(
            tmp_path,
            MINIMAL.replace('period = "not stated"', 'date = "14/8/2017"\nperiod = "not stated"'),
        )
        with pytest.raises(import_facts.FactsError, match=r"document\.date"):
            import_facts.load_facts(path)

    def test_signatory_of_an_unknown_party(self, tmp_path: Path) -> None:
        """A signatory must sign for one of the document's parties."""
        text = MINIMAL + '[[signatories]]\nparty = "Ủy ban nhân dân tỉnh Hà Tĩnh"\n'
        with pytest.raises(import_facts.FactsError, match=r"signatories\[0\]\.party"):
            import_facts.load_facts(_write(tmp_path, text))


def _facts(**document: Any) -> dict[str, Any]:
    """A facts mapping with one party and the given document fields (period not stated)."""
    return {
        "stratum": {"kind": "decision", "level": "province"},
        "document": {"period": "not stated", **document},
        "parties": [],
    }


def _outcomes(
    facts: Mapping[str, Any], data: Mapping[str, Any], unsure: Sequence[str] = ()
) -> list[Outcome]:
    draft = coordprog.Draft(data=dict(data), unsure=tuple(unsure))
    return compare(facts, draft.data, draft.unsure)


def _status(outcomes: list[Outcome], fact: str) -> str:
    return next(o.status for o in outcomes if o.fact == fact)


class TestMatchingRules:
    def test_numbers_ignore_spaces_hyphens_case_and_d(self) -> None:
        """A number is recovered whatever its spaces, hyphens, case and đ/Đ."""
        outcomes = _outcomes(
            _facts(number="01/LN-VKS-CA-TA-THA"), {"number": "01 /ln-vks-ca-ta-tha"}
        )
        assert RECOVERED == _status(outcomes, "number")
        outcomes = _outcomes(_facts(number="39/2017/QĐ-UBND"), {"number": "39/2017/QD-UBND"})
        assert RECOVERED == _status(outcomes, "number")

    def test_a_different_number_is_wrong(self) -> None:
        """A number that differs in a digit is wrong."""
        outcomes = _outcomes(_facts(number="39/2017/QĐ-UBND"), {"number": "38/2017/QĐ-UBND"})
        assert WRONG == _status(outcomes, "number")

    def test_a_number_the_text_does_not_give_is_invented(self) -> None:
        """A number in the draft when the text states none is a wrong (invented) fact."""
        outcomes = _outcomes(_facts(), {"number": "12/KH"})
        assert WRONG == _status(outcomes, "number (not stated)")

    def test_kind_of_a_copy_without_type_line_is_not_scored(self) -> None:
        """A copy printing no type line gives no fact for the kind: neither wrong nor recovered."""
        outcomes = _outcomes(_facts(), {"kind": "official-letter"})
        assert [] == [o for o in outcomes if "type line" in o.fact]
        outcomes = _outcomes(_facts(type_line="QUY CHẾ"), {"kind": "program"})
        assert WRONG == _status(outcomes, "type line")

    def test_type_line_with_qualifiers_is_its_head_s_kind(self) -> None:
        """A type line with words after its type ("QUY CHẾ PHỐI HỢP CÔNG TÁC") is that type.

        One that opens with no type the format names ("QUY TẮC ỨNG XỬ") names no kind.
        """
        for type_line, kind in (
            ("QUY CHẾ PHỐI HỢP CÔNG TÁC", "regulation"),
            ("CHƯƠNG TRÌNH PHỐI HỢP CÔNG TÁC", "program"),
            ("KẾ HOẠCH LIÊN TỊCH", "joint-plan"),
        ):
            outcomes = _outcomes(_facts(type_line=type_line), {"kind": kind})
            assert RECOVERED == _status(outcomes, "type line")
        outcomes = _outcomes(_facts(type_line="KẾ HOẠCH LIÊN TỊCH"), {"kind": "plan"})
        assert WRONG == _status(outcomes, "type line")
        outcomes = _outcomes(_facts(type_line="QUY TẮC ỨNG XỬ"), {"kind": "regulation"})
        assert WRONG == _status(outcomes, "type line")

    def test_title_in_capitals_or_glued_is_recovered(self) -> None:
        """A title printed in capitals, or with words glued by the copy, is the title."""
        facts = _facts(title="Ban hành Quy chế phối hợp tỉnh Hà Giang")
        for got in (
            "BAN HÀNH QUY CHẾ PHỐI HỢP TỈNH HÀ GIANG",
            "Ban hành Quy chếphối hợp tỉnh Hà Giang",
        ):
            assert RECOVERED == _status(_outcomes(facts, {"title": got}), "title")

    def test_title_losing_a_proper_name_capital_is_wrong(self) -> None:
        """A title that writes a proper name in small letters is wrong ("tỉnh hà giang")."""
        facts = _facts(title="Ban hành Quy chế phối hợp tỉnh Hà Giang")
        outcomes = _outcomes(facts, {"title": "Ban hành quy chế phối hợp tỉnh hà giang"})
        assert WRONG == _status(outcomes, "title")

    def test_place_ignores_tone_placement(self) -> None:
        """Old and new tone placement are the same place ("Hoà Bình", "Hòa Bình")."""
        outcomes = _outcomes(_facts(place="Hòa Bình"), {"place": "Hoà Bình"})
        assert RECOVERED == _status(outcomes, "place")

    def test_date_and_its_precision(self) -> None:
        """A date is recovered at the precision the text gives, and wrong at another."""
        facts = _facts(date="2019")
        year = {"signed_on": dt.date(2019, 1, 1), "signed_precision": "year"}
        assert RECOVERED == _status(_outcomes(facts, year), "date")
        assert WRONG == _status(_outcomes(facts, {"signed_on": dt.date(2019, 1, 1)}), "date")

    def test_party_by_alias_or_name_with_province(self) -> None:
        """A party is recovered by an alias, or by a name that needs the draft's province."""
        facts = _facts()
        facts["parties"] = [
            {"name": "Ủy ban nhân dân tỉnh Hà Tĩnh", "aliases": ["UBND tỉnh"], "level": "province"}
        ]
        by_alias = {"parties": [{"id": "u", "name": "UBND tỉnh", "level": "province"}]}
        with_province = {
            "parties": [{"id": "u", "name": "Ủy ban nhân dân tỉnh", "province": "Hà Tĩnh"}]
        }
        assert RECOVERED == _status(
            _outcomes(facts, by_alias), "party Ủy ban nhân dân tỉnh Hà Tĩnh"
        )
        assert RECOVERED == _status(
            _outcomes(facts, with_province), "party Ủy ban nhân dân tỉnh Hà Tĩnh"
        )

    def test_extra_party_is_invented(self) -> None:
        """A party the text does not name as issuing or signing is a wrong fact."""
        outcomes = _outcomes(_facts(), {"parties": [{"id": "b", "name": "Bộ Công an"}]})
        assert [("party not in the text", WRONG, "Bộ Công an")] == [
            (o.fact, o.status, o.got) for o in outcomes if o.category == "parties"
        ]

    def test_an_extra_party_after_a_matched_one_is_flagged_by_its_field(self) -> None:
        """An invented party is flagged by its item to complete, after a party with its level."""
        facts = _facts()
        facts["parties"] = [{"name": "Sở Tư pháp", "level": "province"}]
        data = {
            "parties": [
                {"id": "a", "name": "Sở Tư pháp", "level": "province"},
                {"id": "b", "name": "Bộ Công an"},
            ],
            "to_complete": [{"path": "parties[1]", "reason": "kiểm tra"}],
        }
        assert [(WRONG, True)] == [
            (o.status, o.flagged)
            for o in _outcomes(facts, data)
            if o.fact == "party not in the text"
        ]

    def test_acts_by_number_and_unnumbered_laws(self) -> None:
        """Numbered acts match by number, laws without one by kind and name; extras are wrong."""
        facts = _facts()
        facts["acts"] = [
            {
                "kind": "Nghị định",
                "number": "96/2016/NĐ-CP",
                "date": "2016-07-01",
                "cited_as": "basis",
            },
            {"kind": "Luật", "title": "Luật Du lịch", "date": "2005", "cited_as": "basis"},
        ]
        refs = [
            {"id": "a", "kind": "decree", "number": "96/2016/ND-CP", "date": dt.date(2016, 7, 1)},
            {"id": "b", "kind": "law", "title": "Luật Du lịch", "date": dt.date(2005, 6, 14)},
            {"id": "c", "kind": "decision", "number": "1/QĐ"},
        ]
        outcomes = _outcomes(facts, {"legal_refs": refs, "basis": ["a"]})
        assert RECOVERED == _status(outcomes, "act 96/2016/NĐ-CP: date")
        assert RECOVERED == _status(outcomes, "act 96/2016/NĐ-CP: cited as basis")
        assert RECOVERED == _status(outcomes, "act Luật Du lịch")
        assert WRONG == _status(outcomes, "act Luật Du lịch: date")  # the text gives the year only
        assert MISSING == _status(outcomes, "act Luật Du lịch: cited as basis")
        assert WRONG == _status(outcomes, "act not cited in the text")

    def test_a_proposal_read_as_basis_is_wrong(self) -> None:
        """An act cited otherwise than as basis is wrong when the draft puts it in the basis."""
        facts = _facts()
        facts["acts"] = [{"kind": "Tờ trình", "number": "89/TTr-CAT", "cited_as": "other"}]
        refs = [{"id": "t", "kind": "other", "number": "89/TTr-CAT"}]
        outcomes = _outcomes(facts, {"legal_refs": refs, "basis": ["t"]})
        assert WRONG == _status(outcomes, "act 89/TTr-CAT: cited as basis")

    def test_an_action_programme_cited_is_a_program(self) -> None:
        """An act whose kind is "Chương trình hành động" is a program, as a type line's is."""
        facts = _facts()
        facts["acts"] = [
            {"kind": "Chương trình hành động", "number": "09-CTr/TU", "cited_as": "other"}
        ]
        refs = [{"id": "c", "kind": "program", "number": "09-CTr/TU"}]
        outcomes = _outcomes(facts, {"legal_refs": refs})
        assert RECOVERED == _status(outcomes, "act 09-CTr/TU: kind")

    def test_period_not_stated_and_until_replaced(self) -> None:
        """A period the text does not state is one wrong fact; "until replaced" wants no end."""
        placeholder = {"period": {"start": dt.date(2000, 1, 1), "end": dt.date(2000, 12, 31)}}
        outcomes = [o for o in _outcomes(_facts(), placeholder) if o.category == "period"]
        assert [("period (not stated)", WRONG)] == [(o.fact, o.status) for o in outcomes]
        facts = _facts(period={"start": "2014-10-13", "end": "until replaced"})
        open_ended = {"period": {"start": dt.date(2014, 10, 13)}}
        outcomes = _outcomes(facts, open_ended)
        assert (RECOVERED, RECOVERED) == (_status(outcomes, "start"), _status(outcomes, "end"))

    def test_recipients_without_their_punctuation(self) -> None:
        """A recipient is recovered without its dash and semicolon; an extra one is wrong."""
        facts = _facts(recipients=["Bộ Công an"])
        outcomes = _outcomes(facts, {"recipients": ["- Bộ Công an;", "C"]})
        assert RECOVERED == _status(outcomes, "recipient Bộ Công an")
        assert WRONG == _status(outcomes, "recipient not in the text")

    def test_a_programme_of_action_is_a_program(self) -> None:
        """The type line "CHƯƠNG TRÌNH HÀNH ĐỘNG" names a program, as "CHƯƠNG TRÌNH" does."""
        facts = _facts(type_line="CHƯƠNG TRÌNH HÀNH ĐỘNG")
        assert RECOVERED == _status(_outcomes(facts, {"kind": "program"}), "type line")

    def test_decision_and_instrument_share_the_title(self) -> None:
        """A draft titled as the promulgated instrument recovers that title, not the decision's."""
        facts = _facts(title="Ban hành Quy chế A")
        facts["attached"] = [{"type_line": "Quy chế", "title": "Quy chế A", "shown": False}]
        outcomes = _outcomes(facts, {"title": "Quy chế A", "kind": "regulation"})
        assert (MISSING, RECOVERED) == (
            _status(outcomes, "title"),
            _status(outcomes, "attached 1 title"),
        )
        assert RECOVERED == _status(outcomes, "attached 1 type line")
        assert MISSING == _status(outcomes, "attached 1: promulgated by this document")

    def test_kind_tables_use_the_model_vocabularies(self) -> None:
        """The kinds the scorer expects are values of coordprog's DocumentKind and LegalKind."""
        document_kinds = {kind.value for kind in coordprog.DocumentKind}
        legal_kinds = {kind.value for kind in coordprog.LegalKind}
        assert set().union(*DOCUMENT_KINDS.values()) <= document_kinds
        assert set().union(*ACT_KINDS.values(), *DECISION_KINDS.values()) <= legal_kinds


def _decision_facts() -> dict[str, Any]:
    """A decision that promulgates a regulation whose title the copy prints."""
    facts = _facts(
        type_line="QUYẾT ĐỊNH",
        number="06/2019/QĐ-UBND",
        date="2019-05-23",
        title="Ban hành Quy chế A",
        recipients=["Bộ Tư pháp"],
    )
    facts["articles"] = [{"number": "1"}, {"number": "2"}]
    facts["attached"] = [
        {
            "type_line": "QUY CHẾ",
            "title": "Quy chế A",
            "shown": True,
            "issued_with": "06/2019/QĐ-UBND",
            "articles": [{"number": "1", "caption": "Phạm vi điều chỉnh"}],
        },
        {"type_line": "Quy chế", "title": "Quy chế B", "shown": False},
    ]
    return facts


class TestDecisionAndInstrument:
    DRAFT: ClassVar[dict[str, Any]] = {
        "kind": "regulation",
        "title": "Quy chế A",
        "articles": [{"number": "1", "caption": "Phạm vi điều chỉnh"}],
        "promulgation": {
            "kind": "decision",
            "number": "06/2019/QĐ-UBND",
            "date": dt.date(2019, 5, 23),
            "title": "Ban hành Quy chế A",
            "articles": [{"number": "1"}, {"number": "2"}],
            "recipients": ["- Bộ Tư pháp;"],
            "instruments": ["Quy chế A", "Quy chế B"],
        },
    }

    def test_each_part_against_its_own_facts(self) -> None:
        """The decision's lines recover the document's facts, the program the instrument's."""
        outcomes = _outcomes(_decision_facts(), self.DRAFT)
        wanted = [
            "type line",
            "title",
            "number",
            "date",
            "attached 1 type line",
            "attached 1 title",
            "attached 2 type line",
            "attached 2 title",
            "article 1",
            "article 2",
            "article 1: caption",
            "recipient Bộ Tư pháp",
            "attached 1: promulgated by this document",
            "attached 1: issued with",
            "attached 2: promulgated by this document",
        ]
        assert dict.fromkeys(wanted, RECOVERED) == {
            o.fact: o.status for o in outcomes if o.fact in wanted
        }
        assert [] == [o for o in outcomes if o.status == WRONG]

    def test_an_instrument_number_copied_from_nowhere_is_invented(self) -> None:
        """A number the draft gives the instrument itself, not the decision's, is invented."""
        outcomes = _outcomes(_decision_facts(), {**self.DRAFT, "number": "07/QC"})
        assert WRONG == _status(outcomes, "instrument number (not stated)")

    def test_without_the_decision_nothing_is_held(self) -> None:
        """Without its decision, a draft holds no instrument and no number it is issued with."""
        draft = {key: value for key, value in self.DRAFT.items() if key != "promulgation"}
        outcomes = _outcomes(_decision_facts(), draft)
        assert MISSING == _status(outcomes, "attached 1: promulgated by this document")
        assert MISSING == _status(outcomes, "attached 1: issued with")


class TestRecordsDraft:
    """A review's record, drafted as records: its facts against the records' meeting and outcome."""

    FACTS: ClassVar[dict[str, Any]] = {
        "stratum": {"kind": "other", "level": "central"},
        "document": {
            "type_line": "THÔNG BÁO",
            "number": "99/TB-VPCP",
            "date": "2022-03-02",
            "place": "Hà Nội",
            "title": "Kết luận tại Hội nghị tổng kết Chương trình phối hợp A năm 2021",
            "period": "not stated",
        },
        "parties": [],
        "review": {
            "reviewed": "Chương trình phối hợp A",
            "meeting": "Hội nghị tổng kết Chương trình phối hợp A năm 2021",
            "meeting_date": "2022-02-20",
            "meeting_place": "Trụ sở Bộ Y tế",
            "window": "2021",
            "next_year": "2022",
            "chairs": ["Phó Thủ tướng Trần Văn Bình"],
            "reports": ["Thứ trưởng Bộ Y tế Lê Thị Cúc báo cáo kết quả"],
        },
    }
    DRAFT: ClassVar[dict[str, Any]] = {
        "program": "draft",
        "title": "Kết luận tại Hội nghị tổng kết Chương trình phối hợp A năm 2021",
        "meetings": [
            {
                "id": "hoi-nghi",
                "kind": "final-review",
                "date": dt.date(2022, 2, 20),
                "place": "trụ sở Bộ Y tế",
                "title": "Hội nghị tổng kết Chương trình phối hợp A năm 2021",
                "chairs": [{"name": "Trần Văn Bình", "post": "Phó Thủ tướng"}],
                "presenters": [{"name": "Lê Thị Cúc"}, {"name": "Nguyễn Văn Dũng"}],
            }
        ],
        "outcomes": [
            {
                "window": {"start": dt.date(2021, 1, 1), "end": dt.date(2021, 12, 31)},
                "number": "99/TB-VPCP",
                "date": dt.date(2022, 3, 2),
            }
        ],
    }

    def test_meeting_and_outcome_hold_the_review(self) -> None:
        """The meeting's title, date, place, chairs and presenters, the outcome's window."""
        outcomes = _outcomes(self.FACTS, self.DRAFT)
        wanted = ["reviewed", "meeting", "meeting date", "meeting place", "window", "chair"]
        wanted += ["report", "title", "number", "date"]
        assert dict.fromkeys(wanted, RECOVERED) == {
            o.fact: o.status for o in outcomes if o.fact in wanted
        }
        assert MISSING == _status(outcomes, "next year")  # no plan adopted in the draft
        assert MISSING == _status(outcomes, "type line")  # records hold no document kind
        assert WRONG == _status(outcomes, "report not in the text")

    def test_another_window_is_wrong(self) -> None:
        """A window other than the year reviewed is wrong."""
        draft = {
            **self.DRAFT,
            "outcomes": [{"window": {"start": "2021-01-01", "end": "2021-06-30"}}],
        }
        assert WRONG == _status(_outcomes(self.FACTS, draft), "window")

    def test_a_window_of_several_years(self) -> None:
        """A window written "2006/2010" is recovered by an outcome from 2006 to 2010."""
        facts = {**self.FACTS, "review": {"window": "2006/2010"}}
        draft = {
            **self.DRAFT,
            "outcomes": [{"window": {"start": "2006-01-01", "end": "2010-12-31"}}],
        }
        assert RECOVERED == _status(_outcomes(facts, draft), "window")

    def test_a_program_draft_holds_no_review(self) -> None:
        """A program draft has no meeting: every review fact is missing."""
        outcomes = _outcomes(self.FACTS, {"kind": "notice", "title": "x"})
        assert {MISSING} == {o.status for o in outcomes if o.category == "review"}


class TestFlags:
    def test_quoted_value_is_flagged(self) -> None:
        """A wrong value that a remark of Draft.unsure quotes is flagged."""
        facts = _facts(number="39/2017/QĐ-UBND")
        outcomes = _outcomes(facts, {"number": "9/2017"}, ["the number 9/2017 looks cut: check it"])
        assert [True] == [o.flagged for o in outcomes if o.fact == "number"]

    def test_note_field_flags(self) -> None:
        """A note field of the draft's data counts as a flag."""
        data = {
            "legal_refs": [{"id": "x", "kind": "other", "number": "5/KH", "note": "5/KH: kiểm tra"}]
        }
        assert [True] == [o.flagged for o in _outcomes(_facts(), data) if o.category == "acts"]

    def test_unquoted_value_is_not_flagged(self) -> None:
        """A remark that names the field but not the value does not flag it."""
        outcomes = _outcomes(_facts(place="Vĩnh Long"), {"place": "Long"}, ["check the place line"])
        assert [False] == [o.flagged for o in outcomes if o.fact == "place"]

    def test_a_flagged_field_flags_what_it_holds(self) -> None:
        """An item to complete flags the field it names and every part of it, nothing else."""
        facts = _facts()
        facts["parties"] = [
            {"name": "Sở Tư pháp", "level": "province"},
            {"name": "Công an tỉnh", "level": "province"},
        ]
        data = {
            "parties": [
                {"id": "a", "name": "Sở Tư pháp", "level": "central"},
                {"id": "b", "name": "Công an tỉnh", "level": "central"},
            ],
            "to_complete": [{"path": "parties[0]", "reason": "kiểm tra cấp"}],
        }
        flagged = {o.fact: o.flagged for o in _outcomes(facts, data) if o.status == WRONG}
        assert {"party Sở Tư pháp: level": True, "party Công an tỉnh: level": False} == flagged

    def test_quotes_are_whole_words(self) -> None:
        """A value is quoted only as whole words: "1" is not quoted by "2017-10-1x"."""
        assert not is_flagged("1", ["dated 2017-10-12"])
        assert is_flagged("Long", ["place read as Long; check"])


@pytest.fixture(scope="module")
def dev() -> list[import_score.DocumentScore]:
    """The development set, scored once for the tests that read its figures."""
    return import_score.score_set(import_facts.load_split()["dev"])


class TestScorer:
    def test_counts_add_up(self, dev: list[import_score.DocumentScore]) -> None:
        """Every fact is recovered, missing or wrong; invented facts are wrong facts beyond them."""
        totals = import_score.totals(dev)
        assert (
            totals["facts"]
            == totals[RECOVERED] + totals[MISSING] + totals[WRONG] - totals["invented"]
        )

    def test_no_regression_on_the_development_set(
        self, dev: list[import_score.DocumentScore]
    ) -> None:
        """The development set scores at least its floor: drafts, facts, parties, wrong facts."""
        totals = import_score.totals(dev)
        reviews = [s for s in dev if any(o.category == "review" for o in s.outcomes)]
        programs = import_score.totals([s for s in dev if s not in reviews])
        assert programs[RECOVERED] >= BASELINE_RECOVERED_SHARE * programs["facts"]
        assert import_score.totals(reviews)[RECOVERED] >= BASELINE_REVIEW_RECOVERED
        review_facts = sum(score.counts("review")[RECOVERED] for score in reviews)
        assert review_facts >= BASELINE_REVIEW_FACTS
        assert totals["drafts_written"] >= BASELINE_DRAFTS_WRITTEN
        assert totals["parties_found"] >= BASELINE_PARTIES_FOUND
        assert totals[WRONG] <= CEILING_WRONG_SHARE * totals["facts"]
        assert totals[WRONG] - totals["flagged"] <= CEILING_UNFLAGGED

    def test_totals_only_without_details(self, dev: list[import_score.DocumentScore]) -> None:
        """A set reported without details names none of its documents."""
        report = import_score.table("Evaluation", dev, details=False)
        assert [] == [score.slug for score in dev if score.slug in report]
        assert "facts recovered" in report

    def test_json_report(self, capsys: pytest.CaptureFixture[str]) -> None:
        """--json prints the development set's totals and its documents for machines."""
        assert 0 == import_score.main(["--set", "dev", "--json"])
        report = json.loads(capsys.readouterr().out)
        assert ["dev"] == list(report)
        assert len(import_facts.load_split()["dev"]) == len(report["dev"]["documents_scored"])


#: The development set's titles (the documents', the instruments' and the cited acts')
#: printed in capitals and re-cased by import: at most this many lose a capital their
#: transcription has (26 of 305 today: names Decree 30 leaves to usage, "Đề án Đổi mới",
#: "Cổng thông tin điện tử", "Vịnh Hạ Long"; of the twelfth round, a law's name whose copy
#: capitalises "Điều" and "Chính quyền", which its transcription keeps as printed; of the
#: thirteenth, a regulation's "Trưởng thôn" printed so. "Đại hội XIII", and the fourteenth
#: round's leaders named after their posts, "Ban Chỉ đạo Quốc gia" and "tại Hội nghị", are read).
#: The seventeenth round's four add four titles whose capitals re-casing cannot know: proper
#: names of a project ("Metro Bến Thành - Suối Tiên", "Long Thành"), "Thành phố" standing for
#: Hà Nội (twice) and "Tổ quốc". The sixteenth round's province printed with an en dash,
#: "Bà Rịa \u2013 Vũng Tàu", is now read: 25 of 324. The nineteenth round's six add two whose
#: instrument a careful reader capitalises after the verb ("ban hành Quy chế ... trên Cổng
#: thông tin điện tử", "phê duyệt Quy hoạch mạng lưới ..."), which re-casing writes small.
#: The eighteenth round's three add two: a scheme the title names as "Đề án" (a common noun
#: Decree 30 leaves to usage) and a post after the leader's name and a hyphen ("Nguyễn Tuấn
#: Anh - Phó Bí thư Tỉnh ủy"): 29 of 340. "Tổ quốc", the Fatherland, now keeps its capital:
#: 28 of 340.
#: The twentieth round's seven add two whose capitals re-casing cannot know: a holiday's
#: name ("Tết Nguyên đán Bính Ngọ") and a law printed with a capital inside its name ("Luật
#: Cán bộ, Công chức"): 30.
#: The lunar new year's name ("Tết Nguyên đán Bính Ngọ") now keeps its capitals: 29 of 357.
#: An approved plan named after "phê duyệt", a web portal and a Party secretary's post keep
#: their capitals: 25 of 357.
#: The twenty-first round's four add one whose capitals re-casing cannot know: a national
#: programme and its projects as the circular's own text writes them ("Dự án 3", "Chương
#: trình mục tiêu quốc gia Giảm nghèo bền vững"): 26 of 361.
#: The twenty-third round's six add nine of 382: a district named with its number ("Quận 11",
#: twice), a team's proper name ("Tổ công tác Dân vận", twice), an instrument a careful reader
#: capitalises after the verb ("ban hành Bảng chấm điểm thi đua"), and names transcribed with
#: the capitals their copies print ("Luật Thi đua, Khen thưởng", "Bộ Luật Dân sự", "Doanh
#: nghiệp Nhà nước", "quản lý Nhà nước"): 38. A unit named by its number is written with its
#: capital ("Quận 11"): 36. With the twenty-first to twenty-third rounds and this re-casing
#: together: 33 of 390.
#: The twenty-fifth round's five add six of 399: ministries a copy capitalises ("các Bộ,
#: ngành", twice), a scheme's and a medal's names ("Đề án Giảm thiểu ...", "Kỷ niệm chương
#: “Vì sự nghiệp phát triển các Dân tộc”", twice each), the first two also losing a Roman
#: numeral in brackets ("(giai đoạn II)"): 39. A numeral after "giai đoạn", "đợt", "phần",
#: "chương", "mục", "loại" or "hạng" is kept since; the capitals stay lost: 39 of 404.
#: The twenty-fourth round's four add one whose capitals re-casing cannot know: a national
#: programme's name as its post heading writes it ("Chương trình MTQG Nước sạch & VSMT"): 34
#: of 394. Both rounds together: 40 of 408.
#: The twenty-sixth round's six add five of 428 whose capitals re-casing cannot know: names
#: transcribed with the capitals their copies print ("Luật Ban hành văn bản Quy phạm pháp
#: luật ...", "Luật Tổ chức Chính quyền địa phương", twice) and a team's proper name ("Tổ công
#: tác triển khai thực hiện ...", twice): 45. A working team is named as a body is, with its
#: capital ("Tổ công tác"): 43.
#: The twenty-eighth round's five add three: the Party after "của" ("sự lãnh đạo của Đảng"),
#: a scheme's name the body capitalises ("Đề án Tăng cường ...") and a bracketed line that
#: starts with a capital under a title ("(Ban hành kèm theo ...)"); the Party whose leadership
#: a title names keeps its capital since. The twenty-ninth round's four add two whose capitals
#: re-casing cannot know: the record of an association's congress as its copy prints it
#: ("biên bản Đại hội Hội Cựu giáo chức quận 8") and a law's name with the capitals its copy
#: prints ("Luật Tổ chức Chính quyền địa phương" inside the amending law's). The twenty-sixth
#: to twenty-ninth rounds together: 47. The thirtieth round's six add three whose capitals
#: re-casing cannot know, names with the capitals their copies print: a code, alone and inside
#: the law amending it ("Bộ Luật Lao động"), and a law's second noun ("Luật Phí và Lệ phí"): 50.
#: A scheme named after the verb that carries it out written as Decree 30/2020 writes a
#: document's name ("thực hiện Đề án Tăng cường ..."): 46.
#: to twenty-ninth rounds together: 47. The thirty-first round's five add two: a movement and
#: a campaign named with the capitals the notice's own summary writes before their quoted
#: names ("Phong trào \"Toàn dân ...\"", "Cuộc vận động \"Toàn dân ...\""), and a country's
#: name ("do Mỹ sử dụng"): 49.
#: name ("do Mỹ sử dụng"): 49. A scheme's name after the "Đề án" that names it ("Đề án Giảm
#: thiểu ..."), a numbered project ("Dự án 4") and a movement or a campaign before its quoted
#: name keep a capital since: 44.
#: name keep a capital since: 44. A country a title names ("do Mỹ sử dụng", "Nhật Bản"): 43.
#: to twenty-ninth rounds together: 47. The thirty-second round's six add one: a month of
#: action the body names with its capital ("Tháng hành động vì trẻ em năm 2017"): 48.
#: The thirty-third round's two add one whose capitals re-casing cannot know, a law's name
#: with the capital its copy prints ("Luật Tổ chức Chính quyền địa phương"): 48.
#: The thirty-fourth round's three add one whose capitals re-casing cannot know, a law's name
#: with the capitals its copy prints ("Luật Tổ chức Chính quyền địa phương" as Phú Thọ's
#: decision writes it): 48; with the thirty-third round's, 49.
#: The thirty-fifth round's three add two whose capitals re-casing alone cannot know, the
#: State Audit's audit team with the capital its copy prints ("Đoàn kiểm toán nhà nước", in
#: the decision's title and the regulation's; its own text gives it, and both are recovered
#: from it): 51.
#: The thirty-eighth round's four add two whose capitals re-casing cannot know, laws' names
#: with the capitals their copies print ("Luật Hoạt động giám sát của Quốc Hội và Hội đồng
#: nhân dân", "Luật Tổ chức Chính quyền địa phương" as Bắc Kạn's 2021 decision writes it): 53.
#: The thirty-seventh round's three district plans of mass organisations and a People's
#: Committee add seven whose capitals re-casing does not know: the Youth Union and the Youth
#: Federation named by their short words with a capital ("công tác Đoàn", "công tác Hội",
#: "Đại hội Đoàn toàn quốc"), and "Đại hội Đảng": 60.
#: The forty-third round's three add one: a national target programme's name whose capitals
#: its decision's Article 1 prints ("Chương trình mục tiêu Y tế - Dân số"), its heading in
#: capitals: 61.
#: The fortieth round's three add three whose capitals re-casing does not know: Bình
#: Phước's 2022 decision and its regulation, on "Thừa phát lại", which its căn cứ print with
#: the capital ("chế định Thừa phát lại"), and an ordinance's name with the capitals its copy
#: prints ("Pháp lệnh Bưu chính, Viễn thông"): 63. A short name the text writes at least
#: twice with a capital inside its sentences takes it in the title since ("Thừa phát lại"),
#: which the decision's draft recovers from its căn cứ; this test's title alone has no such
#: text: still 63.
#: The forty-first round's three commune and ward texts add two whose capitals re-casing
#: cannot know: a scheme named with its capital in a ward's notice ("Đề án điều chỉnh địa
#: giới hành chính ..."), and an amending law's name printed without "Luật" before the law it
#: amends ("... một số điều của Phòng, chống thiên tai và Luật Đê điều"): 62.
#: The forty-second round's three add two whose capitals re-casing alone cannot know, a
#: national programme's name with the capitals its copy prints ("Chương trình Sức khỏe học
#: đường", "Chương trình phục hồi và phát triển kinh tế - xã hội", and "hỗ trợ Chương
#: trình"; their own texts give them, and both titles are recovered from them): 62.
#: The thirty-sixth to forty-third rounds landed together: 68 (each round's count above is
#: from main before the others landed).
#: The forty-fourth round's three add one whose capitals re-casing alone cannot know: a world
#: heritage site's name ("Quần thể danh thắng Tràng An"), printed in capitals only: 69.
#: The forty-eighth round's three add one, Bình Định's plan for the same national programme
#: as Cà Mau's ("Chương trình Sức khỏe học đường"), whose own text gives the capital and whose
#: title its draft recovers: 69.
#: The forty-seventh round's three joint circulars add one whose capital re-casing alone
#: cannot know, "đồn Biên phòng" (border posts, as its text writes them; its own text gives
#: it, and the draft recovers the title from it): 69.
#: The forty-sixth round's three add three: a decision's title after "V/v" whose verb its copy
#: prints with a capital ("V/v Ban hành quy chế ..."), and the 1992 Constitution's name twice,
#: the country's name in it re-cased without its capital ("nước Cộng hoà xã hội chủ nghĩa Việt
#: Nam"): 71. The country's name found in either tone placement ("CỘNG HOÀ") since: 70.
#: The forty-fifth round's three add one whose capitals re-casing cannot know: an amending law's
#: name its căn cứ print with a capital inside it ("Luật Sửa đổi, bổ sung một số điều và Phụ lục
#: danh mục chỉ tiêu thống kê quốc gia của Luật Thống kê"), not printed in capitals there: 69.
#: The forty-fourth to forty-eighth rounds landed together: 74.
#: The fiftieth round's decision adds two whose capital re-casing alone cannot know: the
#: neighbourhood guard's name ("Bảo vệ dân phố"), in the decision's title and the regulation's,
#: which its own text gives and its draft recovers: 76.
#: The fifty-first round's letters add two whose capitals re-casing alone cannot know: a
#: conference named with a capital in a subject line printed in small letters ("V/v tổ chức
#: Hội nghị", "... kết quả Hội nghị Bộ trưởng Nông nghiệp các nước GMS ..."), never printed in
#: capitals in their copies: 78.
#: The fifty-first to fifty-fifth rounds landed together: 78.
#: The fifty-sixth round's three add three whose capitals re-casing alone cannot know, as their
#: copies print them: two laws' names with "Hội đồng Nhân dân" (Đồng Nai's căn cứ), and a
#: programme's title with "đối ngoại Nhân dân", which its own text writes so: 79. The
#: fifty-first to fifty-sixth rounds landed together: 81.
#: The sixtieth round's three add one whose capital re-casing alone cannot know: the Party
#: Congress's resolution cited by name as one căn cứ prints it, "Nghị quyết Đại hội Đại biểu
#: toàn quốc lần thứ XIII ..." (its Article 1 writes "đại biểu"): 82.
#: The sixty-second round adds two whose capitals re-casing alone cannot know: the Young
#: Pioneer brigades' work programmes, which their copies print "Chương trình Công tác Đội và
#: phong trào thiếu nhi ..." (and "... Phong trào ..."): 83. Landed after the sixtieth round's
#: one: 84.
#: The sixty-fourth round adds one whose capital re-casing alone cannot know: the law on
#: local government as Cao Bằng's căn cứ prints it, "Luật Tổ chức Chính quyền địa phương"
#: (most copies write "chính quyền"): 85.
#: The sixty-sixth round adds two whose capitals re-casing alone cannot know: the Veterans'
#: Association's work programme and plan named by their issuer as its guidance prints it,
#: "... của Thường trực Trung ương Hội năm 2019" (the standing board, and "Hội" for the
#: Association): 86.
#: The sixty-seventh round adds one whose capitals re-casing alone cannot know: the commune
#: Party congress's resolution cited by name as Nhân Khang's căn cứ prints it, "Nghị quyết Đại
#: hội Đảng bộ xã Nhân Khang ..." (re-cased "đại hội", as the sixtieth round's congress): 86.
#: The sixty-fourth, sixty-sixth and sixty-seventh rounds landed together: 88.
#: The seventy-first round adds four whose capitals re-casing alone cannot know, as its copies
#: print them: Lào Cai's title and its regulation's name with the council's term in a capital
#: ("... tỉnh Lào Cai Khóa XV, nhiệm kỳ 2016 - 2021"), the law on local government as its căn
#: cứ prints it ("Luật Tổ chức Chính quyền địa phương", as the sixty-fourth round's), and
#: Hòa Bình's "Luật Ngân sách Nhà nước": 92.
#: The sixty-ninth round adds one whose capitals re-casing alone cannot know: Thừa Thiên Huế's
#: plan for the national programme its own text names "Chương trình Hỗ trợ phát triển giáo
#: dục mầm non ..." (a capital on the programme's first word after "Chương trình"): 89.
#: The seventieth round adds two: a letter's subject with a capital after its mark ("V/v:
#: Thực hiện QĐ số 19/2004/QĐ-TTg"; re-cased, the mark with its colon stays "V/V:" and the
#: symbol's "TTg" is lost too), and a conference resolution's title with the Union's branches
#: ("chi Hội", "tổ Hội") and its term in brackets ("(Khoá VII)", re-cased "(khoá vii)", the
#: title's last words "Nghề Nghiệp"): 90. The symbols' "TTg" and the bracketed term's numeral
#: are re-cased right since; "V/V:", the capital "Khoá" and "Nghề Nghiệp" are not.
#: The sixty-eighth to seventy-first rounds landed together: 95.
#: The seventy-fifth round adds two whose capitals re-casing alone cannot know, as their
#: copies print them: the Prime Minister's letter's subject, printed in small letters with the
#: Front's "Đại hội" ("V/v phối hợp, tạo điều kiện tổ chức Đại hội MTTQ Việt Nam ..."), and
#: the Ministry of Public Security's guidance on the criterion its own text names "Tiêu chí
#: số 4" (both recovered in their own drafts): 97.
#: The seventy-sixth round adds one whose capitals re-casing alone cannot know, as the
#: sixty-ninth's: Thái Bình's plan for the programme its enacting sentence names "Chương trình
#: Củng cố ... chuyên ngành Dân số ..." (capitals on the programme's first word and on its
#: sector); the plan's own draft takes them from that sentence: 96.
#: The seventy-fourth round adds one whose capitals re-casing alone cannot know: the 2014
#: joint circular's "ASEAN" (re-cased "asean"; the document's own text, which writes it in
#: capitals among small letters, keeps it since): 96.
#: The seventy-second round adds one whose capital re-casing alone cannot know: the law on
#: state assets as Hậu Giang's căn cứ prints it, "Luật Quản lý, sử dụng tài sản Nhà nước": 96.
#: The seventy-third round adds two whose capitals re-casing alone cannot know, as Phú Thọ's
#: căn cứ prints them: "Luật Tổ chức Chính quyền địa phương" (as the sixty-fourth and
#: seventy-first rounds') and "Luật Ban hành văn bản Quy phạm pháp luật": 97.
#: The seventy-seventh round adds two whose capitals re-casing alone cannot know: the Home
#: Affairs decision's title and its regulation's name, "... của Bộ và ngành Nội vụ" (the
#: ministry by its bare "Bộ", the sector's name after "ngành"); the copy's Điều 1 writes them,
#: so the real draft keeps them: 97.
#: The seventy-second to seventy-seventh rounds landed together: 104.
#: The seventy-eighth round adds two whose capital re-casing alone cannot know: the law on
#: legal documents as An Giang's and Cà Mau's căn cứ print it, "Luật Ban hành Văn bản quy
#: phạm pháp luật của ..." (a capital on "Văn bản"): 106.
#: The seventy-ninth round adds one whose capital re-casing alone cannot know: the Hanoi
#: Women's Union's plan's "tuyên truyền Đại hội đại biểu phụ nữ các cấp" (the congresses of
#: every level, re-cased "đại hội"; the later "Đại hội ... thành phố Hà Nội lần thứ XVI",
#: named by its number, keeps its capital): 105 on the rounds to the seventy-seventh.
#: The seventy-eighth and seventy-ninth rounds landed together: 107.
#: The eightieth round adds one whose capital re-casing alone cannot know: Lâm Đồng's meeting,
#: "Hội nghị sơ kết Chương trình phối hợp giữa Ban Dân tộc ...", the programme named with its
#: capital inside the meeting's name: 108.
CEILING_RECASED_TITLES_LOST = 108


def _dev_titles() -> list[str]:
    titles: list[str] = []
    for slug in import_facts.load_split()["dev"]:
        facts = tomllib.loads((CORPUS / slug / "facts.toml").read_text(encoding="utf-8"))
        found = [facts.get("document", {}).get("title")]
        found += [part.get("title") for part in facts.get("attached", []) + facts.get("acts", [])]
        titles += [t for t in found if t and any(c.islower() for c in t)]
    return titles


def test_titles_printed_in_capitals_keep_the_development_set_s_capitals() -> None:
    """Each development title, printed in capitals, is re-cased with its transcription's capitals.

    A plan's title printed in capitals is re-cased; every capital the hand transcription
    writes (a proper name, a body, an act) must be a capital again, as the scorer requires.
    """
    lost = []
    titles = _dev_titles()
    for title in titles:
        draft = coordprog.import_text(
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\nSố: 216/KH-UBND\n"
            f"Quảng Nam, ngày 06 tháng 02 năm 2023\nKẾ HOẠCH\n{title.upper()}\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
            "I. MỤC ĐÍCH\n1. Triển khai.\n"
        )
        got = draft.data.get("title", "")
        if len(got) != len(title) or any(
            a.isupper() and not b.isupper() for a, b in zip(title, got, strict=True)
        ):
            lost.append(title)
    assert len(titles) > 200
    assert len(lost) <= CEILING_RECASED_TITLES_LOST, lost
