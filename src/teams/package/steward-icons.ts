import { writePng } from "./write-png.js";

/**
 * The two icons a Teams app package needs, drawn here: the color icon (192×192, a white check mark
 * on Steward's teal) and the outline icon (32×32, white on transparent, as Teams requires).
 */
export function stewardIcons(): { color: Buffer; outline: Buffer } {
  const onCheck = (x: number, y: number, size: number, width: number) => {
    // A check mark: a short stroke down-right, then a long one up-right.
    const u = x / size;
    const v = y / size;
    const near = (ax: number, ay: number, bx: number, by: number) => {
      const t = Math.max(0, Math.min(1, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
      return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay))) < width;
    };
    return near(0.25, 0.52, 0.43, 0.7) || near(0.43, 0.7, 0.76, 0.3);
  };
  return {
    color: writePng(192, (x, y) => (onCheck(x, y, 192, 0.06) ? [255, 255, 255, 255] : [0, 120, 120, 255])),
    outline: writePng(32, (x, y) => (onCheck(x, y, 32, 0.08) ? [255, 255, 255, 255] : [0, 0, 0, 0])),
  };
}
