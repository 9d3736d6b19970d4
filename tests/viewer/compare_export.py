"""Checks a PDF and a PNG that `renozone-viewer --export` wrote of the same map.

The PDF must parse with poppler (pdftotext, pdftoppm) without one complaint, its
text must hold every legend class of the shipped styles and every layer title,
and its page rendered by pdftoppm at the PNG's resolution must match the PNG:
the same size, every class's fill colour present in both, and the page alike
block by block.

usage: /usr/bin/python3 compare_export.py MAP.pdf MAP.png DPI STYLES_DIR
"""
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from PIL import Image

LAYER_TITLES = ['公共服务设施', '历史文化保护', '楼栋', '道路', '街道', '小区', '河流']
BLOCK = 24          # pixels a side of the blocks compared
BLOCK_TOLERANCE = 24  # the largest difference of a block's mean channels, 0-255
ALIKE_SHARE = 0.99  # blocks within tolerance
COLOUR_TOLERANCE = 12


def fail(message):
    print('FAIL: ' + message)
    sys.exit(1)


def poppler(*command):
    run = subprocess.run(command, capture_output=True, text=True)
    complaints = [line for line in run.stderr.splitlines() if line.strip()]
    if run.returncode != 0 or complaints:
        fail(f'{command[0]} exit {run.returncode}: ' + '; '.join(complaints[:3]))
    return run.stdout


def legend_classes(styles_dir):
    """Class labels and fill colours of every multi-class shipped style."""
    labels, fills = [], []
    for qml in sorted(Path(styles_dir).glob('*.qml')):
        root = ET.parse(qml).getroot()
        entries = root.findall('.//categories/category') + root.findall('.//rules/rule')
        if len(entries) < 2:
            continue
        labels += [e.get('label') for e in entries]
        for symbol in root.findall('.//symbols/symbol'):
            if symbol.get('type') != 'fill':
                continue
            for option in symbol.iter('Option'):
                if option.get('name') == 'color' and option.get('value'):
                    r, g, b, a = (int(v) for v in option.get('value').split(',')[:4])
                    alpha = float(symbol.get('alpha', '1')) * a / 255
                    # As its legend swatch shows it: over white paper.
                    fills.append(tuple(round(c * alpha + 255 * (1 - alpha)) for c in (r, g, b)))
                    break
    return labels, fills


def has_colour(image, colour):
    pixels = image.getdata()
    return any(all(abs(p[i] - colour[i]) <= COLOUR_TOLERANCE for i in range(3)) for p in pixels)


def main():
    pdf, png, dpi, styles = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4]
    # As a reader copies or searches it: 老 and 车, not the radicals ⽼ and ⻋ Qt names their glyphs by.
    text = poppler('pdftotext', '-enc', 'UTF-8', pdf, '-')
    labels, fills = legend_classes(styles)
    radicals = sorted({c for c in text if 0x2E80 <= ord(c) <= 0x2FDF})
    if radicals:
        fail(f'the PDF\'s text has CJK radicals {radicals} where ideographs were written')
    missing = [label for label in labels + LAYER_TITLES if label not in text]
    if missing:
        fail(f'the PDF\'s text lacks legend entries {missing}')
    with tempfile.TemporaryDirectory() as work:
        poppler('pdftoppm', '-r', dpi, '-png', '-singlefile', pdf, f'{work}/page')
        page = Image.open(f'{work}/page.png').convert('RGB')
        picture = Image.open(png).convert('RGB')
        if abs(page.width - picture.width) > 1 or abs(page.height - picture.height) > 1:
            fail(f'the PDF page is {page.size} pixels at {dpi} dpi, the PNG {picture.size}')
        page = page.resize(picture.size)
        small_page = page.reduce(4)
        small_picture = picture.reduce(4)
        for colour in set(fills):
            for name, image in (('PDF', small_page), ('PNG', small_picture)):
                if not has_colour(image, colour):
                    fail(f'the {name} has no pixel of the legend\'s fill colour {colour}')
        alike = blocks = 0
        for y in range(0, picture.height - BLOCK + 1, BLOCK):
            for x in range(0, picture.width - BLOCK + 1, BLOCK):
                box = (x, y, x + BLOCK, y + BLOCK)
                a = page.crop(box).resize((1, 1), Image.BOX).getpixel((0, 0))
                b = picture.crop(box).resize((1, 1), Image.BOX).getpixel((0, 0))
                blocks += 1
                alike += max(abs(a[i] - b[i]) for i in range(3)) <= BLOCK_TOLERANCE
        share = alike / blocks
        if share < ALIKE_SHARE:
            fail(f'only {share:.1%} of the page\'s blocks match the PNG (at least {ALIKE_SHARE:.0%} expected)')
    print(f'PDF parses, holds {len(labels)} legend classes and {len(LAYER_TITLES)} layer titles; '
          f'page matches the PNG in {share:.1%} of {blocks} blocks')


if __name__ == '__main__':
    main()
