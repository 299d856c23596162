/**
 * The few web-platform globals the core uses. They exist in every runtime the library supports (browsers, Node,
 * Deno, Bun, workers); declaring just these keeps DOM-only APIs out of reach of the core.
 */
declare class URL {
  constructor(url: string, base?: string);
  readonly href: string;
  readonly protocol: string;
  readonly hostname: string;
  readonly pathname: string;
  readonly search: string;
  username: string;
  password: string;
}

declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  readonly encoding: string;
  decode(input?: Uint8Array): string;
}
