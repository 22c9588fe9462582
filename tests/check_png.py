#!/usr/bin/env python3
"""Checks that a PNG written by `rehearse --screenshot` shows a real screen:
a valid PNG of a sensible size with many distinct colours (text, panels,
accents), not a blank or single-colour frame. Standard library only."""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width, height, colour_type = 8, b"", 0, 0, 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour_type = struct.unpack(">IIBB", chunk[:10])
            if depth != 8 or colour_type not in (2, 6):
                raise SystemExit(f"{path}: unexpected PNG format")
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    channels = 4 if colour_type == 6 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    i = 0
    for _ in range(height):
        ftype, line = raw[i], bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        for x in range(stride):
            a = line[x - channels] if x >= channels else 0
            b, c = prev[x], prev[x - channels] if x >= channels else 0
            if ftype == 1: line[x] = (line[x] + a) & 255
            elif ftype == 2: line[x] = (line[x] + b) & 255
            elif ftype == 3: line[x] = (line[x] + (a + b) // 2) & 255
            elif ftype == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, channels, rows


def main():
    path = sys.argv[1]
    width, height, channels, rows = read_png(path)
    if width < 640 or height < 480:
        raise SystemExit(f"{path}: too small ({width}x{height})")
    colours, dark = set(), 0
    for y in range(0, height, 3):
        row = rows[y]
        for x in range(0, width, 3):
            px = row[x * channels:x * channels + 3]
            colours.add(px)
            if sum(px) < 384:
                dark += 1
    if len(colours) < 50:
        raise SystemExit(f"{path}: looks blank ({len(colours)} colours)")
    if dark < 200:
        raise SystemExit(f"{path}: no readable text found ({dark} dark pixels)")
    print(f"{path}: {width}x{height}, {len(colours)} colours, {dark} dark samples: ok")


if __name__ == "__main__":
    main()
