#!/usr/bin/env python3
"""Checks the named widgets one frame drew (rehearse --dump-widgets FILE).

Fails when a widget leaves the window, when its panel cuts part of it off
(a panel the person can scroll may hide it in the direction it scrolls; one
without a scrollbar may not), when its label did not fit it, or when two widgets in the same
window overlap. A widget named "a.b" is part of "a" and may lie on it;
areas ("area": the canvas board) are only checked against the window, and
hold only widgets named inside them ("canvas.board.x"): the canvas's own bars
sit above and below its board, so nothing of the board shows under them.

Usage: check_layout.py FRAME.json [FRAME.json ...]; prints every problem
with the file it came from, exits 1 if there is any.
"""
import json
import sys

SLACK = 1.0  # pixels: rounding of fractional layouts


def box(r):
    return (r["x"], r["y"], r["x"] + r["w"], r["y"] + r["h"])


def intersect(a, b):
    x0, y0 = max(a[0], b[0]), max(a[1], b[1])
    x1, y1 = min(a[2], b[2]), min(a[3], b[3])
    return (x0, y0, x1, y1) if x1 > x0 and y1 > y0 else None


def inside(a, outer):
    return (a[0] >= outer[0] - SLACK and a[1] >= outer[1] - SLACK and
            a[2] <= outer[2] + SLACK and a[3] <= outer[3] + SLACK)


def related(a, b):
    return a.startswith(b + ".") or b.startswith(a + ".")


def describe(w):
    x0, y0, x1, y1 = box(w["rect"])
    label = f' "{w["label"]}"' if w["label"] else ""
    return f'{w["id"]}{label} at {x0:.0f},{y0:.0f}-{x1:.0f},{y1:.0f}'


def problems(frame):
    window = (0.0, 0.0, frame["window"]["w"], frame["window"]["h"])
    widgets = frame["widgets"]
    found = []
    seen = {}
    for w in widgets:
        key = (w["layer"], w["id"])
        seen[key] = seen.get(key, 0) + 1
        if seen[key] == 2:
            found.append(f'two widgets named {w["id"]} in {w["layer"]}')
    shown = []  # (widget, the part of it on screen)
    for w in widgets:
        rect, clip = box(w["rect"]), box(w["clip"])
        if w["clipped"]:
            found.append(f"label does not fit: {describe(w)}")
        # Along a direction its panel does not scroll in, the whole widget
        # must be in view; along one it scrolls in, any part may be hidden.
        sx, sy = w["scrolls"]["x"], w["scrolls"]["y"]
        cut_x = not sx and (rect[0] < clip[0] - SLACK or rect[2] > clip[2] + SLACK)
        cut_y = not sy and (rect[1] < clip[1] - SLACK or rect[3] > clip[3] + SLACK)
        visible = intersect(rect, clip)
        if not sx and not sy and not inside(rect, window):
            found.append(f"outside the {window[2]:.0f}x{window[3]:.0f} window: {describe(w)}")
        elif cut_x or cut_y:
            found.append(f'cut off by its panel ({clip[0]:.0f},{clip[1]:.0f}-{clip[2]:.0f},{clip[3]:.0f}): '
                         f'{describe(w)}')
        if visible and not w.get("area"):
            shown.append((w, visible))
    areas = [(w, intersect(box(w["rect"]), box(w["clip"]))) for w in widgets if w.get("area")]
    for area, on_screen in areas:
        for w, visible in shown:
            if not on_screen or w["layer"] != area["layer"] or w["id"].startswith(area["id"] + "."):
                continue
            both = intersect(on_screen, visible)
            if both and both[2] - both[0] > SLACK and both[3] - both[1] > SLACK:
                found.append(f"on the {area['id']} area: {describe(w)}")
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1:]:
            if a["layer"] != b["layer"] or related(a["id"], b["id"]):
                continue
            both = intersect(ra, rb)
            if both and both[2] - both[0] > SLACK and both[3] - both[1] > SLACK:
                found.append(f"overlap: {describe(a)} and {describe(b)}")
    return found


def main(paths):
    failed = False
    for path in paths:
        try:
            with open(path, encoding="utf-8") as f:
                frame = json.load(f)
        except (OSError, ValueError) as error:
            print(f"{path}: cannot read the widget list: {error}")
            failed = True
            continue
        if not frame.get("widgets"):
            print(f"{path}: no named widgets (was the screen drawn?)")
            failed = True
            continue
        for problem in problems(frame):
            print(f"{path}: {problem}")
            failed = True
    return 1 if failed else 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1:]))
