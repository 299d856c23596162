/**
 * Splitting a structured dump into its value blocks.
 * @module
 */

/**
 * Splits text into blocks at blank lines; each block is trimmed and its inner line breaks kept.
 *
 * @param text - normalised text
 * @returns the non-empty blocks in order
 * @example
 * ```ts
 * splitBlocks('a\n\nb\nc\n\n\n'); //=> ['a', 'b\nc']
 * ```
 */
export function splitBlocks(text: string): string[] {
  return text
    .split(/\n[ \t]*\n/u)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/**
 * Strips a trailing phrase that is also a block of its own (`Bruno Rodrigues São Paulo` with a `São Paulo`
 * block → `Bruno Rodrigues`): flattened objects often append a value that stands alone elsewhere.
 *
 * @param block - the block to clean
 * @param shortBlocks - the set of short blocks of the same dump
 * @returns the block without that suffix, or unchanged
 */
export function stripEchoedSuffix(block: string, shortBlocks: ReadonlySet<string>): string {
  const words = block.split(' ');
  for (let take = Math.min(3, words.length - 2); take >= 1; take--) {
    const suffix = words.slice(-take).join(' ');
    if (shortBlocks.has(suffix)) return words.slice(0, -take).join(' ');
  }
  return block;
}
