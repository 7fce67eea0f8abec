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
