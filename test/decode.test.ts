// The decode stage: BOMs, UTF-16, legacy 8-bit, invalid UTF-8, binary refusal, chunk edges.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { Decoder, type DecodeOptions } from '../src/pipeline/decode.js';
import { firstInvalidUtf8, incompleteTailStart } from '../src/pipeline/utf8-check.js';
import { sniffBinary } from '../src/pipeline/sniff.js';
import { NewscleanError } from '../src/errors.js';

const TEXT = 'Headline about a café\n\nHe said “hello” — naïve résumé.\r\nSecond line » done.\n';

function decodeAll(bytes: Uint8Array, options: DecodeOptions = {}, chunk = bytes.length || 1): { text: string; warnings: string[]; encoding?: string } {
  const warnings: string[] = [];
  const decoder = new Decoder({ source: 'in.txt', onWarning: (m) => warnings.push(m), ...options });
  let text = '';
  for (let i = 0; i < bytes.length; i += chunk) text += decoder.push(bytes.subarray(i, i + chunk));
  text += decoder.end();
  return { text, warnings, encoding: decoder.encoding };
}

describe('Decoder', () => {
  it('reads UTF-8, with or without a BOM, without warnings', () => {
    expect(decodeAll(Buffer.from(TEXT))).toEqual({ text: TEXT, warnings: [], encoding: 'utf-8' });
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(TEXT)]);
    expect(decodeAll(bom).text).toBe(TEXT);
    expect(decodeAll(bom, {}, 1).text).toBe(TEXT);
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    expect(decodeAll(le)).toMatchObject({ text: TEXT, encoding: 'utf-16le', warnings: [] });
    expect(decodeAll(be)).toMatchObject({ text: TEXT, encoding: 'utf-16be', warnings: [] });
    expect(decodeAll(be, {}, 3).text).toBe(TEXT);
  });

  it('detects Windows-1252 / Latin-1 and says so once', () => {
    const legacy = iconv.encode(TEXT, 'windows-1252');
    const result = decodeAll(legacy);
    expect(result.text).toBe(TEXT);
    expect(result.encoding).toBe('windows-1252');
    expect(result.warnings).toEqual(['in.txt: not UTF-8, decoded as windows-1252 (a guess; --encoding sets it)']);
  });

  it('uses a forced encoding, and rejects an unknown one as a usage error', () => {
    const legacy = iconv.encode(TEXT, 'windows-1252');
    expect(decodeAll(legacy, { encoding: 'cp1252' })).toMatchObject({ text: TEXT, warnings: [] });
    expect(() => new Decoder({ encoding: 'no-such-code' })).toThrow(expect.objectContaining({ exitCode: 64 }));
  });

  it('replaces invalid UTF-8 by U+FFFD with one warning naming the first bad offset', () => {
    const bytes = Buffer.concat([Buffer.from('Head\n\nok '), Buffer.from([0xc3, 0x28]), Buffer.from(' and '), Buffer.from([0xff]), Buffer.from('\n')]);
    // Valid UTF-8 at first, so no legacy guess: force the UTF-8 path with a big valid head.
    const head = Buffer.from('A valid first line of plain text.\n'.repeat(300));
    const { text, warnings } = decodeAll(Buffer.concat([head, bytes]), {}, 1000);
    expect(text).toBe(head.toString() + 'Head\n\nok \ufffd( and \ufffd\n');
    expect(warnings).toEqual([`in.txt: invalid UTF-8 at byte ${head.length + 9}, replaced by U+FFFD (--encoding reads another encoding)`]);
  });

  it('warns about a character cut off at the very end', () => {
    const bytes = Buffer.concat([Buffer.from('plain text line\n'), Buffer.from([0xe2, 0x80])]);
    expect(decodeAll(bytes).warnings).toEqual(['in.txt: invalid UTF-8 at byte 16, replaced by U+FFFD (--encoding reads another encoding)']);
  });

  it('keeps NUL bytes inside text', () => {
    const bytes = Buffer.from('Head\0line\n\nbody with a \0 inside it, and more words\n');
    expect(decodeAll(bytes).text).toBe(bytes.toString());
  });

  it('refuses binary input with exit code 65 unless forced', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    const nul = Buffer.alloc(5000);
    const gzip = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]);
    for (const [bytes, what] of [[png, 'a PNG image'], [nul, 'binary data (100% control bytes)'], [gzip, 'gzip-compressed data']] as const) {
      let error: unknown;
      try {
        decodeAll(bytes);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(NewscleanError);
      expect((error as NewscleanError).exitCode).toBe(65);
      expect((error as NewscleanError).message).toBe(`in.txt: ${what}, not text (--force reads it anyway)`);
      expect(() => decodeAll(bytes, { force: true })).not.toThrow();
    }
  });

  it('emits text before the end of input once a first line is there (streaming)', () => {
    const decoder = new Decoder();
    expect(decoder.push(Buffer.from('Headline\n'))).toBe('Headline\n');
  });

  it('gives the same text for any chunking (UTF-8, UTF-16, legacy)', () => {
    const inputs = [
      Buffer.from(TEXT.repeat(3)),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]),
      iconv.encode(TEXT.repeat(3), 'windows-1252'),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...inputs), fc.integer({ min: 1, max: 64 }), (bytes, chunk) => {
        expect(decodeAll(bytes, {}, chunk).text).toBe(decodeAll(bytes).text);
      }),
      { numRuns: 100 },
    );
  });
});

describe('UTF-8 check', () => {
  it('agrees with the native fatal decoder on random bytes (numRuns 300)', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), fc.integer({ min: 1, max: 8 }), (bytes, chunk) => {
        let valid = true;
        try {
          fatal.decode(bytes);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8(bytes) < 0).toBe(valid);
        const { warnings } = decodeAll(Buffer.concat([Buffer.from('x\n'.repeat(5000)), bytes]), { force: true }, chunk);
        expect(warnings.length).toBe(valid ? 0 : 1);
      }),
      { numRuns: 300 },
    );
  });

  it('finds where a character is cut off by the chunk end', () => {
    expect(incompleteTailStart(Buffer.from('ab'))).toBe(2);
    expect(incompleteTailStart(Buffer.from([0x61, 0xe2, 0x80]))).toBe(1);
    expect(incompleteTailStart(Buffer.from([0x61, 0xe2, 0x80, 0x9c]))).toBe(4);
    expect(incompleteTailStart(Buffer.from([0xf0, 0x9f, 0x98]))).toBe(0);
  });
});

describe('binary sniff', () => {
  it('leaves plain text and legacy text alone, refuses random bytes', () => {
    expect(sniffBinary(Buffer.from(TEXT), true)).toBeUndefined();
    expect(sniffBinary(iconv.encode(TEXT, 'latin1'), false)).toBeUndefined();
    let random = 0;
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 2048, maxLength: 4096 }), (bytes) => {
        if (sniffBinary(bytes, firstInvalidUtf8(bytes, false) < 0) !== undefined) random++;
      }),
      { numRuns: 50 },
    );
    expect(random).toBe(50);
  });
});
