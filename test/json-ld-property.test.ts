import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyRuns, propertyTimeout } from './support/property-runs';
import { parseJsonLd } from '../src/html/json-ld';
import { removeControls } from '../src/text/repair';

/**
 * The JSON-LD reader's shortcuts (no reviver when the text needs none; no parse when one scan shows the structure
 * broken) against what they stand for: `JSON.parse` with the reviver that drops prototype keys and cleans strings.
 * Whenever that parse succeeds, the reader gives the same value; it never turns away text that parses.
 */
const FORBIDDEN = new Set(['__proto__', 'constructor', 'prototype']);
const reference = (text: string): unknown => {
  try {
    return JSON.parse(text, (key: string, value: unknown) => (FORBIDDEN.has(key) ? undefined : typeof value === 'string' ? removeControls(value) : value));
  } catch {
    return undefined;
  }
};

/** JSON, and JSON with a structural character, an escape or a forbidden key put in somewhere. */
const INSERTS = [',', ':', '[', ']', '{', '}', '"', '\\', '"__proto__":1,', '"\\u0001"', '\\ud800', ' '];
const mutated = fc.tuple(fc.json(), fc.nat(), fc.constantFrom(...INSERTS)).map(([json, at, insert]) => {
  const index = at % (json.length + 1);
  return json.slice(0, index) + insert + json.slice(index);
});

describe('JSON-LD parsing', () => {
  const runs = propertyRuns(20_000);
  it('gives what JSON.parse with the reviver gives, whenever that parses', { timeout: propertyTimeout(runs, 2) }, () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated), (text) => {
        const expected = reference(text.trim());
        if (expected !== undefined) expect(parseJsonLd(text)).toEqual(expected);
      }),
      { numRuns: runs },
    );
  });
});
