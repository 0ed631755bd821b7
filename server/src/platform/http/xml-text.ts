/**
 * Characters XML 1.0 does not allow (C0 controls other than tab and line breaks, U+FFFE/U+FFFF,
 * lone surrogates). Text may hold them — PostgreSQL stores them and the API returns them as JSON
 * escapes — but a Word or Excel file containing one is "corrupt" to Office.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without the characters an XML document (docx, xlsx) cannot hold. */
export function xmlSafeText(text: string): string {
  return text.replace(NOT_XML, '');
}

/** `value` with `xmlSafeText` applied to every string inside it (objects, arrays; dates kept). */
export function xmlSafeDeep<T>(value: T): T {
  if (typeof value === 'string') return xmlSafeText(value) as T;
  if (Array.isArray(value)) return value.map(xmlSafeDeep) as T;
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, xmlSafeDeep(v)])) as T;
  }
  return value;
}
