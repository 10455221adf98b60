// Bytes (a file, or a git blob streamed in) -> text windows of bounded size: UTF-8, UTF-16 by its
// BOM, or a binary's text runs. Self-contained (a path or chunks in, plain objects out), so that
// scanning can move to worker threads.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { encodingOf, TextRuns, type ByteEncoding } from './binary';
import { DEFAULT_WINDOW_SIZES, WindowBuilder, type TextWindow, type WindowSizes } from './text-windows';

export interface FileWindow extends TextWindow {
  /** The window's bytes, when the text is exactly their UTF-8 (the keyword search is faster on bytes). */
  bytes?: Uint8Array;
  /** The text runs of a binary: the lines are the file's, the columns are not. */
  extracted: boolean;
}

const READ_BYTES = 1024 * 1024;
/** Enough bytes to tell text from binary (git looks at 8000). */
const SNIFF_BYTES = 8000;

interface Decoder {
  write(bytes: Uint8Array): string;
  end(): string;
}

function decoderFor(encoding: ByteEncoding): Decoder {
  if (encoding === 'binary') {
    const runs = new TextRuns();
    return { write: (bytes) => runs.push(bytes), end: () => runs.finish() };
  }
  if (encoding === 'utf8') {
    const utf8 = new StringDecoder('utf8');
    return { write: (bytes) => utf8.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)), end: () => utf8.end() };
  }
  // The BOM is dropped, so columns on the first line are the characters'.
  const utf16 = new TextDecoder(encoding === 'utf16le' ? 'utf-16le' : 'utf-16be');
  return { write: (bytes) => utf16.decode(bytes, { stream: true }), end: () => utf16.decode() };
}

/** Bytes pushed in chunks of any size, windows out as they fill up. */
export class ByteWindows {
  private head: Uint8Array[] = [];
  private headBytes = 0;
  private decoder: Decoder | undefined;
  private extracted = false;
  private readonly builder: WindowBuilder;

  constructor(sizes: WindowSizes = DEFAULT_WINDOW_SIZES) {
    this.builder = new WindowBuilder(1, sizes);
  }

  push(bytes: Uint8Array): FileWindow[] {
    if (this.decoder !== undefined) return this.windows(this.builder.add(this.decoder.write(bytes)));
    // The first bytes decide the encoding: held until there are enough of them.
    // A copy: the caller may reuse its buffer for the next chunk.
    this.head.push(Uint8Array.from(bytes));
    this.headBytes += bytes.length;
    return this.headBytes < SNIFF_BYTES ? [] : this.startDecoding();
  }

  finish(): FileWindow[] {
    const out = this.decoder === undefined ? this.startDecoding() : [];
    const decoder = this.decoder as Decoder;
    out.push(...this.windows(this.builder.add(decoder.end())));
    const last = this.builder.finish();
    if (last !== undefined) out.push(...this.windows([last]));
    return out;
  }

  private startDecoding(): FileWindow[] {
    const head = Buffer.concat(this.head);
    this.head = [];
    const encoding = encodingOf(head);
    this.extracted = encoding === 'binary';
    this.decoder = decoderFor(encoding);
    return this.windows(this.builder.add(this.decoder.write(head)));
  }

  private windows(list: TextWindow[]): FileWindow[] {
    return list.map((w) => ({ ...w, extracted: this.extracted }));
  }
}

/** Why a path is not read. */
export type Unopened = { reason: 'symlink' } | { reason: 'directory' } | { reason: 'special' } | { reason: 'gone' } | { reason: 'unreadable'; code: string };

/**
 * Opens a regular file for reading, never following a symlink and never blocking on a FIFO: the
 * checks are made on the opened descriptor, so the path cannot be swapped in between.
 */
export function openRegularFile(path: string): { fd: number; size: number } | Unopened {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'EIO';
    if (code === 'ELOOP') return { reason: 'symlink' };
    if (code === 'ENOENT') return { reason: 'gone' };
    return { reason: 'unreadable', code };
  }
  let info;
  try {
    info = fstatSync(fd);
  } catch (error) {
    closeSync(fd);
    return { reason: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'EIO' };
  }
  if (info.isFile()) return { fd, size: info.size };
  closeSync(fd);
  return { reason: info.isDirectory() ? 'directory' : 'special' };
}

/**
 * The windows of an open file (closed when done). A file that fits in one window is read whole
 * and keeps its bytes; a larger one is read a megabyte at a time.
 */
export function* readFileWindows(fd: number, size: number, sizes: WindowSizes = DEFAULT_WINDOW_SIZES): Generator<FileWindow> {
  try {
    const windows = new ByteWindows(sizes);
    if (size < sizes.size) {
      // One byte more than fstat said: reading fewer is seeing the end (the file did not grow).
      const buffer = Buffer.allocUnsafe(size + 1);
      const read = readFully(fd, buffer);
      const data = buffer.subarray(0, read);
      if (read <= size && encodingOf(data) === 'utf8') {
        yield { text: data.toString('utf8'), bytes: data, extracted: false, firstLine: 1, firstColumn: 0, offset: 0, ownFrom: { line: 1, column: 0 } };
        return;
      }
      yield* windows.push(data);
      if (read <= size) {
        yield* windows.finish();
        return;
      }
    }
    yield* streamRest(fd, windows);
  } finally {
    closeSync(fd);
  }
}

function* streamRest(fd: number, windows: ByteWindows): Generator<FileWindow> {
  const chunk = Buffer.allocUnsafe(READ_BYTES);
  for (let n = readSync(fd, chunk, 0, READ_BYTES, null); n > 0; n = readSync(fd, chunk, 0, READ_BYTES, null)) {
    yield* windows.push(chunk.subarray(0, n));
  }
  yield* windows.finish();
}

function readFully(fd: number, into: Buffer): number {
  let read = 0;
  while (read < into.length) {
    const n = readSync(fd, into, read, into.length - read, null);
    if (n === 0) break;
    read += n;
  }
  return read;
}
