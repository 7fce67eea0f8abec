"""The tables of the SQLite export: columns, keys and what each means, in Vietnamese and English.

One description serves both the ``CREATE TABLE`` statements and the
Datasette metadata written beside the database, so that a column cannot
exist without its explanation.  Every table's key is one text column,
``id``, readable (``"binh-thuan-2022/II.1.1.3"``), and every reference to
another row is one column naming that ``id``: Datasette shows
single-column foreign keys as links.
"""

from __future__ import annotations

import attrs


@attrs.frozen
class Column:
    """A column: its SQL type, whether it may be empty, the table it refers to, its meaning."""

    name: str
    type: str
    vi: str
    en: str
    required: bool = False
    refers: str | None = None

    @property
    def sql(self) -> str:
        """The column's definition in ``CREATE TABLE``."""
        text = f'"{self.name}" {self.type}'
        if self.required:
            text += " NOT NULL"
        if self.refers:
            text += f" REFERENCES {self.refers}(id) DEFERRABLE INITIALLY DEFERRED"
        return text


@attrs.frozen
class Table:
    """A table: its columns after ``id``, titles and descriptions, Datasette's label and facets."""

    name: str
    title_vi: str
    title_en: str
    vi: str
    en: str
    columns: tuple[Column, ...]
    label: str | None = None
    facets: tuple[str, ...] = ()
    sort: str | None = None

    @property
    def sql(self) -> str:
        """The ``CREATE TABLE`` statement and an index for each column that refers."""
        lines = ["  id TEXT PRIMARY KEY", *(f"  {column.sql}" for column in self.columns)]
        statements = [f"CREATE TABLE {self.name} (\n" + ",\n".join(lines) + "\n);"]
        for column in self.columns:
            if column.refers or column.name in self.facets:
                statements.append(
                    f'CREATE INDEX {self.name}_{column.name} ON {self.name}("{column.name}");'
                )
        return "\n".join(statements)

    @property
    def names(self) -> tuple[str, ...]:
        """Every column's name, ``id`` first, in the order rows give their values."""
        return ("id", *(column.name for column in self.columns))


def _c(
    name: str, type_: str, vi: str, en: str, *, required: bool = False, refers: str = ""
) -> Column:
    return Column(name, type_, vi, en, required, refers or None)


def _text(name: str, vi: str, en: str, *, required: bool = False, refers: str = "") -> Column:
    return _c(name, "TEXT", vi, en, required=required, refers=refers)


def _int(name: str, vi: str, en: str, *, required: bool = False) -> Column:
    return _c(name, "INTEGER", vi, en, required=required)


def _flag(name: str, vi: str, en: str) -> Column:
    return _c(name, "INTEGER", f"{vi} (1 có, 0 không)", f"{en} (1 yes, 0 no)", required=True)


def _date(name: str, vi: str, en: str, *, required: bool = False) -> Column:
    return _c(
        name,
        "TEXT",
        f"{vi} (YYYY-MM-DD, hoặc YYYY-MM, YYYY khi văn bản chỉ nêu tháng, năm)",
        f"{en} (YYYY-MM-DD, or YYYY-MM, YYYY when only the month or year is stated)",
        required=required,
    )


def _precision(name: str, what_vi: str, what_en: str) -> Column:
    return _text(
        name,
        f"{what_vi} biết đến: day (ngày), month (tháng), year (năm); trống: không rõ",
        f"{what_en} known to the day, month or year; empty: not known",
    )


def _program() -> Column:
    return _text("program_id", "Chương trình", "The program", required=True, refers="programs")


def _file() -> Column:
    return _text(
        "records_file",
        "Tệp hồ sơ ghi nhận",
        "The records file it comes from",
        refers="record_files",
    )


TABLES: tuple[Table, ...] = (
    Table(
        "programs",
        "Chương trình, văn bản phối hợp",
        "Programs",
        "Mỗi dòng là một chương trình, quy chế, nghị quyết liên tịch hoặc kế hoạch phối hợp.",
        "One row per coordination program, regulation, joint resolution or joint plan.",
        (
            _text("title", "Trích yếu", "Title", required=True),
            _text("kind", "Loại văn bản", "Kind of document", required=True),
            _text("number", "Số, ký hiệu", "Number and symbol"),
            _text(
                "level",
                "Cấp (nêu trong văn bản hoặc suy từ các bên ký)",
                "Level (stated or derived from the signing parties)",
            ),
            _text("province", "Tỉnh, thành phố", "Province"),
            _text(
                "period_as_written",
                "Thời gian như văn bản viết",
                "The period as written",
                required=True,
            ),
            _date("signed_on", "Ngày ký", "Signing date"),
            _text(
                "parent_id",
                "Văn bản cấp trên được thực hiện",
                "The program it carries out",
                refers="programs",
            ),
            _flag("text_available", "Có toàn văn", "Text available"),
            _int("tasks", "Số nhiệm vụ", "Tasks", required=True),
            _int(
                "illustrative_records",
                "Hồ sơ ghi nhận minh họa (1), thật (0), không có (trống)",
                "Records illustrative (1), real (0), none (empty)",
            ),
            _text(
                "instruction_id",
                "Văn bản chỉ đạo được thực hiện",
                "The instruction it answers",
                refers="instructions",
            ),
            _text(
                "predecessor_id", "Chương trình trước", "The program it follows", refers="programs"
            ),
            _text(
                "successor_id",
                "Chương trình tiếp theo",
                "The program that follows it",
                refers="programs",
            ),
            _text("act_id", "Văn bản (theo số)", "The act, by its number", refers="acts"),
            _flag("level_stated", "Cấp do văn bản nêu", "Level stated by the document"),
            _text("place", "Nơi ký", "Place of signing"),
            _date(
                "start", "Ngày bắt đầu (trống: văn bản không nêu)", "First day (empty: not stated)"
            ),
            _date(
                "end", "Ngày kết thúc (trống: đến khi thay thế)", "Last day (empty: until replaced)"
            ),
            _text(
                "period_precision",
                "Độ chính xác của thời gian (day, month, year)",
                "How precisely the period is stated (day, month, year)",
                required=True,
            ),
            _text("term", "Nhiệm kỳ", "Term of office"),
            _precision("signed_precision", "Ngày ký", "The signing date"),
            _flag(
                "end_unknown",
                "Có ngày kết thúc nhưng văn bản không nêu",
                "Has an end the document does not state",
            ),
            _text("parent_ref", "Văn bản cấp trên như được dẫn", "The parent as cited"),
            _text("predecessor_ref", "Chương trình trước như được dẫn", "The predecessor as cited"),
            _text("note", "Ghi chú", "Note"),
            _text("source", "Tệp", "File", required=True),
        ),
        label="title",
        facets=("kind", "level", "text_available", "province"),
        sort="id",
    ),
    Table(
        "acts",
        "Văn bản theo số, ký hiệu",
        "Acts",
        "Mỗi văn bản được các chương trình nêu số, một dòng cho mọi cách viết số đó.",
        "One row per act the documents number, whatever the spelling of the number.",
        (
            _text("number", "Số, ký hiệu", "Number and symbol", required=True),
            _text("spellings", "Các cách viết đã gặp", "Spellings seen", required=True),
            _text("kind", "Loại văn bản", "Kind"),
            _date("date", "Ngày", "Date"),
            _precision("date_precision", "Ngày", "The date"),
            _text("issuer", "Cơ quan ban hành", "Issuer"),
            _text("title", "Trích yếu", "Title"),
            _text(
                "program_id",
                "Chương trình trong danh mục",
                "Its program in the portfolio",
                refers="programs",
            ),
            _text(
                "instruction_id",
                "Văn bản chỉ đạo trong danh mục",
                "Its instruction in the portfolio",
                refers="instructions",
            ),
        ),
        label="number",
        facets=("kind",),
        sort="id",
    ),
    Table(
        "bodies",
        "Cơ quan",
        "Bodies",
        "Mỗi cơ quan nhận ra qua các chương trình; tên, cấp, tỉnh theo chương trình gần nhất.",
        "One row per body recognised across programs; name, level and province as in its "
        "latest program.",
        (
            _text("name", "Tên", "Name", required=True),
            _text("level", "Cấp", "Level"),
            _text("province", "Tỉnh, thành phố", "Province"),
            _text("kind", "Loại cơ quan", "Kind of body"),
            _flag("explicit", "Do bodies.toml nêu", "Named by bodies.toml"),
            _text("successor_id", "Cơ quan kế thừa", "The body that took it over", refers="bodies"),
            _date("until", "Ngày chấm dứt", "Last day"),
            _int("programs", "Số chương trình", "Programs", required=True),
        ),
        label="name",
        facets=("level", "province", "kind"),
        sort="id",
    ),
    Table(
        "parties",
        "Các bên",
        "Parties",
        "Mỗi bên ký hoặc cơ quan được nêu trong nhiệm vụ của một chương trình.",
        "One row per signing party or third body of a program.",
        (
            _program(),
            _text("party_id", "Mã trong chương trình", "Id in the program", required=True),
            _text("body_id", "Cơ quan", "The body", required=True, refers="bodies"),
            _text("name", "Tên", "Name", required=True),
            _text("name_in_force", "Tên tại ngày ký", "Name on the signing date", required=True),
            _text("short_name", "Tên viết tắt", "Short name"),
            _text("kind", "Loại cơ quan", "Kind of body"),
            _text("level", "Cấp", "Level"),
            _text("province", "Tỉnh, thành phố", "Province"),
            _text("parent_body", "Cơ quan cấp trên", "Parent body"),
            _text(
                "issuing_organ", "Cơ quan thường trực ký thay", "Standing organ that signs for it"
            ),
            _text("focal_unit", "Đơn vị đầu mối tham mưu", "Focal unit"),
            _flag("signing", "Bên ký", "Signing party"),
            _flag("group_party", "Nhóm cơ quan", "A group of bodies"),
            _text("members", "Thành viên (mã)", "Members (ids)"),
            _text("former_names", "Tên cũ (đến ngày)", "Former names (until)"),
            _text("successor", "Bên kế thừa (mã)", "Successor party (id)"),
            _text(
                "split_into",
                "Tách thành (mã các bên khác)",
                "Split into (ids of the other parties)",
            ),
            _date("until", "Ngày chấm dứt", "Last day"),
            _precision("until_precision", "Ngày chấm dứt", "The last day"),
            _text("note", "Ghi chú", "Note"),
        ),
        label="name",
        facets=("signing", "level", "province", "kind"),
        sort="id",
    ),
    Table(
        "legal_refs",
        "Văn bản được dẫn",
        "Legal references",
        "Mỗi văn bản một chương trình dẫn chiếu, và vai trò của nó.",
        "One row per act a program cites, with its role.",
        (
            _program(),
            _text("ref_id", "Mã trong chương trình", "Id in the program", required=True),
            _text("act_id", "Văn bản (theo số)", "The act, by its number", refers="acts"),
            _text(
                "role",
                "Vai trò: căn cứ (basis), cấp trên (parent), trước (predecessor), dẫn (cited)",
                "Role: basis, parent, predecessor, cited",
                required=True,
            ),
            _text("kind", "Loại văn bản", "Kind", required=True),
            _text("number", "Số, ký hiệu như được viết", "Number as written"),
            _date("date", "Ngày", "Date"),
            _precision("date_precision", "Ngày", "The date"),
            _text("issuer", "Cơ quan ban hành", "Issuer"),
            _text("title", "Trích yếu", "Title"),
        ),
        label="number",
        facets=("role", "kind"),
        sort="id",
    ),
    Table(
        "tasks",
        "Nhiệm vụ",
        "Tasks",
        "Mỗi nhiệm vụ của chương trình và của kế hoạch hằng năm, với tình trạng tại ngày xuất.",
        "One row per task of a program or of its annual plans, with its status as of the export.",
        (
            _program(),
            _text("task_id", "Mã trong chương trình", "Id in the program", required=True),
            _text("number", "Số thứ tự", "Number"),
            _text("text", "Nội dung", "Text", required=True),
            _text("category", "Nhóm nhiệm vụ", "Category"),
            _int(
                "plan_year",
                "Năm của kế hoạch (trống: nhiệm vụ của chương trình)",
                "Year of its plan (empty: a task of the program)",
            ),
            _flag("joint", "Các bên cùng thực hiện (không có đơn vị chủ trì)", "Joint (no lead)"),
            _date("deadline", "Hạn", "Deadline"),
            _text(
                "parent_task",
                "Nhiệm vụ cấp trên được thực hiện",
                "The task above it carries out",
                refers="tasks",
            ),
            _text("parent_program_id", "Chương trình cấp trên", "Program above", refers="programs"),
            _text("parent_task_id", "Mã nhiệm vụ cấp trên", "Id of the task above"),
            _text("status", "Tình trạng", "Status"),
            _flag(
                "overdue",
                "Quá hạn tại ngày xuất (báo cáo quá hạn, hoặc quá hạn mà chưa báo cáo)",
                "Overdue as of the export (reported so, or past its deadline unreported)",
            ),
            _date("status_as_of", "Báo cáo ngày", "Reported on"),
            _text("note", "Ghi chú", "Note"),
        ),
        label="text",
        facets=("status", "program_id", "category", "joint"),
        sort="id",
    ),
    Table(
        "task_roles",
        "Vai trò trong nhiệm vụ",
        "Roles in tasks",
        "Mỗi cơ quan và vai trò của nó trong một nhiệm vụ: chủ trì, phối hợp, cùng thực hiện, ...",
        "One row per body and its role in a task: lead, support, joint, or another.",
        (
            _text("task", "Nhiệm vụ", "The task", required=True, refers="tasks"),
            _program(),
            _text("party", "Bên", "The party", required=True, refers="parties"),
            _text("body_id", "Cơ quan", "The body", required=True, refers="bodies"),
            _text(
                "role",
                "Vai trò (lead chủ trì, support phối hợp, joint cùng thực hiện, ...)",
                "Role (lead, support, joint, ...)",
                required=True,
            ),
        ),
        facets=("role", "body_id"),
        sort="id",
    ),
    Table(
        "task_bodies",
        "Cơ quan chịu trách nhiệm nhiệm vụ",
        "Bodies answering for tasks",
        "Mỗi cơ quan chịu trách nhiệm một nhiệm vụ tại ngày xuất: đơn vị chủ trì, hoặc mọi bên "
        "của nhiệm vụ cùng thực hiện, sau khi chuyển giao cho cơ quan kế thừa.",
        "One row per body answering for a task as of the export: its leads, or every body of a "
        "joint task, after hand-overs to successors.",
        (
            _text("task", "Nhiệm vụ", "The task", required=True, refers="tasks"),
            _program(),
            _text("party", "Bên", "The party", required=True, refers="parties"),
            _text("body_id", "Cơ quan", "The body", required=True, refers="bodies"),
            _flag("joint", "Cùng thực hiện (không có đơn vị chủ trì)", "Joint (no lead)"),
        ),
        facets=("body_id", "joint"),
        sort="id",
    ),
    Table(
        "targets",
        "Chỉ tiêu",
        "Targets",
        "Mỗi chỉ tiêu của một nhiệm vụ.",
        "One row per numeric target of a task.",
        (
            _text("task", "Nhiệm vụ", "The task", required=True, refers="tasks"),
            _text("target_id", "Mã chỉ tiêu", "Target id"),
            _text("description", "Chỉ tiêu", "Target", required=True),
            _c("value", "REAL", "Giá trị", "Value"),
            _text("unit", "Đơn vị", "Unit"),
            _int("year", "Năm", "Year"),
        ),
        label="description",
        sort="id",
    ),
    Table(
        "annual_plans",
        "Kế hoạch hằng năm",
        "Annual plans",
        "Mỗi kế hoạch phối hợp hằng năm đã ban hành, kể cả kế hoạch không nêu nhiệm vụ.",
        "One row per annual plan issued, plans without tasks too.",
        (
            _program(),
            _int("year", "Năm", "Year", required=True),
            _text("number", "Số, ký hiệu", "Number"),
            _date("date", "Ngày ban hành", "Date"),
            _text("title", "Trích yếu", "Title"),
            _int("tasks", "Số nhiệm vụ", "Tasks", required=True),
        ),
        facets=("year",),
        sort="id",
    ),
    Table(
        "signatories",
        "Người ký",
        "Signatories",
        "Mỗi chữ ký của chương trình, theo thứ tự in.",
        "One row per signature of a program, in printed order.",
        (
            _program(),
            _text("party", "Bên ký", "The party", refers="parties"),
            _text("body_id", "Cơ quan", "The body", refers="bodies"),
            _text("title", "Chức vụ", "Position"),
            _text("name", "Họ tên", "Name"),
            _text("authority", "Thẩm quyền ký (TM., KT., ...)", "Authority line (TM., KT., ...)"),
            _text("rank", "Cấp bậc", "Rank"),
            _text("posts", "Chức vụ khác", "Other posts"),
            _date("signed_on", "Ngày ký", "Date signed"),
            _text(
                "body",
                "Cơ quan ký thay mặt (không phải một bên)",
                "Body signed for, when it is not a party",
            ),
        ),
        label="name",
        sort="id",
    ),
    Table(
        "amendments",
        "Điều chỉnh, bổ sung",
        "Amendments",
        "Mỗi lần điều chỉnh, bổ sung chương trình.",
        "One row per amendment of a program.",
        (
            _program(),
            _date("date", "Ngày có hiệu lực", "In force from"),
            _text("number", "Số văn bản", "Number"),
            _text("reason", "Lý do", "Reason", required=True),
            _text("changes", "Nội dung thay đổi", "What changed"),
            _date("new_start", "Thời gian mới: từ", "New period: from"),
            _date("new_end", "Thời gian mới: đến", "New period: to"),
            _flag("new_schedule", "Thay đổi lịch sơ kết, tổng kết", "Changes the schedule"),
        ),
        sort="id",
    ),
    Table(
        "instructions",
        "Chỉ đạo cấp dưới",
        "Instructions",
        "Mỗi văn bản (hoặc đoạn văn bản) chỉ đạo cấp dưới xây dựng chương trình, kế hoạch.",
        "One row per order to lower levels to make programs or plans of their own.",
        (
            _program(),
            _text("instruction_id", "Mã", "Id", required=True),
            _text(
                "source",
                "Ở đâu: program (văn bản này) hoặc records (văn bản gửi sau)",
                "Where: program (its own text) or records (sent later)",
                required=True,
            ),
            _file(),
            _text("kind", "Loại văn bản", "Kind of act"),
            _text("number", "Số, ký hiệu", "Number"),
            _date("date", "Ngày", "Date"),
            _precision("date_precision", "Ngày", "The date"),
            _text("issuers", "Bên ban hành (mã)", "Issuing parties (ids)"),
            _text("title", "Trích yếu", "Title"),
            _text("text", "Nội dung", "Text"),
        ),
        label="number",
        facets=("source", "kind"),
        sort="id",
    ),
    Table(
        "expectations",
        "Cấp dưới phải thực hiện",
        "Expectations",
        "Mỗi cấp một văn bản chỉ đạo yêu cầu, và số chương trình đã biết.",
        "One row per level an instruction orders, with how many programs are known.",
        (
            _text(
                "instruction",
                "Văn bản chỉ đạo",
                "The instruction",
                required=True,
                refers="instructions",
            ),
            _program(),
            _text("level", "Cấp", "Level", required=True),
            _text("bodies", "Cơ quan phải thực hiện", "Bodies expected"),
            _text("places", "Địa phương được nêu", "Places named"),
            _int("count", "Số lượng nêu trong văn bản", "Number stated"),
            _int(
                "expected",
                "Số phải thực hiện (nêu, hoặc số địa phương được nêu)",
                "Number expected (stated, or places named)",
            ),
            _text("makes", "Loại văn bản phải ban hành", "Kind of act to issue", required=True),
            _flag("annual_plans", "Kèm kế hoạch hằng năm", "With yearly plans"),
            _date("deadline", "Hạn", "Deadline"),
            _int("known", "Số chương trình đã biết", "Programs known", required=True),
            _int("on_time", "Đúng hạn", "On time", required=True),
            _int("late", "Quá hạn", "Late", required=True),
            _text("missing", "Địa phương được nêu chưa biết", "Places named not yet known"),
        ),
        facets=("level",),
        sort="id",
    ),
    Table(
        "events",
        "Sự kiện theo lịch",
        "Scheduled events",
        "Mỗi sự kiện theo lịch của chương trình (kế hoạch năm, sơ kết, tổng kết, giao ban, "
        "báo cáo), với tình trạng tại ngày xuất.",
        "One row per scheduled event (annual plan, review, meeting, report), with its state "
        "as of the export.",
        (
            _program(),
            _text("rule", "Quy định lịch", "Schedule rule", required=True),
            _int("sequence", "Lần thứ", "Sequence", required=True),
            _text("kind", "Loại sự kiện", "Kind", required=True),
            _text("title", "Sự kiện", "Event", required=True),
            _date("start", "Kỳ từ ngày", "Window from", required=True),
            _date("end", "Kỳ đến ngày", "Window to", required=True),
            _date("due", "Hạn", "Due", required=True),
            _date("last_day", "Ngày cuối còn đúng hạn", "Last day on time", required=True),
            _text(
                "state",
                "Tình trạng (overdue quá hạn, pending chưa đến hạn, held-... đã thực hiện)",
                "State (overdue, pending, held-...)",
                required=True,
            ),
            _date("held_on", "Ngày thực hiện", "Held on"),
            _text("record", "Ghi nhận", "Record"),
            _text(
                "meeting", "Hội nghị đã thực hiện", "The meeting that held it", refers="meetings"
            ),
        ),
        label="title",
        facets=("state", "kind", "program_id"),
        sort="due",
    ),
    Table(
        "event_bodies",
        "Cơ quan của sự kiện",
        "Bodies of events",
        "Mỗi cơ quan chủ trì, chủ trì hội nghị hoặc nhận báo cáo của một sự kiện.",
        "One row per body that leads, chairs or receives an event.",
        (
            _text("event", "Sự kiện", "The event", required=True, refers="events"),
            _program(),
            _text("body_id", "Cơ quan", "The body", required=True, refers="bodies"),
            _text(
                "role",
                "Vai trò (lead, chair, recipient)",
                "Role (lead, chair, recipient)",
                required=True,
            ),
        ),
        facets=("role", "body_id"),
        sort="id",
    ),
    Table(
        "record_files",
        "Tệp hồ sơ ghi nhận",
        "Records files",
        "Mỗi tệp hồ sơ ghi nhận việc thực hiện; minh họa hay lấy từ báo cáo thật.",
        "One row per records file; whether it is illustrative or taken from real reports.",
        (
            _program(),
            _text("title", "Tên", "Title"),
            _flag("illustrative", "Minh họa", "Illustrative"),
            _text("sources", "Nguồn", "Sources"),
            _text("note", "Ghi chú", "Note"),
        ),
        label="title",
        facets=("illustrative",),
        sort="id",
    ),
    Table(
        "meetings",
        "Hội nghị đã tổ chức",
        "Meetings held",
        "Mỗi hội nghị, cuộc họp ghi trong hồ sơ: ký kết, triển khai, giao ban, sơ kết, tổng kết.",
        "One row per meeting the records hold: signing, launch, coordination meeting, review.",
        (
            _program(),
            _text("meeting_id", "Mã", "Id", required=True),
            _file(),
            _text("kind", "Loại", "Kind", required=True),
            _date("date", "Ngày (trống: hồ sơ không nêu)", "Date (empty: not stated)"),
            _precision("date_precision", "Ngày", "The date"),
            _text("title", "Tên", "Title"),
            _text("place", "Địa điểm", "Place"),
            _date("window_start", "Kỳ từ ngày", "Window from"),
            _date("window_end", "Kỳ đến ngày", "Window to"),
            _text(
                "reviewed_program",
                "Chương trình được sơ kết, tổng kết (văn bản được dẫn)",
                "Program reviewed (a cited act)",
            ),
            _text("rule", "Quy định lịch", "Schedule rule"),
            _text("chairs", "Chủ trì", "Chairs"),
            _text("adopted", "Văn bản thông qua", "Documents adopted"),
            _text("note", "Ghi chú", "Note"),
        ),
        label="title",
        facets=("kind", "program_id"),
        sort="date",
    ),
    Table(
        "reports",
        "Báo cáo đã gửi",
        "Reports sent",
        "Mỗi báo cáo gửi theo chế độ báo cáo của chương trình.",
        "One row per report sent under a reporting duty.",
        (
            _program(),
            _file(),
            _text("duty", "Chế độ báo cáo", "Duty", required=True),
            _date("date", "Ngày", "Date", required=True),
            _precision("date_precision", "Ngày", "The date"),
            _text("by_parties", "Bên báo cáo (mã)", "Reporting parties (ids)", required=True),
            _text("to_parties", "Gửi (mã)", "To (ids)"),
            _text("number", "Số", "Number"),
            _text("title", "Tên", "Title"),
            _date("window_start", "Kỳ từ ngày", "Window from"),
            _date("window_end", "Kỳ đến ngày", "Window to"),
        ),
        facets=("duty",),
        sort="date",
    ),
    Table(
        "progress",
        "Tiến độ nhiệm vụ",
        "Progress",
        "Mỗi lần một cơ quan báo cáo tiến độ một nhiệm vụ.",
        "One row per progress entry a body reported on a task.",
        (
            _program(),
            _text("task", "Nhiệm vụ", "The task", required=True, refers="tasks"),
            _file(),
            _text("party", "Bên báo cáo", "The reporting party", required=True, refers="parties"),
            _text("body_id", "Cơ quan", "The body", required=True, refers="bodies"),
            _date("as_of", "Tính đến ngày", "As of", required=True),
            _date("window_start", "Kỳ từ ngày", "Window from"),
            _date("window_end", "Kỳ đến ngày", "Window to"),
            _text("status", "Tình trạng", "Status", required=True),
            _text("done", "Kết quả", "What was done"),
            _text("evidence", "Văn bản chứng minh", "Evidence"),
            _text("reason", "Lý do không thực hiện được", "Why it cannot be done"),
            _date("deadline", "Hạn của kỳ", "Deadline for the window"),
            _text("note", "Ghi chú", "Note"),
        ),
        facets=("status", "body_id"),
        sort="as_of",
    ),
    Table(
        "figures",
        "Số liệu",
        "Figures",
        "Mỗi số liệu trong báo cáo tiến độ.",
        "One row per figure a progress entry reports.",
        (
            _text(
                "progress",
                "Báo cáo tiến độ",
                "The progress entry",
                required=True,
                refers="progress",
            ),
            _program(),
            _text("task", "Nhiệm vụ", "The task", required=True, refers="tasks"),
            _text("indicator", "Chỉ số", "Indicator", required=True),
            _c("value", "REAL", "Giá trị", "Value", required=True),
            _text("unit", "Đơn vị", "Unit"),
            _text("target", "Chỉ tiêu", "The target", refers="targets"),
        ),
        facets=("indicator", "unit"),
        sort="id",
    ),
    Table(
        "outcomes",
        "Kết quả sơ kết, tổng kết",
        "Review outcomes",
        "Mỗi kết luận của một kỳ sơ kết, tổng kết: kết quả, hạn chế, nguyên nhân, bài học, "
        "phương hướng.",
        "One row per review outcome: results, shortcomings, causes, lessons, directions.",
        (
            _program(),
            _file(),
            _date("window_start", "Kỳ từ ngày", "Window from", required=True),
            _date("window_end", "Kỳ đến ngày", "Window to", required=True),
            _text(
                "meeting", "Hội nghị thông qua", "The meeting that adopted it", refers="meetings"
            ),
            _text("number", "Số báo cáo", "Report number"),
            _date("date", "Ngày", "Date"),
            _text("deployment", "Triển khai", "Deployment"),
            _text("results", "Kết quả", "Results"),
            _text("shortcomings", "Hạn chế", "Shortcomings"),
            _text("causes", "Nguyên nhân", "Causes"),
            _text("lessons", "Bài học kinh nghiệm", "Lessons"),
            _text("directions", "Phương hướng", "Directions"),
        ),
        sort="id",
    ),
    Table(
        "proposals",
        "Kiến nghị",
        "Proposals",
        "Mỗi kiến nghị, đề xuất của một kỳ sơ kết, tổng kết.",
        "One row per proposal of a review outcome.",
        (
            _text(
                "outcome",
                "Kết quả sơ kết, tổng kết",
                "The review outcome",
                required=True,
                refers="outcomes",
            ),
            _program(),
            _text("text", "Nội dung", "Text", required=True),
            _text("parties", "Gửi các bên (mã)", "To parties (ids)"),
            _text("bodies", "Gửi cơ quan khác", "To other bodies"),
        ),
        sort="id",
    ),
    Table(
        "commendations",
        "Khen thưởng",
        "Commendations",
        "Mỗi tập thể, cá nhân được khen thưởng, theo kết quả sơ kết, tổng kết hoặc theo "
        "chương trình.",
        "One row per collective or person commended, in a review outcome or the program's reviews.",
        (
            _program(),
            _text("outcome", "Kết quả sơ kết, tổng kết", "The review outcome", refers="outcomes"),
            _text("recipient", "Tập thể, cá nhân", "Recipient", required=True),
            _int(
                "collective",
                "Tập thể (1), cá nhân (0), chưa rõ (trống)",
                "Collective (1), person (0), not stated (empty)",
            ),
            _text("level", "Hình thức khen thưởng", "Form and who grants it"),
            _text("act", "Quyết định khen thưởng", "Deciding act"),
            _date("date", "Ngày", "Date"),
        ),
        label="recipient",
        sort="id",
    ),
    Table(
        "reviews",
        "Sơ kết, tổng kết ghi trong chương trình",
        "Reviews in the program",
        "Mỗi kỳ sơ kết, tổng kết mà tệp chương trình ghi.",
        "One row per review the program file records.",
        (
            _program(),
            _text("kind", "Loại", "Kind", required=True),
            _date("held_on", "Ngày tổ chức", "Held on"),
            _date("start", "Kỳ từ ngày", "Window from"),
            _date("end", "Kỳ đến ngày", "Window to"),
            _text("number", "Số", "Number"),
            _text("title", "Tên", "Title"),
        ),
        sort="id",
    ),
)

#: The tables by name.
BY_NAME = {table.name: table for table in TABLES}


def schema() -> str:
    """Every ``CREATE TABLE`` and ``CREATE INDEX`` statement of the export."""
    return "\n".join(table.sql for table in TABLES)
