#!/usr/bin/env python3
"""Writes a CAD topographic map as a Chinese survey institute delivers one in
the 南方CASS convention, by hand (a DXF is plain text): buildings as closed
LWPOLYLINEs on layer JMD with their structure and floors written inside (砼6,
混３ in full-width digits, 砼6-1 with a basement), one outline without a text,
one with two, an open polyline, a text outside every outline; and two
communities as closed polylines on layer XQ with their names inside.
Coordinates are CGCS2000 / 3-degree zone CM 108E (EPSG:4545) metres in Wulong.
The header names the drawing's text encoding as CAD does: AutoCAD 2007 and
later write UTF-8 ($ACADVER AC1021); older CASS drawings GBK ($DWGCODEPAGE
ANSI_936), made with --gbk.
usage: cad_map.py OUT.dxf [--gbk]
"""
import sys

X, Y = 476000.0, 3245000.0


def polyline(layer, handle, points, closed=True):
    out = ["0", "LWPOLYLINE", "5", handle, "8", layer, "100", "AcDbEntity", "100", "AcDbPolyline",
           "90", str(len(points)), "70", "1" if closed else "0"]
    for x, y in points:
        out += ["10", f"{X + x:.3f}", "20", f"{Y + y:.3f}"]
    return out


def box(x0, y0, x1, y1):
    return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]


def text(layer, handle, x, y, value):
    return ["0", "TEXT", "5", handle, "8", layer, "100", "AcDbEntity", "100", "AcDbText",
            "10", f"{X + x:.3f}", "20", f"{Y + y:.3f}", "30", "0.0", "40", "2.0", "1", value]


entities = []
entities += polyline("XQ", "A1", box(0, 0, 200, 200)) + text("XQ", "A2", 100, 190, "甲小区")
entities += polyline("XQ", "A3", box(200, 0, 400, 200)) + text("XQ", "A4", 300, 190, "乙小区")
entities += polyline("JMD", "B1", box(10, 10, 30, 30)) + text("JMD", "T1", 20, 20, "砼6")
entities += polyline("JMD", "B2", box(40, 10, 60, 30)) + text("JMD", "T2", 50, 20, "混３")
entities += polyline("JMD", "B3", box(70, 10, 90, 30)) + text("JMD", "T3", 80, 20, "砼6-1")
entities += polyline("JMD", "B4", box(210, 10, 230, 30))  # no text: floors unknown
entities += polyline("JMD", "B5", box(240, 10, 260, 30)) + text("JMD", "T5", 245, 20, "砖2") + text("JMD", "T6", 255, 20, "混3")
entities += polyline("JMD", "B6", [(300, 10), (320, 10), (320, 30)], closed=False)  # open: not a building
entities += text("JMD", "T7", 150, 150, "砖2")  # inside no outline
gbk = "--gbk" in sys.argv[2:]
header = ["0", "SECTION", "2", "HEADER", "9", "$ACADVER", "1", "AC1015" if gbk else "AC1021",
          "9", "$DWGCODEPAGE", "3", "ANSI_936" if gbk else "ANSI_1252", "0", "ENDSEC"]
dxf = header + ["0", "SECTION", "2", "ENTITIES"] + entities + ["0", "ENDSEC", "0", "EOF"]
with open(sys.argv[1], "w", encoding="gbk" if gbk else "utf-8") as out:
    out.write("\n".join(dxf) + "\n")
