/**
 * A page's bytes as text. Pages are UTF-8 (a byte order mark kept, as remark reads it); a page that
 * starts with a UTF-16 byte order mark is UTF-16, decoded as such. Bytes that are not UTF-8 are read as
 * U+FFFD, as every decoder does, but not silently: each line that holds some gets a warning at the
 * place, naming the bytes, since a name read through them is not the name written.
 */
import { isUtf8 } from "node:buffer";
import { closeSync, constants, fstatSync, openSync, readFileSync } from "node:fs";
import type { Diagnostic } from "../ir/types.js";
import type { PageSource } from "./read-page.js";

/** Lines with bad bytes reported one by one; the rest of a page's are counted in one more warning. */
const linesShown = 10;

const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;

/**
 * A page's bytes, read only from a regular file: a named pipe or a device named `*.md` would block the
 * read or never end (opened without blocking, and refused as ENOTFILE).
 */
export function readPageBytes(file: string): Buffer {
  const descriptor = openSync(file, constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0));
  try {
    if (!fstatSync(descriptor).isFile()) throw Object.assign(new Error(`${file}: not a regular file`), { code: "ENOTFILE" });
    return readFileSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** A page's text from its bytes, with a warning for each line holding bytes that are not UTF-8. */
export function decodePage(id: string, bytes: Uint8Array): PageSource {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { id, text: new TextDecoder("utf-16le").decode(bytes) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { id, text: new TextDecoder("utf-16be").decode(bytes) };
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (isUtf8(buffer)) return { id, text: buffer.toString("utf8") };
  return { id, text: new TextDecoder("utf-8").decode(bytes), decodingProblems: invalidBytes(id, buffer) };
}

/** A warning for each line with bytes that are not UTF-8 (line endings as remark counts them). */
function invalidBytes(id: string, bytes: Buffer): Diagnostic[] {
  const warnings: Diagnostic[] = [];
  let more = 0;
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = start;
    while (end < bytes.length && bytes[end] !== LINE_FEED && bytes[end] !== CARRIAGE_RETURN) end++;
    const content = bytes.subarray(start, end);
    if (!isUtf8(content)) {
      if (warnings.length < linesShown) warnings.push(lineWarning(id, line, content));
      else more++;
    }
    if (end >= bytes.length) break;
    start = bytes[end] === CARRIAGE_RETURN && bytes[end + 1] === LINE_FEED ? end + 2 : end + 1;
  }
  if (more > 0) {
    warnings.push({
      severity: "warning",
      code: "invalid-utf8",
      message: `expected UTF-8 text, found bytes that are not on ${more} more lines; read as U+FFFD`,
      source: { file: id, line: 1, column: 1 },
    });
  }
  return warnings;
}

/** The first bad bytes of a line: found by decoding it a byte at a time, so the column is the decoder's own. */
function lineWarning(id: string, line: number, content: Buffer): Diagnostic {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let column = 1;
  let badAt = content.length;
  let pending = 0;
  for (let index = 0; index < content.length; index++) {
    try {
      const decoded = decoder.decode(content.subarray(index, index + 1), { stream: true });
      pending = decoded.length === 0 ? pending + 1 : 0;
      column += decoded.length;
    } catch {
      badAt = index - pending;
      break;
    }
  }
  // A sequence cut short at the line's end is bad from its first byte.
  if (badAt === content.length) badAt = content.length - pending;
  const shown = [...content.subarray(badAt, Math.min(badAt + 4, content.length))].map((byte) => `0x${byte.toString(16).padStart(2, "0")}`).join(" ");
  return {
    severity: "warning",
    code: "invalid-utf8",
    message: `expected UTF-8 text, found bytes that are not (${shown}); read as U+FFFD, so the text here is not as written`,
    source: { file: id, line, column },
  };
}
