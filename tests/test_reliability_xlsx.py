"""The fast .xlsx reader reads every workbook as openpyxl's own row reader does.

Workbooks of random cells (text with XML's special characters, numbers, booleans, dates,
empty cells and rows) are written by openpyxl (inline strings) and rewritten as Excel writes
them (a shared-string table); `workshop.survey.xlsx.sheet_rows` must give the values
`iter_rows(values_only=True)` gives, text trimmed and empty text as None.
"""

from __future__ import annotations

import datetime
import html
import io
import os
import re
import zipfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from workshop.survey.xlsx import sheet_rows

EXAMPLES = int(os.environ.get("WORKSHOP_HOSTILE_EXAMPLES", "60"))
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def shared_strings(raw: bytes) -> bytes:
    """An openpyxl workbook (inline strings) rewritten with a shared-string table, as Excel
    and Microsoft Forms write it."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    strings: dict[str, int] = {}

    def shared(match: re.Match[str]) -> str:
        index = strings.setdefault(html.unescape(match.group(2)), len(strings))
        return f'<c{match.group(1)} t="s"><v>{index}</v></c>'

    sheet = parts["xl/worksheets/sheet1.xml"].decode("utf-8")
    sheet = re.sub(r'<c([^>]*?) t="inlineStr"><is><t(?: [^>]*)?>(.*?)</t></is></c>', shared, sheet)
    parts["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")
    items = "".join(
        f'<si><t xml:space="preserve">{html.escape(text, quote=False)}</t></si>' for text in strings
    )
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">{items}</sst>'
    ).encode()
    relation = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
    parts["xl/_rels/workbook.xml.rels"] = parts["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        f'<Relationship Id="rIdStrings" Type="{relation}" Target="sharedStrings.xml"/>'
        "</Relationships>".encode(),
    )
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>",
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{kind}"/></Types>'.encode(),
    )
    return zipped(parts)


def zipped(parts: dict[str, bytes]) -> bytes:
    """The parts as an .xlsx, byte for byte the same each time (no clock in it)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            entry = zipfile.ZipInfo(name, date_time=(2026, 11, 27, 0, 0, 0))
            archive.writestr(entry, data, compress_type=zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


def steady(raw: bytes) -> bytes:
    """An openpyxl-saved workbook without the times of saving, so tests can replay it."""
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    if "docProps/core.xml" in parts:
        parts["docProps/core.xml"] = re.sub(
            rb"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z",
            b"2026-11-27T00:00:00Z",
            parts["docProps/core.xml"],
        )
    return zipped(parts)


def with_shared_strings(source: Path, target: Path) -> None:
    target.write_bytes(shared_strings(source.read_bytes()))


def comparable(rows) -> list[list]:
    """Rows with text trimmed, empty text as None, and trailing empties dropped."""
    result = []
    for row in rows:
        values = [(v.strip() or None) if isinstance(v, str) else v for v in row]
        while values and values[-1] is None:
            values.pop()
        result.append(values)
    while result and not result[-1]:
        result.pop()
    return result


def openpyxl_rows(raw: bytes) -> list[list]:
    workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    sheet = workbook.worksheets[0]
    sheet.reset_dimensions()
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    workbook.close()
    return rows


def fast_rows(raw: bytes) -> list[list]:
    workbook = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
    rows = sheet_rows(workbook)
    assert rows is not None, "the fast path is not taken"
    result = list(rows)
    workbook.close()
    return result


CELLS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.text(
        st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00\r"),
        max_size=20,
    ).map(lambda s: re.sub(r"[\x01-\x08\x0b\x0c\x0e-\x1f]", "", s)),
    st.sampled_from(["<v>1</v>", "</c>", "&amp;", "a & b < c", "  280  ", "Weet ik niet"]),
    st.datetimes(min_value=datetime.datetime(1901, 1, 1), max_value=datetime.datetime(2100, 1, 1)),
)


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    rows=st.lists(
        st.one_of(st.none(), st.lists(CELLS, max_size=8)),  # None: a row left out
        min_size=1,
        max_size=8,
    ),
    shared=st.booleans(),
)
def test_the_fast_reader_reads_what_openpyxl_reads(rows, shared):
    workbook = Workbook()
    sheet = workbook.active
    for number, row in enumerate(rows, start=1):
        for column, value in enumerate(row or [], start=1):
            if value is not None:
                sheet.cell(row=number, column=column, value=value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    raw = shared_strings(buffer.getvalue()) if shared else buffer.getvalue()
    assert comparable(fast_rows(raw)) == comparable(openpyxl_rows(raw))


def test_rich_text_formulas_and_pretty_printed_xml_read_as_openpyxl_reads_them():
    """What openpyxl never writes but Excel and other tools do."""
    sheet = f"""<?xml version="1.0" encoding="UTF-8"?>
<x:worksheet xmlns:x="{MAIN}">
  <x:sheetData>
    <x:row r="1">
      <x:c r="A1" t="inlineStr"><x:is><x:r><x:rPr><x:b/></x:rPr><x:t>How many</x:t></x:r>
        <x:r><x:t xml:space="preserve"> characters?</x:t></x:r>
        <x:rPh sb="0" eb="1"><x:t>reading</x:t></x:rPh></x:is></x:c>
      <x:c r="C1"><x:f>1+1</x:f><x:v>2</x:v></x:c>
      <x:c r="D1" t="str"><x:f>"a"&amp;"b"</x:f><x:v>ab</x:v></x:c>
      <x:c r="E1" t="b"><x:v>1</x:v></x:c>
      <x:c r="F1" t="e"><x:v>#N/A</x:v></x:c>
    </x:row>
    <x:row r="3">
      <x:c r="B3">
        <x:v>280</x:v>
      </x:c>
      <x:c r="C3" t="inlineStr"><x:is><x:t>Weet &amp; ik niet</x:t></x:is></x:c>
    </x:row>
  </x:sheetData>
</x:worksheet>""".encode()
    buffer = io.BytesIO()
    Workbook().save(buffer)
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    fast = comparable(fast_rows(out.getvalue()))
    assert fast == comparable(openpyxl_rows(out.getvalue()))
    assert fast == [
        ["How many characters?", None, 2, "ab", True, "#N/A"],
        [],
        [None, 280, "Weet & ik niet"],
    ]


def test_a_sheet_that_turns_out_not_to_be_plain_is_read_again_the_long_way(monkeypatch):
    """Plain rows are read with regular expressions; a formula many pieces later sends the
    whole sheet through expat, without giving a row twice or leaving one out."""
    monkeypatch.setattr("workshop.survey.xlsx.CHUNK", 512)
    workbook = Workbook()
    sheet = workbook.active
    for number in range(1, 61):
        sheet.append([f"answer {number} & more", number, number * 1.5, number % 2 == 0])
    sheet["E40"] = "=1+1"
    buffer = io.BytesIO()
    workbook.save(buffer)
    for raw in (buffer.getvalue(), shared_strings(buffer.getvalue())):
        fast = fast_rows(raw)
        assert [row[1] for row in fast] == list(range(1, 61))
        assert comparable(fast) == comparable(openpyxl_rows(raw))
