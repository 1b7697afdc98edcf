"""Spreadsheets from Python: `Programme.to_excel` / `to_csv` and
`omvarld.read_excel` / `read_csv` give the document back, and a bad cell is
an issue at its sheet and cell."""

from __future__ import annotations

import pickle
from pathlib import Path
from typing import Any, Literal

import pytest

import omvarld
from conftest import FIXTURES

openpyxl = pytest.importorskip("openpyxl")

#: A programme with every kind of row (Malmö's own has no positions yet).
RICH = FIXTURES / "valid" / "v1-1-rich.json"


@pytest.fixture(params=["malmo", "rich"])
def programme(request: pytest.FixtureRequest) -> omvarld.Programme:
    return omvarld.malmo() if request.param == "malmo" else omvarld.load(RICH)


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_round_trip_through_xlsx_gives_the_same_dict(
    tmp_path: Path, lang: Literal["sv", "en"], programme: omvarld.Programme
) -> None:
    malmo = programme
    path = tmp_path / "programme.xlsx"
    malmo.to_excel(path, lang=lang)
    assert path.read_bytes()[:2] == b"PK"
    imported = omvarld.read_excel(path)
    assert imported.report.valid, imported.report
    assert imported.programme is not None
    assert imported.programme.to_dict() == malmo.to_dict()
    assert imported.to_dict() == malmo.to_dict()
    assert imported.programme == malmo


@pytest.mark.parametrize("lang", ["sv", "en"])
def test_round_trip_through_csv_gives_the_same_dict(
    tmp_path: Path, lang: Literal["sv", "en"], programme: omvarld.Programme
) -> None:
    malmo = programme
    tables = tmp_path / "tables"
    malmo.to_csv(tables, lang=lang)
    assert (tables / "datapackage.json").is_file()
    assert (tables / "positions.csv").is_file()
    imported = omvarld.read_csv(tables)
    assert imported.report.valid, imported.report
    assert imported.programme is not None
    assert imported.programme.to_dict() == malmo.to_dict()


def test_paths_may_be_str_or_pathlike(tmp_path: Path) -> None:
    class Where:
        def __init__(self, path: Path) -> None:
            self.path = path

        def __fspath__(self) -> str:
            return str(self.path)

    malmo = omvarld.malmo()
    malmo.to_excel(str(tmp_path / "a.xlsx"))
    malmo.to_excel(Where(tmp_path / "b.xlsx"))
    malmo.to_csv(Where(tmp_path / "t"))
    assert omvarld.read_excel(Where(tmp_path / "a.xlsx")).programme == malmo
    assert omvarld.read_excel(str(tmp_path / "b.xlsx")).programme == malmo
    assert omvarld.read_csv(str(tmp_path / "t")).programme == malmo


def _cell_under(sheet: Any, header: str) -> Any:
    """The first data cell of the column headed `header`."""
    for cell in sheet[1]:
        if cell.value == header:
            return sheet.cell(row=2, column=cell.column)
    raise AssertionError(f"no column {header!r}")


def test_a_bad_cell_edited_in_openpyxl_is_an_issue_at_that_sheet_and_cell(tmp_path: Path) -> None:
    path = tmp_path / "programme.xlsx"
    omvarld.load(RICH).to_excel(path)
    book = openpyxl.load_workbook(path)
    sheet = book["Ståndpunkter"]
    cell = _cell_under(sheet, "Status")
    cell.value = "klar"
    book.save(path)

    imported = omvarld.read_excel(path)
    assert not imported.report.valid
    assert imported.programme is None
    errors = imported.report.errors
    assert len(errors) == 1, imported.report
    issue = errors[0]
    assert (issue.sheet, issue.cell) == ("Ståndpunkter", cell.coordinate)
    assert issue.path == "/positions/0/status"
    assert issue.to_dict()["sheet"] == "Ståndpunkter"
    assert issue.to_dict()["cell"] == cell.coordinate
    # The document that was built is still there, with the bad value,
    # read-only as an attribute and a plain dict from to_dict().
    assert imported.document["positions"][0]["status"] == "klar"
    with pytest.raises(TypeError):
        imported.document["positions"] = ()  # type: ignore[index]
    document = imported.to_dict()
    document["positions"][0]["status"] = "active"
    assert omvarld.Programme.from_dict(document).positions[0].status == "active"
    # sheet and cell survive pickling, as the rest of the issue does.
    assert pickle.loads(pickle.dumps(issue)) == issue
    assert pickle.loads(pickle.dumps(issue)).cell == cell.coordinate


def test_issues_from_json_have_no_sheet_or_cell() -> None:
    report = omvarld.validate(b'{"schema_version": "1.1"}')
    assert report.errors
    assert all(i.sheet is None and i.cell is None for i in report.errors)
    assert "sheet" not in report.errors[0].to_dict()


def test_issue_takes_sheet_and_cell() -> None:
    issue = omvarld.Issue("format", "/positions/0/review_by", "not a date", sheet="Ståndpunkter", cell="C2")
    assert (issue.sheet, issue.cell) == ("Ståndpunkter", "C2")


def test_a_missing_file_is_file_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere.xlsx"
    with pytest.raises(FileNotFoundError) as info:
        omvarld.read_excel(missing)
    assert info.value.filename == str(missing)
    with pytest.raises(FileNotFoundError):
        omvarld.read_csv(tmp_path / "no-folder")


def test_a_file_that_is_not_a_workbook_is_a_value_error(tmp_path: Path) -> None:
    path = tmp_path / "programme.xlsx"
    path.write_text("title;status\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not an xlsx workbook"):
        omvarld.read_excel(path)


def test_a_folder_is_not_a_workbook_and_a_file_is_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(IsADirectoryError):
        omvarld.read_excel(tmp_path)
    path = tmp_path / "programme.xlsx"
    omvarld.malmo().to_excel(path)
    with pytest.raises(NotADirectoryError):
        omvarld.read_csv(path)


def test_writing_where_no_folder_is_an_os_error(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        omvarld.malmo().to_excel(tmp_path / "no-folder" / "programme.xlsx")


def test_an_unknown_language_is_a_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="lang"):
        omvarld.malmo().to_excel(tmp_path / "p.xlsx", lang="de")  # type: ignore[arg-type]


def test_messages_follow_lang(tmp_path: Path) -> None:
    path = tmp_path / "programme.xlsx"
    omvarld.load(RICH).to_excel(path)
    book = openpyxl.load_workbook(path)
    _cell_under(book["Ståndpunkter"], "Status").value = "klar"
    book.save(path)
    english = omvarld.read_excel(path).report.errors[0].message
    swedish = omvarld.read_excel(path, lang="sv").report.errors[0].message
    assert english != swedish


def test_imported_repr_says_whether_it_is_valid(tmp_path: Path) -> None:
    path = tmp_path / "programme.xlsx"
    omvarld.malmo().to_excel(path)
    text = repr(omvarld.read_excel(path))
    assert text.startswith("Imported(programme=Programme(")
    assert "valid=True, errors=0" in text
