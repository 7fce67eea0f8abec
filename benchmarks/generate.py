"""Deterministic program documents of any size, with realistic Vietnamese text."""

from __future__ import annotations

import random
from typing import Any

WORDS = [
    "công",
    "tác",
    "dân",
    "vận",
    "dân",
    "tộc",
    "phối",
    "hợp",
    "đồng",
    "bào",
    "thiểu",
    "số",
    "miền",
    "núi",
    "tuyên",
    "truyền",
    "vận",
    "động",
    "Nhân",
    "dân",
    "chủ",
    "trì",
    "tham",
    "mưu",
    "hướng",
    "dẫn",
    "kiểm",
    "tra",
    "giám",
    "sát",
    "Ủy",
    "ban",
    "Tỉnh",
    "ủy",
    "người",
    "có",
    "uy",
    "tín",
    "sơ",
    "kết",
    "tổng",
    "kết",
    "khen",
    "thưởng",
    "bình",
    "đẳng",
    "giới",
    "phụ",
    "nữ",
    "trẻ",
    "em",
    "tảo",
    "hôn",
    "hôn",
    "nhân",
    "cận",
    "huyết",
    "thống",
    "bồi",
    "dưỡng",
    "kỹ",
    "năng",
    "Mặt",
    "trận",
    "đoàn",
    "thể",
    "chính",
    "sách",
    "pháp",
    "luật",
    "Đảng",
    "Nhà",
    "nước",
    "kinh",
    "tế",
    "xã",
    "hội",
    "nông",
    "thôn",
    "mới",
    "giảm",
    "nghèo",
    "bền",
    "vững",
    "bảo",
    "tồn",
    "bản",
    "sắc",
    "văn",
    "hóa",
    "truyền",
    "thống",
]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def program_document(n_tasks: int, seed: int = 0) -> dict[str, Any]:
    """A valid program document (JSON data) with ``n_tasks`` tasks in groups of ten."""
    rng = random.Random(seed)
    parties = [
        {
            "id": f"p{i}",
            "name": f"Ban {_text(rng, 3)}",
            "level": "province",
            "focal_unit": f"Phòng {_text(rng, 2)}",
        }
        for i in range(4)
    ]
    third = [
        {"id": f"t{i}", "name": f"Sở {_text(rng, 2)}", "kind": "state-agency"} for i in range(4)
    ]
    refs = [
        {
            "id": f"{100 + i}-KL/TW",
            "kind": "conclusion",
            "number": f"{100 + i}-KL/TW",
            "date": f"20{10 + i % 10}-0{1 + i % 9}-1{i % 9}",
            "issuer": "Bộ Chính trị",
            "title": _text(rng, 12),
        }
        for i in range(20)
    ]
    groups = []
    for g in range((n_tasks + 9) // 10):
        lead, support = f"p{g % 4}", f"p{(g + 1) % 4}"
        tasks = []
        for t in range(min(10, n_tasks - g * 10)):
            task: dict[str, Any] = {"id": f"II.{g + 1}.{t + 1}", "text": _text(rng, 40)}
            if t % 3 == 0:
                task["supports"] = [f"t{t % 4}"]
            if t % 4 == 0:
                task["legal_refs"] = [refs[(g + t) % 20]["id"]]
            tasks.append(task)
        groups.append(
            {
                "id": f"II.{g + 1}",
                "number": str(g + 1),
                "title": _text(rng, 10),
                "leads": [lead],
                "supports": [support],
                "category": "regular",
                "tasks": tasks,
            }
        )
    return {
        "id": f"bench-{n_tasks}",
        "title": _text(rng, 20),
        "period": {"start": "2022-01-01", "end": "2025-12-31"},
        "parties": parties,
        "purposes": [_text(rng, 30) for _ in range(3)],
        "requirements": [_text(rng, 30) for _ in range(2)],
        "legal_refs": refs,
        "basis": [refs[0]["id"]],
        "third_parties": third,
        "task_groups": groups,
        "schedule": {
            "annual_plans": {"due": {"months": 3, "days": -1}},
            "reviews": [
                {
                    "id": "6-month",
                    "every_months": 6,
                    "name_vi": "Sơ kết 6 tháng",
                    "name_en": "Six-month review",
                },
                {
                    "id": "yearly",
                    "every_months": 12,
                    "name_vi": "Sơ kết năm",
                    "name_en": "Yearly review",
                    "prepares_next_plan": True,
                },
            ],
            "final_review": {"name_vi": "Tổng kết", "name_en": "Final review"},
        },
        "signatories": [
            {"party": "p0", "name": "Nguyễn Văn A", "title": "TRƯỞNG BAN"},
            {"party": "p1", "name": "Trần Thị B", "title": "GIÁM ĐỐC"},
        ],
        "recipients": ["Như trên,", "Lưu: VT."],
    }


PROVINCES = [
    "Bình Thuận",
    "Lâm Đồng",
    "Đắk Lắk",
    "Gia Lai",
    "Kon Tum",
    "Ninh Thuận",
    "Sơn La",
    "Lào Cai",
    "Hà Giang",
    "Cao Bằng",
]
BOARDS = [
    "Ban Dân vận Tỉnh ủy",
    "Ban Dân tộc tỉnh",
    "Hội Nông dân tỉnh",
    "Hội Liên hiệp Phụ nữ tỉnh",
]


def portfolio_documents(
    n_programs: int = 1000, n_tasks: int = 25, seed: int = 0
) -> list[tuple[str, dict[str, Any]]]:
    """A portfolio: ``(file name, data)`` for programs and their records of 2022 and 2023.

    One program in twenty is central; each other program carries one out,
    its tasks linked to the parent's task by task.  Provincial programs
    are signed by two of four boards of one of ten provinces, so a body is
    party to about a hundred programs, as a province's boards are over the
    years of a portfolio spanning the country.
    """
    rng = random.Random(seed)
    documents: list[tuple[str, dict[str, Any]]] = []
    centrals = []
    for index in range(n_programs):
        central = index % 20 == 0
        if central:
            parties = [
                {"id": "bdvtw", "name": "Ban Dân vận Trung ương", "level": "central"},
                {"id": "ubdt", "name": "Ủy ban Dân tộc", "level": "central"},
            ]
        else:
            province = PROVINCES[index % len(PROVINCES)]
            first, second = rng.sample(range(len(BOARDS)), 2)
            parties = [
                {"id": f"b{k}", "name": BOARDS[k], "province": province, "level": "province"}
                for k in (first, second)
            ]
        program_id = f"p{index:04d}"
        parent = centrals[-1] if centrals and not central else None
        tasks = []
        for t in range(n_tasks):
            task: dict[str, Any] = {"id": f"t{t}", "text": _text(rng, 30)}
            if parent is not None and t % 2 == 0:
                task["parent_task"] = f"t{t}"
            tasks.append(task)
        document: dict[str, Any] = {
            "id": program_id,
            "title": _text(rng, 15),
            "number": f"{index}-CTr/{'TW' if central else 'TU'}",
            "period": {"start": "2022-01-01", "end": "2025-12-31"},
            "parties": parties,
            "task_groups": [
                {
                    "id": "II",
                    "title": _text(rng, 8),
                    "leads": [parties[0]["id"]],
                    "supports": [parties[1]["id"]],
                    "tasks": tasks,
                }
            ],
            "schedule": {
                "annual_plans": {},
                "reviews": [
                    {
                        "id": "6-thang",
                        "every_months": 6,
                        "name_vi": "Sơ kết 6 tháng",
                        "name_en": "Six-month review",
                    },
                    {
                        "id": "nam",
                        "every_months": 12,
                        "name_vi": "Sơ kết năm",
                        "name_en": "Yearly review",
                        "prepares_next_plan": True,
                    },
                ],
                "final_review": {},
            },
        }
        if parent is not None:
            number = f"{int(parent[1:])}-CTr/TW"
            document["parent"] = number
            document["legal_refs"] = [{"id": number, "kind": "program", "number": number}]
        if central:
            centrals.append(program_id)
        documents.append((f"{program_id}/program.json", document))
        for year in (2022, 2023):
            documents.append(
                (
                    f"{program_id}/records-{year}.json",
                    {
                        "program": program_id,
                        "meetings": [
                            {
                                "id": f"so-ket-{year}",
                                "kind": "interim-review",
                                "date": f"{year + 1}-01-1{rng.randrange(10)}",
                                "window": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
                            }
                        ],
                        "progress": [
                            {
                                "task": f"t{t}",
                                "by": parties[0]["id"],
                                "as_of": f"{year}-12-15",
                                "window": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
                                "status": rng.choice(["done-on-time", "in-progress", "done-late"]),
                                "figures": [
                                    {
                                        "indicator": "Buổi",
                                        "value": rng.randrange(50),
                                        "unit": "buổi",
                                    }
                                ],
                            }
                            for t in range(0, n_tasks, 3)
                        ],
                    },
                )
            )
    return documents


def records_document(
    program: dict[str, Any], years: tuple[int, ...] = (2022, 2023)
) -> dict[str, Any]:
    """Records of ``program``, as :func:`program_document` makes it.

    For each year of ``years``: the yearly review held, and a progress
    entry with a figure for every task.
    """
    rng = random.Random(1)
    progress = [
        {
            "task": task["id"],
            "by": group["leads"][0],
            "as_of": f"{year}-12-15",
            "window": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
            "status": rng.choice(["done-on-time", "in-progress", "done-late"]),
            "figures": [{"indicator": "Buổi", "value": rng.randrange(50), "unit": "buổi"}],
        }
        for group in program["task_groups"]
        for task in group["tasks"]
        for year in years
    ]
    meetings = [
        {
            "id": f"so-ket-{year}",
            "kind": "interim-review",
            "rule": "yearly",
            "date": f"{year + 1}-01-10",
            "window": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
        }
        for year in years
    ]
    return {"program": program["id"], "meetings": meetings, "progress": progress}
