/**
 * Image and logo sizes: only whole, positive pixel counts within a sane bound come out (`0`, `-5`, `1e308`,
 * `12.5` or `800px` from a page's JSON-LD are no size).
 * @module
 */

/** The largest image side, in pixels, that the library reports (the largest a JPEG can have). */
export const MAX_IMAGE_SIDE = 65_535;

/**
 * Whether a number is a plausible image side: a positive integer up to {@link MAX_IMAGE_SIDE}.
 *
 * @param value - a width or height
 * @returns `true` when it can be reported
 */
export function isImageSide(value: number): boolean {
  return Number.isInteger(value) && value > 0 && value <= MAX_IMAGE_SIDE;
}

/**
 * A side read from text (`"1200"`), or `undefined` when it is not a plausible one.
 *
 * @param text - the value as found
 * @returns the side in pixels
 */
export function imageSideOf(text: string | undefined): number | undefined {
  const side = Number(text);
  return text !== undefined && isImageSide(side) ? side : undefined;
}
