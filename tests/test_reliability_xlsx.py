"""The workbook reader (python-calamine) reads every .xlsx as openpyxl's own row reader does.

Workbooks of random cells (text with XML's special characters, numbers, booleans, dates,
empty cells and rows) are written by openpyxl (inline strings) and rewritten as Excel writes
them (a shared-string table); `workshop.survey.spreadsheet.read_rows` must give the values
`iter_rows(values_only=True)` gives, text trimmed and empty text as None.
"""

from __future__ import annotations

import datetime
import html
import io
import os
import re
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from workshop.survey.spreadsheet import ods_spanned_cells, read_rows, spanned_cells

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


def fast_rows(raw: bytes, suffix: str = ".xlsx") -> list[list]:
    """The rows as the importer reads them (calamine reads a file by its name)."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"sheet{suffix}"
        path.write_bytes(raw)
        rows, _total = read_rows(path)
        return list(rows)


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
    """What openpyxl never writes but Excel and other tools do. An error cell (#N/A) is the
    one difference: calamine reads it as empty, openpyxl as its text."""
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
    slow = openpyxl_rows(out.getvalue())
    assert slow[0][5] == "#N/A"
    slow[0][5] = None
    assert fast == comparable(slow)
    assert fast == [
        ["How many characters?", None, 2, "ab", True],
        [],
        [None, 280, "Weet & ik niet"],
    ]


def test_a_formula_among_plain_rows_reads_as_openpyxl_reads_it():
    """Plain rows with one formula far down: no row given twice or left out."""
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


# --- what calamine would need: refused before it reads -----------------------------------


def deflated(pieces: list[tuple[bytes, int]]) -> tuple[bytes, int, int]:
    """A raw deflate stream of each piece repeated so many times (one piece compressed once,
    cut off with a full flush, repeated): with its CRC and unpacked size. Cheap to make."""
    out, crc, size = [], 0, 0
    for chunk, times in pieces:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        out.append((compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)) * times)
        for _ in range(times):
            crc = zlib.crc32(chunk, crc)
        size += len(chunk) * times
    out.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH))
    return b"".join(out), crc, size


def zip_of(entries: list[tuple[str, bytes, int, int]]) -> bytes:
    """A zip of (name, raw deflate, CRC, unpacked size) entries, its directory truthful."""
    buffer, directory = io.BytesIO(), []
    for name, data, crc, size in entries:
        offset, encoded = buffer.tell(), name.encode()
        head = (8, 0, 0x21, crc, len(data), size, len(encoded))
        buffer.write(struct.pack("<4s5H3L2H", b"PK\x03\x04", 20, 0, *head, 0) + encoded + data)
        directory.append(
            struct.pack("<4s6H3L5H2L", b"PK\x01\x02", 20, 20, 0, *head, 0, 0, 0, 0, 0, offset)
            + encoded
        )
    start, listing = buffer.tell(), b"".join(directory)
    buffer.write(listing)
    count = len(entries)
    buffer.write(struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, count, count, len(listing), start, 0))
    return buffer.getvalue()


def workbook_with_sheet(pieces: list[tuple[bytes, int]]) -> bytes:
    """An openpyxl workbook whose first sheet is `pieces` (see `deflated`)."""
    buffer = io.BytesIO()
    Workbook().save(buffer)
    entries = []
    for name, data in xlsx_parts(buffer.getvalue()).items():
        sheet = name == "xl/worksheets/sheet1.xml"
        entries.append((name, *deflated(pieces if sheet else [(data, 1)])))
    return zip_of(entries)


def xlsx_parts(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def sheet_xml(body: str, dimension: str | None = None, prefix: str = "") -> bytes:
    p = f"{prefix}:" if prefix else ""
    namespace = f"xmlns{':' + prefix if prefix else ''}"
    claimed = f'<{p}dimension ref="{dimension}"/>' if dimension else ""
    return (
        f'<{p}worksheet {namespace}="{MAIN}">{claimed}<{p}sheetData>{body}</{p}sheetData>'
        f"</{p}worksheet>"
    ).encode()


def far_cell(reference: str, dimension: str | None = "A1:A1", prefix: str = "") -> bytes:
    """Two cells: a question at A1 and a number at `reference`."""
    p = f"{prefix}:" if prefix else ""
    row = int(reference.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    body = (
        f'<{p}row r="1"><{p}c r="A1" t="inlineStr"><{p}is><{p}t>Q</{p}t></{p}is></{p}c></{p}row>'
        f'<{p}row r="{row}"><{p}c r="{reference}"><{p}v>1</{p}v></{p}c></{p}row>'
    )
    return workbook_with_sheet([(sheet_xml(body, dimension, prefix), 1)])


def import_in_child(path: Path) -> tuple[subprocess.CompletedProcess, float]:
    """`workshop survey import` in a process that may take 1.5 GB: calamine aborts beyond."""

    def limited() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (3 << 29, 3 << 29))

    started = time.perf_counter()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "workshop",
            "survey",
            "import",
            str(path),
            "--group",
            "g",
            "--lang",
            "en",
            "--data",
            str(path.parent / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=limited,
    )
    return result, time.perf_counter() - started


def one_line_within(result: subprocess.CompletedProcess, seconds: float, path: Path, words: str):
    assert result.returncode == 1, result
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and str(path) in lines[0] and words in lines[0], result.stderr
    assert seconds < 10, seconds


def test_an_xlsx_that_unpacks_to_one_and_a_half_gigabytes_is_refused_at_once(tmp_path):
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    head = f'<worksheet xmlns="{MAIN}"><sheetData>'.encode()
    raw = workbook_with_sheet(
        [(head, 1), (row * ((1 << 20) // len(row)), 1500), (b"</sheetData></worksheet>", 1)]
    )
    assert len(raw) < 5_000_000
    path = tmp_path / "bomb.xlsx"
    path.write_bytes(raw)
    one_line_within(*import_in_child(path), path, "too large for a survey export")


@pytest.mark.parametrize(
    ("reference", "dimension", "prefix"),
    [
        ("XFD1048576", "A1:XFD1048576", ""),  # as claimed: 17 billion cells
        ("XFD1048576", "A1:A1", ""),  # a smaller claim than the cells
        ("AS1048576", "A1:B2", ""),  # 45 columns, a million rows: 1.5 GB in calamine
        ("XFD400", None, ""),  # no claim: 6.5 million cells
        ("Z1048576", "A1:A1", "x"),  # prefixed: the long way
    ],
)
def test_cells_far_apart_are_refused_before_calamine_reads_them(
    tmp_path, reference, dimension, prefix
):
    path = tmp_path / "far.xlsx"
    path.write_bytes(far_cell(reference, dimension, prefix))
    one_line_within(*import_in_child(path), path, "spans more cells than a survey export can")


REFERENCES = st.tuples(st.integers(1, 16384), st.integers(1, 1048576))


def letters(column: int) -> str:
    name = ""
    while column:
        column, rest = divmod(column - 1, 26)
        name = chr(65 + rest) + name
    return name


@settings(max_examples=EXAMPLES, deadline=None)
@given(
    cells=st.lists(REFERENCES, min_size=1, max_size=6),
    claim=st.one_of(st.none(), REFERENCES),
    unreferenced=st.integers(0, 3),
    prefix=st.sampled_from(["", "x"]),
)
def test_the_span_counted_is_never_below_the_one_calamine_reads(cells, claim, unreferenced, prefix):
    """Whatever the sheet claims, wherever its cells are, the count is an upper bound."""
    p = f"{prefix}:" if prefix else ""
    body = "".join(
        f'<{p}row r="{row}"><{p}c r="{letters(column)}{row}"><{p}v>1</{p}v></{p}c>'
        + f"<{p}c><{p}v>2</{p}v></{p}c>" * unreferenced
        + f"</{p}row>"
        for column, row in sorted(cells, key=lambda cell: cell[1])
    )
    dimension = f"A1:{letters(claim[0])}{claim[1]}" if claim else None
    xml = sheet_xml(body, dimension, prefix)
    rows = max(row for _, row in cells)
    columns = max(column for column, _ in cells) + unreferenced
    assert spanned_cells(xml) >= rows * columns


def ods(rows: str) -> bytes:
    """An .ods whose first table is a question row and then `rows` (content.xml markup)."""
    office, table, text = (
        f"urn:oasis:names:tc:opendocument:xmlns:{name}:1.0" for name in ("office", "table", "text")
    )
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}"'
        f' xmlns:table="{table}" xmlns:text="{text}" office:version="1.2"><office:body>'
        '<office:spreadsheet><table:table table:name="Sheet1"><table:table-row>'
        '<table:table-cell office:value-type="string"><text:p>Q</text:p></table:table-cell>'
        f"</table:table-row>{rows}</table:table></office:spreadsheet></office:body>"
        "</office:document-content>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        kind = "application/vnd.oasis.opendocument.spreadsheet"
        archive.writestr("mimetype", kind, compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
            ' manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
            f'manifest:media-type="{kind}"/><manifest:file-entry manifest:full-path="content.xml"'
            ' manifest:media-type="text/xml"/></manifest:manifest>',
        )
    return buffer.getvalue()


def test_an_ods_row_repeated_a_million_times_is_refused_at_once(tmp_path):
    """A few hundred bytes that calamine would spread over 47 million cells (2.9 GB, 24 s)."""
    path = tmp_path / "repeated.ods"
    path.write_bytes(
        ods(
            '<table:table-row table:number-rows-repeated="1048575"><table:table-cell '
            'table:number-columns-repeated="45" office:value-type="float" office:value="1">'
            "<text:p>1</text:p></table:table-cell></table:table-row>"
        )
    )
    one_line_within(*import_in_child(path), path, "spans more cells than a survey export can")


def test_empty_rows_and_cells_repeated_to_the_sheet_end_count_for_nothing(tmp_path):
    """As LibreOffice writes the rest of a sheet: its span is that of the answers."""
    path = tmp_path / "libreoffice.ods"
    path.write_bytes(
        ods(
            '<table:table-row><table:table-cell office:value-type="float" office:value="3">'
            "<text:p>3</text:p></table:table-cell><table:table-cell table:number-columns-"
            'repeated="1023"/></table:table-row><table:table-row table:number-rows-repeated='
            '"1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>'
        )
    )
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        assert ods_spanned_cells(content) == 2
    assert comparable(fast_rows(path.read_bytes(), ".ods")) == [["Q"], [3]]
