/** Output hygiene checks shared by the tests: control characters and lone surrogates in any string of a value. */

// eslint-disable-next-line no-control-regex -- the point is to find control characters (tab and newline allowed)
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
/** With the `u` flag only a surrogate that is not half of a pair matches. */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Every string inside a value, with its path. */
export function stringsIn(value: unknown, path = 'article', out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((item, index) => stringsIn(item, `${path}[${index}]`, out));
  else if (typeof value === 'object' && value !== null) for (const [key, item] of Object.entries(value)) stringsIn(item, `${path}.${key}`, out);
  return out;
}

/** The first string of a value that holds a control character or a lone surrogate, as `path: "text"`, if any. */
export function firstUncleanString(value: unknown): string | undefined {
  const found = stringsIn(value).find(([, text]) => CONTROL.test(text) || LONE_SURROGATE.test(text));
  return found === undefined ? undefined : `${found[0]}: ${JSON.stringify(found[1].slice(0, 200))}`;
}
