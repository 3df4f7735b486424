/*
 * RFC 5545 §3.1: content lines longer than 75 octets are folded with CRLF + one space. Octets are UTF-8
 * bytes, so a line is cut only between code points (never inside a multi-byte character) — what Outlook
 * and Google Calendar expect for Vietnamese text.
 */

const LIMIT = 75;

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds one content line into physical lines of at most 75 octets, joined with CRLF + space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0) ?? 0);
    if (octets + size > LIMIT) {
      parts.push(current);
      // The continuation line starts with one space, which counts towards its 75 octets.
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n');
}

/** Octet length of a string in UTF-8, for tests and checks. */
export function utf8ByteLength(text: string): number {
  let total = 0;
  for (const char of text) total += utf8Length(char.codePointAt(0) ?? 0);
  return total;
}

/**
 * True when `text` holds a control character iCalendar TEXT forbids (RFC 5545 §3.3.11): anything below
 * U+0020 except tab and line breaks (which are escaped), and DEL.
 */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f)
      return true;
  }
  return false;
}
