"""Figures and commendations as a Vietnamese report writes them, as far as the records state them.

"hơn 2.300 buổi", "50/50 tỉnh", "trên 90%", "56 tập thể": every word the
document gave (a qualifier, a whole, a unit) is printed, and nothing else.
"""

from __future__ import annotations

from coordprog.model._records import Commendation, Figure


def vi_number(value: float | int) -> str:
    """A number as Vietnamese writes it: dots between thousands, a decimal comma.

    >>> vi_number(2300), vi_number(1.5), vi_number(12500.25)
    ('2.300', '1,5', '12.500,25')
    """
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", ".")
    return f"{value:,}".replace(",", " ").replace(".", ",").replace(" ", ".")


def amount(figure: Figure) -> str:
    """The figure's amount: qualifier, value, whole and unit ("hơn 2.300 buổi", "50/50 tỉnh").

    A percentage is written against its number ("trên 90%").

    >>> from coordprog import Figure, Qualifier
    >>> amount(Figure("Tỉnh đã ký kết", 50, "tỉnh", of=50))
    '50/50 tỉnh'
    >>> amount(Figure("Hộ nghèo giảm", 90, "%", qualifier=Qualifier.OVER))
    'trên 90%'
    """
    said = vi_number(figure.value)
    if figure.of is not None:
        said += f"/{vi_number(figure.of)}"
    if figure.unit:
        said += figure.unit if figure.unit == "%" else f" {figure.unit}"
    if figure.qualifier is not None:
        said = f"{figure.qualifier.vi} {said}"
    return said


def figure_text(figure: Figure) -> str:
    """A figure in a line of a report: "Buổi tuyên truyền: hơn 2.300 buổi (note)"."""
    said = f"{figure.indicator}: {amount(figure)}"
    if figure.note:
        said += f" ({figure.note})"
    return said


def commendation_text(commendation: Commendation) -> str:
    """A commendation in a line: who, or how many, the form, who gave it, the act.

    "56 tập thể: Giấy khen của Trưởng Ban Dân tộc tỉnh (số 12/QĐ-BDT)";
    a named collective is "Tập thể ..." unless its name says so already.
    """
    kind = "tập thể" if commendation.collective else "cá nhân"
    if commendation.recipient is None:
        said = f"{vi_number(commendation.count or 0)} {kind}"
    else:
        said = commendation.recipient
        named = said.casefold().startswith(("tập thể", "cá nhân")) or said[:1].isdigit()
        if commendation.collective and not named:
            said = f"Tập thể {said}"
        if commendation.count is not None:
            said += f" ({vi_number(commendation.count)} {kind})"
    form = commendation.level
    if commendation.granted_by:
        form = f"{form or 'Khen thưởng'} của {commendation.granted_by}"
    if form:
        said += f": {form}"
    if commendation.act:
        said += f" (số {commendation.act})"
    return said
