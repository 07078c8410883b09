/**
 * Untrusted text (engine answers, error bodies, model and metric names, predictions) carries no control
 * character into a log line, a Markdown cell or an annotation. A lone CR, NEL (U+0085) and the Unicode
 * line and paragraph separators (U+2028, U+2029) end a line for some readers and not others, which is how
 * a forged line hides behind an innocent one; ANSI escape sequences recolour or erase what the log shows.
 */
// CSI (ESC [ ... final byte), OSC (ESC ] ... BEL or ESC \), and any other two-character ESC sequence.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]?/g;
const LINE_BREAKS = /\r\n|[\r\n\u0085\u2028\u2029]/g;
// C0 and C1 controls except TAB and LF (line breaks are handled first), DEL, and the bidirectional overrides
// that make text read in another order than it is stored.
// eslint-disable-next-line no-control-regex -- control characters are what it matches
const OTHER_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Every line break (CRLF, lone CR, NEL, U+2028/2029) as `\n`, ANSI sequences and other controls removed. */
export function cleanControlCharacters(text: string): string {
  return text.replace(ANSI, '').replace(LINE_BREAKS, '\n').replace(OTHER_CONTROLS, '');
}

/** The same, on one line: every line break becomes a space (a table cell, a version string). */
export function singleLine(text: string): string {
  return cleanControlCharacters(text).replace(/\n+/g, ' ');
}
