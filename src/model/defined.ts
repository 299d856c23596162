/**
 * Optional fields as `exactOptionalPropertyTypes` wants them: absent, never `undefined`.
 * @module
 */

/**
 * The object without its `undefined` properties, the others in their order.
 *
 * @param object - an object whose properties may be `undefined`
 * @returns a copy without those
 * @example
 * ```ts
 * withoutUndefined({ name: 'Ada', url: undefined }); //=> { name: 'Ada' }
 * ```
 */
export function withoutUndefined<T extends object>(object: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  const out: { [K in keyof T]?: Exclude<T[K], undefined> } = {};
  for (const key of Object.keys(object) as (keyof T)[]) {
    const value = object[key];
    if (value !== undefined) out[key] = value as Exclude<T[keyof T], undefined>;
  }
  return out;
}
