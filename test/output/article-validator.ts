import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

/**
 * A validator of the generated JSON Schema of Article (ajv, draft 2020-12, strict, formats checked).
 *
 * @param schema - the schema
 * @returns a function giving the validation errors as text, or `undefined` when the value is valid
 */
export function articleValidator(schema: object): (value: unknown) => string | undefined {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats.default(ajv);
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? undefined : ajv.errorsText(validate.errors));
}
