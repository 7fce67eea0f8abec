"""Invented texts that more than one module of the importer's tests reads.

Each is written for its tests, in the shape real copies print; none is a
corpus document's text.
"""

#: A portal's copy of a regulation of three provincial bodies: the heading's first line in
#: capitals, the bodies in small letters after "Giữa", the province printed once after the last.
LISTED_TOGETHER = (
    "QUY CHẾ PHỐI HỢP CÔNG TÁC\n"
    "Giữa Thường trực Hội đồng nhân dân, Ủy ban nhân dân\n"
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bắc Kạn\n"
    "Căn cứ Luật Tổ chức chính quyền địa phương năm 2015;\n"
    "Thường trực Hội đồng nhân dân, Ủy ban nhân dân và Ban Thường trực Ủy ban Mặt trận Tổ "
    "quốc Việt Nam tỉnh Bắc Kạn thống nhất ban hành Quy chế phối hợp hoạt động như sau:\n"
    "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi phối hợp\n"
    "Quy chế này quy định về nguyên tắc phối hợp.\n"
)
