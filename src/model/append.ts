/**
 * Appending one list to another without spreading it into a call: `target.push(...items)` passes every item as an
 * argument and throws `RangeError` once a hostile page yields a hundred thousand of them.
 * @module
 */

/**
 * Appends every item to the target, in order.
 *
 * @param target - the list to grow
 * @param items - the items to add, however many
 */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
