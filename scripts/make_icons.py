"""Draw the app's home-screen icons (PNG, 192 and 512 px, one maskable) with Pillow; rerun after a design change.

The maskable icon keeps its drawing inside the central 80 % circle that launchers may crop to.
"""

import math
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "api" / "static" / "icons"
BACKGROUND = "#1f4e79"
PLATE = "#ffffff"
LEAF = "#2e7d32"


def draw(size: int, *, maskable: bool) -> Image.Image:
    image = Image.new("RGBA", (size, size), BACKGROUND if maskable else (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    if not maskable:
        pen.rounded_rectangle((0, 0, size - 1, size - 1), radius=size // 5, fill=BACKGROUND)
    plate = size * (0.30 if maskable else 0.36)
    centre = size / 2
    pen.ellipse((centre - plate, centre - plate, centre + plate, centre + plate), fill=PLATE)
    pen.polygon(leaf_outline(centre, plate * 0.7), fill=LEAF)
    pen.line((centre - plate * 0.45, centre + plate * 0.45, centre + plate * 0.3, centre - plate * 0.3),
             fill=PLATE, width=max(2, size // 64))
    return image


def leaf_outline(centre: float, half: float, steps: int = 48) -> list[tuple[float, float]]:
    """A lens (two circular arcs) from the lower left to the upper right of the centre."""
    points = []
    for side in (1, -1):
        for i in range(steps + 1):
            t = i / steps if side == 1 else 1 - i / steps
            along = -half + 2 * half * t
            bulge = side * half * 0.55 * math.sin(math.pi * t)
            # rotate (along, bulge) by -45 degrees so the leaf points to the upper right
            x = (along - bulge) * math.sqrt(0.5)
            y = -(along + bulge) * math.sqrt(0.5)
            points.append((centre + x, centre + y))
    return points


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    draw(192, maskable=False).save(OUT / "icon-192.png", optimize=True)
    draw(512, maskable=False).save(OUT / "icon-512.png", optimize=True)
    draw(512, maskable=True).save(OUT / "icon-maskable-512.png", optimize=True)


if __name__ == "__main__":
    main()
