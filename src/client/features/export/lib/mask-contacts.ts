// Handoff summaries leave the tool (tickets, chat). Masking keeps enough to recognise a contact
// ("m***@example.com", "…58") without passing the customer's full address or number along.

const EMAIL = /[\p{L}\p{N}._%+'-]+@(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}/gu;

// Digit groups joined by single spaces, dots, hyphens or parentheses, optionally after "+".
// Not preceded by a letter, digit, "_", "-", "/" or "@", nor followed by those or ":", so order
// IDs (A-1023), references (pay_8Hk3, RF-20931), date-times (2026-11-24 14:05) and paths stay whole.
const PHONE =
  /(?<![\p{L}\p{N}_@/+-])\+?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:(?:[ .-]|[ .-]?\(\d{1,4}\)[ .-]?)?\d{1,4}){1,6}(?![\p{L}\p{N}_@/:-]|[.,]\d)/gu;

const MIN_PHONE_DIGITS = 7;
const MAX_PHONE_DIGITS = 15; // E.164
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4})$/;
const IP_ADDRESS = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** "maria.gomez@example.com" → "m***@example.com": the first character and the domain stay. */
export function maskEmails(text: string): string {
  return text.replace(EMAIL, (email) => {
    const at = email.lastIndexOf('@');
    return `${Array.from(email)[0] ?? ''}***${email.slice(at)}`;
  });
}

function maskDigits(match: string): string {
  const digits = match.replace(/\D/g, '').length;
  if (digits < MIN_PHONE_DIGITS || digits > MAX_PHONE_DIGITS || DATE.test(match)) return match;
  if (IP_ADDRESS.test(match)) return match;
  let seen = 0;
  return match.replace(/\d/g, (digit) => (++seen > digits - 2 ? digit : '*'));
}

/** Phone-like numbers (7 to 15 digits, international formats) keep only their last two digits. */
export function maskPhones(text: string): string {
  return text.replace(PHONE, maskDigits);
}

/** Both, e-mail first so digits inside an address are not mistaken for a phone number. */
export function maskContacts(text: string): string {
  return maskPhones(maskEmails(text));
}
