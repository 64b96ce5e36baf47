#!/usr/bin/env python3
"""Writes actualtext_no_font.pdf, the shape of PDF that crashed poppler-cpp 22.12.

macOS Quartz (Pages, Preview) writes a ligature as a marked-content span whose /ActualText
gives its letters, with the glyph drawn inside its own q ... Q. When the span closes (EMC),
the graphics state that set the font has been restored, and poppler's text layer gets a word
("fl" here) that has no font: page::text_list(text_list_include_font) then dereferences a null
font. The page also has ordinary text before and after.

The same page is also written with its content stream compressed (FlateDecode), hex-encoded
(ASCIIHexDecode) and with the name written with an escape (/Actual#54ext): the loader reads a
file once per page, with fonts, only when it finds no /ActualText in it (pdf_actual_text.h), so
each way of hiding the name must still be found. Re-run from anywhere:
    python3 tests/data/make_actualtext_pdf.py
"""
import os
import zlib

CONTENT = b"""/P << /MCID 1 >> BDC q 1 0 0 1 72 720 cm BT 12 0 0 12 0 0 Tm /F1 1 Tf
(Software engineer with ten years of work) Tj ET Q
/Span << /ActualText (fl) >> BDC q 1 0 0 1 72 720 cm BT 12 0 0 12 230 0 Tm /F1 1 Tf (X) Tj
ET Q EMC EMC
/P << /MCID 2 >> BDC q 1 0 0 1 72 700 cm BT 12 0 0 12 0 0 Tm /F1 1 Tf
(ows and Python services on AWS.) Tj ET Q EMC
"""



def objects(filters, data):
    """The file's objects, its content stream `data` with the /Filter entry `filters`."""
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d%s >>\nstream\n" % (len(data), filters) + data + b"endstream",
    ]


VARIANTS = {
    "actualtext_no_font.pdf": (b"", CONTENT),
    "actualtext_no_font_flate.pdf": (b" /Filter /FlateDecode", zlib.compress(CONTENT)),
    "actualtext_no_font_hex.pdf": (b" /Filter /ASCIIHexDecode", CONTENT.hex().encode() + b">"),
    "actualtext_no_font_escaped.pdf": (b"", CONTENT.replace(b"/ActualText", b"/Actual#54ext")),
}


def build(filters, data):
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    OBJECTS = objects(filters, data)
    for number, body in enumerate(OBJECTS, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(OBJECTS) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(OBJECTS) + 1, xref)
    return bytes(out)


if __name__ == "__main__":
    here = os.path.dirname(os.path.abspath(__file__))
    for file_name, (filters, data) in VARIANTS.items():
        with open(os.path.join(here, file_name), "wb") as f:
            f.write(build(filters, data))
