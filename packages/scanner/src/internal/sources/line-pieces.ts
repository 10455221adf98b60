// Lines of a byte stream (UTF-8) in bounded memory: a line longer than `maxChars` (a minified
// file's one line in a diff) is handed over in pieces instead of being held whole.
import { StringDecoder } from 'node:string_decoder';

export interface LinePiece {
  text: string;
  /** The piece starts a line. */
  first: boolean;
  /** The piece ends its line. */
  last: boolean;
}

/** Splits at `\n` (a `\r` before it is dropped, as readline does); the last line may lack its `\n`. */
export async function* linePieces(chunks: AsyncIterable<Uint8Array>, maxChars: number): AsyncIterable<LinePiece> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  // Whether `carry` continues a line already partly handed over.
  let continued = false;
  const take = (end: string): string => (end.endsWith('\r') ? end.slice(0, -1) : end);
  for await (const chunk of chunks) {
    const text = carry + decoder.write(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength));
    let from = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', from)) {
      yield { text: take(text.slice(from, nl)), first: !continued, last: true };
      continued = false;
      from = nl + 1;
    }
    carry = text.slice(from);
    if (carry.length > maxChars) {
      // Keep a trailing `\r` back: it may be the first half of a line ending.
      const cut = carry.endsWith('\r') ? carry.length - 1 : carry.length;
      yield { text: carry.slice(0, cut), first: !continued, last: false };
      continued = true;
      carry = carry.slice(cut);
    }
  }
  carry += decoder.end();
  if (carry !== '' || continued) yield { text: carry, first: !continued, last: true };
}
