import type { Draft } from './assemble/draft';
import { ArticleParseError } from './errors';
import { type ParseOptions, type ResolvedOptions, resolveOptions } from './options';
import { readStructuredDump } from './structured/front-end';
import { detectTextLayout } from './text/detect';
import { readPageText } from './page/front-end';
import { normalizeText, type ReferenceDecoder } from './text/repair';

/**
 * The steps both entry points share: the input contract (a string within `maxInputLength`, valid options) and the
 * text front ends (a structured dump or page text, after text repair). The full entry adds the HTML front end.
 * @module
 */

/**
 * Checks the input and resolves the options.
 * @param input - what the caller passed as input
 * @param options - what the caller passed as options
 * @returns the resolved options
 * @throws {@link ArticleParseError} `INVALID_INPUT` or `INPUT_TOO_LARGE`
 */
export function acceptInput(input: unknown, options: ParseOptions | undefined): ResolvedOptions {
  if (typeof input !== 'string') {
    throw new ArticleParseError('INVALID_INPUT', `input must be a string, got ${input === null ? 'null' : typeof input}`);
  }
  const resolved = resolveOptions(options);
  if (input.length > resolved.maxInputLength) {
    throw new ArticleParseError(
      'INPUT_TOO_LARGE',
      `input is ${input.length} characters long; the limit (maxInputLength) is ${resolved.maxInputLength}`,
    );
  }
  return resolved;
}

/**
 * Reads text input: repairs it, then reads it as a structured dump or as page text, whichever its layout is.
 * @param input - the raw text
 * @param resolved - the resolved options
 * @param decode - how the entry point decodes character references
 * @returns the draft Article
 */
export function readText(input: string, resolved: ResolvedOptions, decode: ReferenceDecoder): Draft {
  const text = normalizeText(input, decode);
  return detectTextLayout(text) === 'structured' ? readStructuredDump(text, resolved) : readPageText(text, resolved);
}
