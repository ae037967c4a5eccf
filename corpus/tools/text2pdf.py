#!/usr/bin/env python3
"""text2pdf.py - turn a plain-text minutes source into a small "printed minutes" PDF.

Standard library only. Writes PDF 1.4 with the built-in Type1 fonts Helvetica and
Helvetica-Bold in WinAnsiEncoding (so "£", "–", "’" and "“ ”" survive a round trip
through `pdftotext`), A4 pages, word-wrapped lines, a page number at the foot of each
page, Flate-compressed content streams and a correct cross-reference table.

Usage:
    python3 text2pdf.py SOURCE.txt OUTPUT.pdf [--title "Document title"]

Source format (UTF-8, one paragraph per line, blank line = paragraph gap):
    #C text     centred bold line (council name, committee name)
    #B text     bold line (minute headings such as "71. Apologies")
    #P          force a page break
    anything else is a body paragraph. Leading spaces indent the paragraph (each
    space = 0.6 em); a leading list marker such as "1.", "(a)", "a)" or "·" makes the
    wrapped continuation lines hang under the text after the marker.
"""
import re
import sys
import zlib

PAGE_W, PAGE_H = 595, 842          # A4 in points
MARGIN_L, MARGIN_R = 62, 62
MARGIN_T, MARGIN_B = 64, 70
SIZE = 10.5                        # body font size
LEADING = 14.0
PARA_GAP = 6.0

# Helvetica advance widths (AFM, per 1000 em) for the WinAnsi code points we use.
_W = {
    32: 278, 33: 278, 34: 355, 35: 556, 36: 556, 37: 889, 38: 667, 39: 191,
    40: 333, 41: 333, 42: 389, 43: 584, 44: 278, 45: 333, 46: 278, 47: 278,
    58: 278, 59: 278, 60: 584, 61: 584, 62: 584, 63: 556, 64: 1015,
    91: 278, 92: 278, 93: 278, 94: 469, 95: 556, 96: 333,
    123: 334, 124: 260, 125: 334, 126: 584,
    0x80: 556, 0x85: 1000, 0x91: 222, 0x92: 222, 0x93: 333, 0x94: 333,
    0x95: 350, 0x96: 556, 0x97: 1000, 0xA3: 556, 0xB7: 278, 0xA0: 278,
    0xE9: 556, 0xE8: 556, 0xE0: 556, 0xE7: 500, 0xF4: 556, 0xFC: 556,
}
for _c in range(48, 58):
    _W[_c] = 556
_UPPER = [667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
          722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611]
_LOWER = [556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
          556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500]
for _i, _w in enumerate(_UPPER):
    _W[65 + _i] = _w
for _i, _w in enumerate(_LOWER):
    _W[97 + _i] = _w

MARKER = re.compile(r"^(\(?[0-9]{1,3}[.)]|\(?[a-z]{1,4}\)|[a-z]\.|·|•|-)\s+")


def encode(text):
    """Unicode -> WinAnsi (cp1252) bytes; unmappable characters become '?'."""
    text = text.replace("\u00a0", " ")
    return text.encode("cp1252", errors="replace")


def width(data, bold=False):
    w = sum(_W.get(b, 556) for b in data) * SIZE / 1000.0
    return w * (1.06 if bold else 1.0)   # bold glyphs are a little wider; be safe


def pdf_string(data):
    out = bytearray(b"(")
    for b in data:
        if b in (0x28, 0x29, 0x5C):
            out += b"\\" + bytes([b])
        elif b < 32 or b > 126:
            out += b"\\%03o" % b
        else:
            out.append(b)
    out += b")"
    return bytes(out)


def wrap(data, first_x, cont_x, bold):
    """Greedy word wrap; returns [(x, line_bytes), ...]."""
    words = data.split(b" ")
    lines, cur, x = [], b"", first_x
    limit = PAGE_W - MARGIN_R
    for word in words:
        cand = word if not cur else cur + b" " + word
        if cur and x + width(cand, bold) > limit:
            lines.append((x, cur))
            cur, x = word, cont_x
        else:
            cur = cand
    if cur or not lines:
        lines.append((x, cur))
    return lines


def layout(source):
    """Returns a list of pages; each page is a list of (font, x, y, bytes)."""
    pages, page = [], []
    y = PAGE_H - MARGIN_T

    def new_page():
        nonlocal page, y
        pages.append(page)
        page, y = [], PAGE_H - MARGIN_T

    prev_blank = True
    for raw in source.splitlines():
        line = raw.rstrip()
        if line == "#P":
            new_page()
            continue
        if not line.strip():
            if not prev_blank:
                y -= PARA_GAP
            prev_blank = True
            continue
        prev_blank = False
        bold = centred = False
        if line.startswith("#C "):
            bold = centred = True
            line = line[3:].strip()
        elif line.startswith("#B "):
            bold = True
            line = line[3:]
        stripped = line.lstrip(" ")
        indent = (len(line) - len(stripped)) * SIZE * 0.6
        data = encode(stripped)
        first_x = MARGIN_L + indent
        m = MARKER.match(stripped)
        cont_x = first_x + (width(encode(m.group(0)), bold) if m else 0)
        if centred:
            lines = [((PAGE_W - width(data, True)) / 2.0, data)]
        else:
            lines = wrap(data, first_x, cont_x, bold)
        # keep a bold heading together with the start of what follows
        need = LEADING * (3 if bold else 1)
        if y - need < MARGIN_B:
            new_page()
        for x, text in lines:
            if y < MARGIN_B:
                new_page()
            page.append(("F2" if bold else "F1", x, y, text))
            y -= LEADING
    if page:
        pages.append(page)
    return [p for p in pages if p]


def build(pages, title):
    objects = []   # object bodies, object n = index + 1

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
             b"/Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold "
             b"/Encoding /WinAnsiEncoding >>")
    kids = []
    total = len(pages)
    for n, page in enumerate(pages, 1):
        ops = []
        for font, x, y, text in page:
            ops.append(b"BT /%s %.1f Tf %.2f %.2f Td %s Tj ET" % (
                font.encode(), SIZE, x, y, pdf_string(text)))
        foot = encode(str(n))
        ops.append(b"BT /F1 9 Tf %.2f %.2f Td %s Tj ET" % (
            (PAGE_W - width(foot) * 9 / SIZE) / 2.0, 36.0, pdf_string(foot)))
        raw = b"\n".join(ops) + b"\n"
        packed = zlib.compress(raw, 9)
        content = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
                      + packed + b"\nendstream")
        kids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] "
                        b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> "
                        b"/Contents %d 0 R >>" % (pages_id, PAGE_W, PAGE_H, f1, f2, content)))
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objects[pages_id - 1] = (b"<< /Type /Pages /Kids [" +
                             b" ".join(b"%d 0 R" % k for k in kids) +
                             b"] /Count %d >>" % total)
    # Info strings are PDFDocEncoding or UTF-16BE with a BOM; use the latter so
    # "–" and "£" in titles survive.
    title_hex = ("\ufeff" + title).encode("utf-16-be").hex().upper().encode()
    info = add(b"<< /Title <%s> /Producer (Minutes Search corpus text2pdf.py) >>"
               % title_hex)

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objects, 1):
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


def main(argv):
    args = list(argv[1:])
    title = "Minutes"
    if "--title" in args:
        i = args.index("--title")
        title = args[i + 1]
        del args[i:i + 2]
    if len(args) != 2:
        sys.stderr.write(__doc__)
        return 2
    src, dst = args
    with open(src, encoding="utf-8") as fh:
        pages = layout(fh.read())
    with open(dst, "wb") as fh:
        fh.write(build(pages, title))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
