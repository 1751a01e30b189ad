"""Generated demo media: abstract banners drawn with Pillow and small text PDFs.

Nothing is downloaded; every file is made from its title, so it is the same on
every run.
"""

import hashlib
import io
import zlib

from PIL import Image, ImageDraw


def _palette(seed):
    digest = hashlib.sha256(seed.encode()).digest()
    return [tuple(digest[i : i + 3]) for i in range(0, 12, 3)]


def make_banner(seed, width=1600, height=600):
    """An abstract banner: a dark gradient with soft circles, as PNG bytes."""
    colours = _palette(seed)
    image = Image.new("RGB", (width, height), (20, 26, 40))
    draw = ImageDraw.Draw(image)
    base = colours[0]
    for y in range(height):
        shade = y / height
        draw.line([(0, y), (width, y)], fill=tuple(int(c * 0.35 + 30 * shade) for c in base))
    for index, colour in enumerate(colours[1:]):
        radius = height // (2 + index)
        cx = (colour[0] * width) // 255
        cy = (colour[1] * height) // 255
        draw.ellipse([cx - radius, cy - radius, cx + radius, cy + radius], outline=colour, width=6)
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def _pdf_text(value):
    latin = value.encode("latin-1", "replace").decode("latin-1")
    return latin.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(title, paragraphs):
    """A one-page PDF with a title and wrapped Latin text, as bytes.

    Written by hand (the format is plain text with byte offsets) so the demo
    needs no PDF library; Burmese editions carry an English note instead of
    Burmese glyphs, since the base PDF fonts have none.
    """
    lines = [("F2", 16, title)]
    for paragraph in paragraphs:
        lines.extend(("F1", 11, line) for line in _wrap(paragraph, 90))
        lines.append(("F1", 11, ""))
    content = ["BT", "72 770 Td", "14 TL"]
    for font, size, text in lines:
        content.append(f"/{font} {size} Tf ({_pdf_text(text)}) Tj T*")
    content.append("ET")
    stream = zlib.compress("\n".join(content).encode("latin-1"))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    output = io.BytesIO()
    output.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(output.tell())
        output.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = output.tell()
    output.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        output.write(b"%010d 00000 n \n" % offset)
    output.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return output.getvalue()


def _wrap(text, width):
    words, line, lines = text.split(), "", []
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    if line:
        lines.append(line)
    return lines
