// Looking at the first bytes of an input: a byte-order mark, data that is not text at all, or a legacy
// 8-bit encoding. Pure functions over bytes; the decoder acts on what they find.
import { createRequire } from 'node:module';

/** How many leading bytes the binary sniff and the encoding guess look at. */
export const SNIFF_BYTES = 8 * 1024;
/** Share of control bytes above which valid UTF-8 is still data, not text (NULs in bulk, UTF-32, …). */
export const MAX_CONTROL_SHARE_UTF8 = 0.1;
/** The same for bytes that are not UTF-8: legacy text has almost none, random bytes about 10%. */
export const MAX_CONTROL_SHARE_LEGACY = 0.02;

export interface Bom {
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  readonly length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | undefined {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

// Magic numbers that plain text cannot start with (ASCII-looking ones only where long enough to be safe).
const MAGIC: readonly (readonly [string, readonly number[]])[] = [
  ['gzip-compressed data', [0x1f, 0x8b]],
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x37, 0x61]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]],
  ['an executable', [0x7f, 0x45, 0x4c, 0x46]],
  ['xz-compressed data', [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]],
  ['zstd-compressed data', [0x28, 0xb5, 0x2f, 0xfd]],
];

/** Control bytes that text does not hold: all below 0x20 but TAB, LF, VT, FF, CR and ESC; and DEL. */
function isControl(b: number): boolean {
  return (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) || b === 0x7f;
}

export function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  if (n === 0) return 0;
  let count = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) count++;
  return count / n;
}

/** What the input is if it is not text ("a PNG image", "binary data"), else undefined. */
export function sniffBinary(bytes: Uint8Array, validUtf8: boolean): string | undefined {
  for (const [what, magic] of MAGIC) {
    if (bytes.length >= magic.length && magic.every((m, i) => bytes[i] === m)) return what;
  }
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return `UTF-16 ${utf16 === 'utf-16le' ? 'LE' : 'BE'} text without a BOM (--encoding ${utf16} reads it)`;
  const share = controlShare(bytes);
  const limit = validUtf8 ? MAX_CONTROL_SHARE_UTF8 : MAX_CONTROL_SHARE_LEGACY;
  return share > limit ? `binary data (${Math.round(share * 100)}% control bytes)` : undefined;
}

/** ASCII-heavy UTF-16 without a BOM: NUL in nearly every other byte, on one side only. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 16) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.6 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.6 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

export function isGzip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x1f && bytes[1] === 0x8b;
}

// chardet and iconv-lite are only needed for text that is not UTF-8: load them then, not at start-up.
const require = createRequire(import.meta.url);
type Chardet = typeof import('chardet');
type Iconv = typeof import('iconv-lite');
let chardet: Chardet | undefined;
let iconv: Iconv | undefined;
export const loadIconv = (): Iconv => (iconv ??= require('iconv-lite') as Iconv);

/** Single-byte encodings whose guess we trust; ISO-8859-1 is read as its superset windows-1252 (as browsers do). */
const LEGACY: Readonly<Record<string, string>> = {
  'ISO-8859-1': 'windows-1252',
  'windows-1252': 'windows-1252',
  'ISO-8859-2': 'iso-8859-2',
  'windows-1250': 'windows-1250',
  'ISO-8859-5': 'iso-8859-5',
  'windows-1251': 'windows-1251',
  'KOI8-R': 'koi8-r',
  'ISO-8859-6': 'iso-8859-6',
  'windows-1256': 'windows-1256',
  'ISO-8859-7': 'iso-8859-7',
  'ISO-8859-8': 'iso-8859-8',
  'ISO-8859-9': 'iso-8859-9',
  'windows-1254': 'windows-1254',
};

/** The legacy 8-bit encoding of bytes that are not UTF-8, or undefined when the guess is not one. */
export function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  chardet ??= require('chardet') as Chardet;
  const guess = chardet.detect(bytes.subarray(0, 64 * 1024));
  return guess === null ? undefined : LEGACY[guess];
}

/** Whether `name` is an encoding newsclean can decode (--encoding). */
export function isKnownEncoding(name: string): boolean {
  return loadIconv().encodingExists(name);
}
