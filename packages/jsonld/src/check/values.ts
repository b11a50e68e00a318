// Lexical checks for schema.org's data types, as schema.org defines them: Date is ISO 8601
// `YYYY-MM-DD`, DateTime `YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm]`, Time `hh:mm[:ss[.f]][Z|±hh:mm]`.
// Every pattern is anchored and free of nested quantifiers, so a huge string costs linear time.

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const TIME = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;
const SCHEME = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

function validDay(y: string | undefined, m: string | undefined, d: string | undefined): boolean {
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] as number;
  return day <= days;
}

function validClock(h: string | undefined, min: string | undefined, s: string | undefined): boolean {
  // 24:00 and leap second 60 are ISO 8601; anything beyond is a typo.
  return Number(h) <= 24 && Number(min) <= 59 && (s === undefined || Number(s) <= 60);
}

/** `YYYY-MM-DD` with a real month and day. */
export function isDate(value: string): boolean {
  const m = DATE.exec(value);
  return m !== null && validDay(m[1], m[2], m[3]);
}

/** `YYYY-MM-DDThh:mm[:ss[.fff]][Z|±hh:mm]`. */
export function isDateTime(value: string): boolean {
  const m = DATE_TIME.exec(value);
  return m !== null && validDay(m[1], m[2], m[3]) && validClock(m[4], m[5], m[6]);
}

/** True when a date-time string has a time but no `Z` or `±hh:mm`. */
export function lacksTimeZone(value: string): boolean {
  const m = DATE_TIME.exec(value);
  return m !== null && m[7] === undefined;
}

/** `hh:mm[:ss[.fff]][Z|±hh:mm]`. */
export function isTime(value: string): boolean {
  const m = TIME.exec(value);
  return m !== null && validClock(m[1], m[2], m[3]);
}

/** A decimal number, as text. */
export function isNumberText(value: string): boolean {
  return NUMBER.test(value);
}

/** An integer, as text. */
export function isIntegerText(value: string): boolean {
  return INTEGER.test(value);
}

/** Boolean as text, including schema.org's `True`/`False` and their IRIs. */
export function isBooleanText(value: string): boolean {
  return /^(?:(?:https?:\/\/schema\.org\/|schema:)?(?:True|False)|true|false)$/.test(value);
}

/** An absolute URL (any scheme) that a URL parser accepts and that has no whitespace. */
export function isAbsoluteUrl(value: string): boolean {
  if (!SCHEME.test(value) || /\s/.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * A relative reference (`/img/a.jpg`, `a.jpg`, `//cdn/x`, `?page=2`): not wrong, but Google wants
 * absolute URLs. RFC 3986 allows no whitespace and none of `<>"{}|\^\``.
 */
export function isRelativeUrl(value: string): boolean {
  return value !== '' && !SCHEME.test(value) && /^[^\s<>"{}|\\^`]+$/.test(value);
}

/** A number of pixels from `1200`, `"1200"`, `"1200px"`, `{"@value": 1200}` or a QuantitativeValue; `undefined` otherwise. */
export function pixels(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') {
    const m = /^(\d+(?:\.\d+)?)(?:\s?px)?$/i.exec(value.trim());
    return m ? Number(m[1]) : undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const obj = value as Record<string, unknown>;
    if (Object.hasOwn(obj, '@value')) return pixels(obj['@value']);
    if (Object.hasOwn(obj, 'value')) return pixels(obj['value']);
  }
  return undefined;
}
