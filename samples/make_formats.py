#!/usr/bin/env python3
"""Write the PDF and DOCX sample resumes from the plain-text ones.

    python3 samples/make_formats.py

Reads samples/resumes/<name>.txt and writes
  samples/resumes/pdf/<name>.pdf    alex-chen-backend, priya-nair-sre (two columns), maria-lopez-data
  samples/resumes/docx/<name>.docx  alex-chen-backend, priya-nair-sre, maria-lopez-data

Python 3 standard library only. The PDF and DOCX writers are deliberately small and written
here, so that the samples do not depend on any outside library. Output is deterministic: the
same input gives the same bytes (no dates, fixed zip timestamps, fixed ordering).
"""

import os
import sys
import unicodedata
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
RESUMES = os.path.join(HERE, "resumes")

PDF_SINGLE = ["alex-chen-backend", "maria-lopez-data"]
PDF_TWO_COLUMN = ["priya-nair-sre"]
DOCX = ["alex-chen-backend", "priya-nair-sre", "maria-lopez-data"]

SECTION_NAMES = ("summary", "skills", "experience", "projects", "education", "certifications")


# ---------------------------------------------------------------------------------------------
# Parsing the plain-text resumes
# ---------------------------------------------------------------------------------------------
#
# The text resumes follow one convention: line 1 is the name, line 2 the contact line, then
# sections whose heading is one of SECTION_NAMES on a line of its own (any case). Inside a
# section: "- " or "• " starts a bullet; an indented line continues the previous block; so does
# a line that follows a block ending in ",", and in Skills a line that starts in lower case.

class Block:
    def __init__(self, kind, text, label=None):
        self.kind = kind    # para | skill | role | sub | bullet | line
        self.text = text
        self.label = label  # the category of a skill line ("Languages")

    def join(self, more):
        if len(self.text) >= 2 and self.text.endswith("-") and self.text[-2].isalpha():
            self.text += more          # "customer-" + "visible" -> "customer-visible"
        else:
            self.text += " " + more


class Section:
    def __init__(self, title):
        self.title = title
        self.key = title.strip().lower()
        self.blocks = []


class Resume:
    def __init__(self, name, contact, sections):
        self.name = name
        self.contact = contact
        self.sections = sections

    def section(self, key):
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)


def parse_resume(text):
    lines = text.splitlines()
    name, contact = lines[0].strip(), lines[1].strip()
    sections = []
    cur = None
    prev = None  # the block a continuation line would extend; None after a blank line
    for raw in lines[2:]:
        s = raw.strip()
        if not s:
            prev = None
            continue
        if s.lower() in SECTION_NAMES:
            cur = Section(s)
            sections.append(cur)
            prev = None
            continue
        if cur is None:
            raise ValueError("text before the first section: %r" % s)
        if s.startswith("- ") or s.startswith("\u2022 "):
            prev = Block("bullet", s[2:].strip())
            cur.blocks.append(prev)
            continue
        if prev is not None and (raw[0].isspace() or cur.key == "summary"
                                 or prev.text.endswith(",")
                                 or (cur.key == "skills" and s[0].islower())):
            prev.join(s)
            continue
        if cur.key == "summary":
            prev = Block("para", s)
        elif cur.key == "skills" and ":" in s:
            label, rest = s.split(":", 1)
            prev = Block("skill", rest.strip(), label.strip())
        elif cur.key == "experience" and (" | " in s or " \u2014 " in s):
            prev = Block("role", s)
        elif cur.key in ("experience", "projects"):
            prev = Block("sub", s)
        else:
            prev = Block("line", s)
        cur.blocks.append(prev)
    return Resume(name, contact, sections)


def load(name):
    with open(os.path.join(RESUMES, name + ".txt"), encoding="utf-8") as f:
        return parse_resume(f.read())


# ---------------------------------------------------------------------------------------------
# A minimal PDF writer: PDF 1.4, base-14 Helvetica and Helvetica-Bold, WinAnsiEncoding
# ---------------------------------------------------------------------------------------------

REGULAR, BOLD = "F1", "F2"
BASE_FONTS = {REGULAR: "Helvetica", BOLD: "Helvetica-Bold"}

# Approximate advance widths (1/1000 em) of the printable ASCII characters 32..126.
_W_REGULAR = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,  # space../
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,  # 0..?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,  # @..O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,  # P.._
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,  # `..o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,       # p..~
]
_W_BOLD = [
    278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
    975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
    333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
    611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
]
# Widths of the WinAnsi characters outside ASCII that the samples use: (regular, bold).
_W_EXTRA = {
    "\u2022": (350, 350),   # bullet          0x95
    "\u2013": (556, 556),   # en dash         0x96
    "\u2014": (1000, 1000), # em dash         0x97
    "\u2018": (222, 278), "\u2019": (222, 278), "\u201c": (333, 500), "\u201d": (333, 500),
    "\u00b7": (278, 278),   # middle dot      0xB7
    "\u00a0": (278, 278),
}
# Characters WinAnsi lacks, written as the nearest ASCII.
_FALLBACK = {"\u2192": "->", "\u2190": "<-", "\u2264": "<=", "\u2265": ">=", "\u2212": "-",
             "\u2026": "...", "\u2011": "-", "\u2010": "-"}


def winansi(text):
    """The text as WinAnsiEncoding bytes (cp1252 is the same mapping for what we use):
    "•" -> 0x95, "–" -> 0x96, "—" -> 0x97, Latin-1 letters as themselves."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1252")
        except UnicodeEncodeError:
            out += _FALLBACK.get(ch, "?").encode("ascii")
    return bytes(out)


def char_width(ch, font):
    o = ord(ch)
    if 32 <= o <= 126:
        return (_W_REGULAR if font == REGULAR else _W_BOLD)[o - 32]
    if ch in _W_EXTRA:
        return _W_EXTRA[ch][0 if font == REGULAR else 1]
    if ch in _FALLBACK:
        return sum(char_width(c, font) for c in _FALLBACK[ch])
    base = unicodedata.normalize("NFD", ch)[0]   # "á" is as wide as "a"
    if base != ch and 32 <= ord(base) <= 126:
        return char_width(base, font)
    return 556


def text_width(text, font, size):
    return sum(char_width(c, font) for c in text) * size / 1000.0


def pdf_string(text):
    """A PDF literal string: ( ) \\ escaped, bytes outside printable ASCII as octal."""
    out = ["("]
    for b in winansi(text):
        c = chr(b)
        if c in "()\\":
            out.append("\\" + c)
        elif 32 <= b <= 126:
            out.append(c)
        else:
            out.append("\\%03o" % b)
    out.append(")")
    return "".join(out)


def num(v):
    s = "%.2f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


class PDF:
    """Pages of drawing operations, serialised with a correct cross-reference table."""

    def __init__(self, width=612, height=792, title=None):
        self.width, self.height = width, height
        self.title = title
        self.pages = []   # each: {"graphics": [str], "text": [(y, x, seq, str)]}

    def page(self, index):
        while len(self.pages) <= index:
            self.pages.append({"graphics": [], "text": []})
        return self.pages[index]

    def text(self, index, x, y, font, size, s):
        if not s:
            return
        p = self.page(index)
        op = "BT /%s %s Tf %s %s Td %s Tj ET" % (font, num(size), num(x), num(y), pdf_string(s))
        p["text"].append((round(y, 2), round(x, 2), len(p["text"]), op))

    def rule(self, index, x1, y, x2, gray=0.6, width=0.6):
        self.page(index)["graphics"].append(
            "q %s G %s w %s %s m %s %s l S Q" % (num(gray), num(width), num(x1), num(y), num(x2), num(y)))

    def fill_rect(self, index, x, y, w, h, gray):
        self.page(index)["graphics"].append(
            "q %s g %s %s %s %s re f Q" % (num(gray), num(x), num(y), num(w), num(h)))

    def _content(self, p):
        # Text is written in visual order: top to bottom, then left to right. In a two-column
        # page this interleaves the columns line by line, as many real generators do, so an
        # extractor that follows the content stream (or sorts by position) mixes the columns.
        ops = list(p["graphics"])
        ops += [op for (_, _, _, op) in sorted(p["text"], key=lambda t: (-t[0], t[1], t[2]))]
        return ("\n".join(ops) + "\n").encode("latin-1")

    def to_bytes(self):
        objects = []   # object bodies, numbered from 1

        def add(body):
            objects.append(body)
            return len(objects)

        catalog = add(None)
        pages = add(None)
        f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
        f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
        info_items = "/Producer (skillfit samples/make_formats.py)"
        if self.title:
            info_items = "/Title %s " % pdf_string(self.title) + info_items
        info = add(("<< %s >>" % info_items).encode("latin-1"))
        kids = []
        for p in self.pages:
            data = self._content(p)
            content = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"endstream")
            page = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %s %s] "
                        "/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                        % (pages, num(self.width), num(self.height), f1, f2, content)).encode("latin-1"))
            kids.append(page)
        objects[catalog - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages).encode("latin-1")
        objects[pages - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                              % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode("latin-1")

        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n" % (len(objects) + 1)
        out += b"0000000000 65535 f \n"
        for off in offsets:
            out += b"%010d 00000 n \n" % off
        out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
                % (len(objects) + 1, catalog, info, xref))
        return bytes(out)


class Column:
    """A vertical flow of text in a column of the page; overflows onto following pages."""

    def __init__(self, pdf, x, width, top, bottom, next_top=None):
        self.pdf, self.x, self.width = pdf, x, width
        self.top, self.bottom = top, bottom
        self.next_top = next_top if next_top is not None else top
        self.page = 0
        self.y = top      # baseline of the next line is y - size (set per line)

    def need(self, height):
        if self.y - height < self.bottom:
            self.page += 1
            self.y = self.next_top

    def space(self, pts):
        if self.y != self.top and self.y != self.next_top:
            self.y -= pts

    def runs(self, runs, size, leading, indent=0.0, hang=None, bullet=None):
        """Word-wrap runs [(font, text), ...] into the column. hang is the indent of the
        wrapped lines (defaults to indent); bullet is drawn at the left edge of the first line."""
        hang = indent if hang is None else hang
        words = []
        for font, text in runs:
            glue_next = False
            for w in text.split():
                # keep "2012 - 2016" and "| 2021" on one line: a lone dash binds both of its
                # neighbours, a "|" binds the word after it
                if glue_next and words:
                    words[-1] = (font, words[-1][1] + " " + w)
                    glue_next = False
                elif w in ("-", "\u2013") and words:
                    words[-1] = (font, words[-1][1] + " " + w)
                    glue_next = True
                else:
                    words.append((font, w))
                    glue_next = w == "|"
        lines, line, used = [], [], 0.0
        avail = self.width - indent
        for font, w in words:
            ww = text_width(w, font, size)
            sp = text_width(" ", font, size) if line else 0.0
            if line and used + sp + ww > avail:
                lines.append(line)
                line, used, avail = [], 0.0, self.width - hang
                sp = 0.0
            line.append((font, w))
            used += sp + ww
        if line:
            lines.append(line)
        for n, line in enumerate(lines):
            self.need(leading)
            self.y -= leading
            x = self.x + (indent if n == 0 else hang)
            if n == 0 and bullet:
                self.pdf.text(self.page, self.x + indent - 11, self.y, REGULAR, size, bullet)
            # one text object per run of words in the same font
            seg_font, seg = line[0][0], [line[0][1]]
            for font, w in line[1:]:
                if font == seg_font:
                    seg.append(w)
                else:
                    s = " ".join(seg) + " "
                    self.pdf.text(self.page, x, self.y, seg_font, size, s)
                    x += text_width(s, seg_font, size)
                    seg_font, seg = font, [w]
            self.pdf.text(self.page, x, self.y, seg_font, size, " ".join(seg))

    def heading(self, text, size, leading, before, rule=True):
        self.space(before)
        self.need(leading * 3)     # keep a heading with the lines that follow it
        self.y -= leading
        self.pdf.text(self.page, self.x, self.y, BOLD, size, text)
        if rule:
            self.pdf.rule(self.page, self.x, self.y - 4, self.x + self.width)
            self.y -= 4


def render_block(col, block, size, leading, split_roles=False):
    if block.kind == "bullet":
        col.runs([(REGULAR, block.text)], size, leading, indent=13, bullet="\u2022")
    elif block.kind == "skill":
        col.runs([(BOLD, block.label + ":"), (REGULAR, block.text)], size, leading)
    elif block.kind == "role":
        col.space(5)
        if split_roles and " \u2014 " in block.text:
            # narrow column: "Title" in bold, then "Company, City | dates" below it
            title, rest = block.text.split(" \u2014 ", 1)
            col.need(leading * 3)
            col.runs([(BOLD, title)], size + 0.5, leading)
            col.runs([(REGULAR, rest)], size - 0.5, leading)
        else:
            col.need(leading * 3)
            col.runs([(BOLD, block.text)], size, leading)
    elif block.kind == "sub":
        col.space(4)
        col.need(leading * 2)
        col.runs([(BOLD, block.text)], size, leading)
    else:   # para, line
        col.runs([(REGULAR, block.text)], size, leading)


def pdf_single_column(resume):
    pdf = PDF(title="%s - Resume" % resume.name)
    margin = 54
    col = Column(pdf, margin, pdf.width - 2 * margin, pdf.height - margin, margin)
    col.runs([(BOLD, resume.name)], 20, 22)
    col.runs([(REGULAR, resume.contact)], 9.5, 14)
    for sec in resume.sections:
        col.heading(sec.title, 11.5, 14, before=12)
        for block in sec.blocks:
            render_block(col, block, 10, 13)
    return pdf.to_bytes()


def pdf_two_column(resume):
    """Sidebar (~30%): contact, Skills, Certifications, Education. Main: the name, Summary,
    Experience, Projects. Both columns start at the same height on the page."""
    pdf = PDF(title="%s - Resume" % resume.name)
    margin = 36
    inner = pdf.width - 2 * margin            # 540
    side_w = round(inner * 0.30)              # 162
    gutter = 20
    top, bottom = pdf.height - 40, 40
    side = Column(pdf, margin, side_w, top, bottom)
    main = Column(pdf, margin + side_w + gutter, inner - side_w - gutter, top, bottom)

    # main column
    main.runs([(BOLD, resume.name)], 22, 24)
    main.y -= 4
    for key in ("summary", "experience", "projects"):
        sec = resume.section(key)
        main.heading(sec.title.upper(), 11, 14, before=10)
        for block in sec.blocks:
            render_block(main, block, 9.5, 12.5, split_roles=True)

    # sidebar
    side.heading("CONTACT", 10, 13, before=0)
    for item in resume.contact.split(" \u00b7 "):
        side.runs([(REGULAR, item.strip())], 8.5, 11)
    for key in ("skills", "certifications", "education"):
        sec = resume.section(key)
        side.heading(sec.title.upper(), 10, 13, before=12)
        for block in sec.blocks:
            if block.kind == "skill":
                side.space(3)
            render_block(side, block, 8.5, 11)

    # shade the sidebar on every page
    for i in range(len(pdf.pages)):
        pdf.fill_rect(i, margin - 8, bottom - 8, side_w + 16, top - bottom + 16, 0.93)
    return pdf.to_bytes()


# ---------------------------------------------------------------------------------------------
# A minimal DOCX writer
# ---------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

CONTENT_TYPES = XML_HEAD + (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '</Types>')

ROOT_RELS = XML_HEAD + (
    '<Relationships xmlns="%s">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>' % REL_NS)

DOCUMENT_RELS = XML_HEAD + (
    '<Relationships xmlns="%s">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '</Relationships>' % REL_NS)

STYLES = XML_HEAD + (
    '<w:styles xmlns:w="%s">'
    '<w:docDefaults>'
    '<w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>'
    '<w:sz w:val="21"/><w:szCs w:val="21"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="259" w:lineRule="auto"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="40"/></w:pPr>'
    '<w:rPr><w:b/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>'
    '<w:pPr><w:keepNext/><w:keepLines/>'
    '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="808080"/></w:pBdr>'
    '<w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>'
    '<w:rPr><w:b/><w:caps/><w:color w:val="1F3864"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>'
    '<w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/>'
    '<w:pPr><w:spacing w:after="20"/><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/>'
    '<w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>'
    '</w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>'
    '<w:tblPr><w:tblBorders>'
    '<w:top w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
    '<w:left w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
    '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
    '<w:right w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
    '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
    '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>'
    '</w:tblBorders></w:tblPr></w:style>'
    '</w:styles>' % W_NS)

NUMBERING = XML_HEAD + (
    '<w:numbering xmlns:w="%s">'
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
    '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr>'
    '<w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/></w:rPr></w:lvl>'
    '</w:abstractNum>'
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
    '</w:numbering>' % W_NS)


def xml_escape(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def w_run(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "",
                                       '<w:sz w:val="%d"/><w:szCs w:val="%d"/>' % (size, size) if size else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, xml_escape(text))


def w_para(runs, style=None, numbered=False, spacing_before=None):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if numbered:
        ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>'
    if spacing_before is not None:
        ppr += '<w:spacing w:before="%d"/>' % spacing_before
    return "<w:p>%s%s</w:p>" % ("<w:pPr>%s</w:pPr>" % ppr if ppr else "", "".join(runs))


def w_skills_table(blocks):
    widths = (2200, 7160)   # twentieths of a point; 9360 = 6.5 inches
    rows = []
    for b in blocks:
        if b.kind == "skill":
            label, text = b.label, b.text
        else:
            label, text = "", b.text
        cells = []
        for w, (content, bold) in zip(widths, ((label, True), (text, False))):
            cells.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>%s</w:tc>'
                         % (w, w_para([w_run(content, bold=bold)])))
        rows.append("<w:tr>%s</w:tr>" % "".join(cells))
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="%d" w:type="dxa"/>'
            '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" '
            'w:noHBand="1" w:noVBand="1"/></w:tblPr><w:tblGrid>%s</w:tblGrid>%s</w:tbl>'
            % (sum(widths), "".join('<w:gridCol w:w="%d"/>' % w for w in widths), "".join(rows)))


def docx_document(resume):
    body = [w_para([w_run(resume.name)], style="Title"),
            w_para([w_run(resume.contact)])]
    for sec in resume.sections:
        body.append(w_para([w_run(sec.title)], style="Heading1"))
        if sec.key == "skills":
            body.append(w_skills_table(sec.blocks))
            continue
        for b in sec.blocks:
            if b.kind == "bullet":
                body.append(w_para([w_run(b.text)], style="ListParagraph", numbered=True))
            elif b.kind == "role":
                body.append(w_para([w_run(b.text, bold=True)], spacing_before=120))
            elif b.kind == "sub":
                body.append(w_para([w_run(b.text, bold=True)], spacing_before=80))
            else:
                body.append(w_para([w_run(b.text)]))
    sect = ('<w:sectPr><w:pgSz w:w="12240" w:h="15840"/>'
            '<w:pgMar w:top="1080" w:right="1440" w:bottom="1080" w:left="1440" '
            'w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>')
    return XML_HEAD + ('<w:document xmlns:w="%s" xmlns:r="%s"><w:body>%s%s</w:body></w:document>'
                       % (W_NS, R_NS, "".join(body), sect))


def docx_bytes_to(path, resume):
    parts = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/document.xml", docx_document(resume)),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", NUMBERING),
    ]
    with zipfile.ZipFile(path, "w") as z:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 3
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))


# ---------------------------------------------------------------------------------------------

def write_bytes(path, data):
    tmp = path + ".tmp"
    with open(tmp, "wb") as f:
        f.write(data)
    os.replace(tmp, path)


def main():
    pdf_dir = os.path.join(RESUMES, "pdf")
    docx_dir = os.path.join(RESUMES, "docx")
    os.makedirs(pdf_dir, exist_ok=True)
    os.makedirs(docx_dir, exist_ok=True)
    written = []
    for name in PDF_SINGLE + PDF_TWO_COLUMN:
        resume = load(name)
        data = pdf_two_column(resume) if name in PDF_TWO_COLUMN else pdf_single_column(resume)
        path = os.path.join(pdf_dir, name + ".pdf")
        write_bytes(path, data)
        written.append(path)
    for name in DOCX:
        path = os.path.join(docx_dir, name + ".docx")
        tmp = path + ".tmp"
        docx_bytes_to(tmp, load(name))
        os.replace(tmp, path)
        written.append(path)
    for path in written:
        print(os.path.relpath(path, os.path.dirname(HERE)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
