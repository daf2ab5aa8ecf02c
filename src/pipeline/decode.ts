// bytes → text. A pure streaming stage: it decides the encoding from the first bytes (a BOM, else UTF-8 when
// they are valid UTF-8, else a guessed legacy 8-bit encoding), refuses what is not text, and then decodes
// chunk by chunk (a character split across two chunks is decoded whole). Invalid UTF-8 becomes U+FFFD and
// one warning names the byte offset of the first bad sequence.
import { ExitCode, NewscleanError } from '../errors.js';
import { Utf8Check, countUtf8Sequences, firstInvalidUtf8 } from './utf8-check.js';
import { SNIFF_BYTES, guessLegacyEncoding, isKnownEncoding, loadIconv, sniffBinary, sniffBom } from './sniff.js';

export interface DecodeOptions {
  /** The input's name, for messages. */
  source?: string;
  /** Decode with this encoding (any name iconv-lite knows) instead of detecting one. */
  encoding?: string;
  /** Decode even input that looks binary. */
  force?: boolean;
  onWarning?: (message: string) => void;
}

interface ByteDecoder {
  push(bytes: Uint8Array): string;
  end(): string;
}

/** The input as messages name it. */
export const displayName = (source: string | undefined): string =>
  source === undefined || source === '-' ? 'standard input' : source;

export class Decoder {
  private head: Uint8Array[] = [];
  private headLength = 0;
  private inner: ByteDecoder | undefined;
  /** Present while decoding as UTF-8: finds the first invalid sequence. */
  private check: Utf8Check | undefined;
  private warned = false;
  /** The encoding chosen once the first bytes were seen. */
  encoding: string | undefined;

  constructor(private readonly options: DecodeOptions = {}) {
    const forced = options.encoding;
    if (forced !== undefined && !isKnownEncoding(forced)) {
      throw new NewscleanError(`unknown encoding: ${forced} (try utf-8, utf-16le, windows-1252, latin1)`, ExitCode.Usage);
    }
  }

  push(bytes: Uint8Array): string {
    if (bytes.length === 0) return '';
    if (this.inner) return this.decode(bytes);
    this.head.push(bytes);
    this.headLength += bytes.length;
    if (this.headLength < SNIFF_BYTES && !this.canJudgeEarly(bytes)) return '';
    return this.begin();
  }

  end(): string {
    let text = '';
    if (!this.inner) {
      if (this.headLength === 0) return '';
      text = this.begin();
    }
    text += this.inner!.end();
    this.check?.end();
    this.warnInvalid();
    return text;
  }

  /**
   * Judge before SNIFF_BYTES are in when a first line is, so a slow stream still streams: UTF-8 (or a BOM)
   * is clear from a line; a legacy guess needs more text, so that waits for SNIFF_BYTES or the end.
   */
  private canJudgeEarly(last: Uint8Array): boolean {
    if (this.headLength < 4 || !last.includes(0x0a)) return false;
    const head = Buffer.concat(this.head);
    return this.options.encoding !== undefined || sniffBom(head) !== undefined || firstInvalidUtf8(head, false) < 0;
  }

  private begin(): string {
    const first = this.head.length === 1 ? this.head[0]! : Buffer.concat(this.head);
    this.head = [];
    this.encoding = this.choose(first);
    this.inner = byteDecoder(this.encoding);
    if (this.encoding === 'utf-8') this.check = new Utf8Check();
    return this.decode(first);
  }

  private choose(first: Uint8Array): string {
    if (this.options.encoding !== undefined) return canonical(this.options.encoding);
    const bom = sniffBom(first);
    if (bom) return bom.encoding;
    const valid = firstInvalidUtf8(first, false) < 0;
    const name = displayName(this.options.source);
    if (!this.options.force) {
      const what = sniffBinary(first, valid);
      if (what) throw new NewscleanError(`${name}: ${what}, not text (--force reads it anyway)`, ExitCode.DataError);
    }
    if (valid) return 'utf-8';
    // UTF-8 with a few bad bytes (well-formed characters outnumber broken ones) stays UTF-8, with a warning.
    const { valid: good, invalid: bad } = countUtf8Sequences(first.subarray(0, SNIFF_BYTES * 8));
    if (good >= bad) return 'utf-8';
    const legacy = guessLegacyEncoding(first);
    if (legacy === undefined) return 'utf-8';
    this.options.onWarning?.(`${name}: not UTF-8, decoded as ${legacy} (a guess; --encoding sets it)`);
    return legacy;
  }

  private decode(bytes: Uint8Array): string {
    if (this.check) {
      this.check.push(bytes);
      this.warnInvalid();
    }
    return this.inner!.push(bytes);
  }

  private warnInvalid(): void {
    if (this.warned || !this.check || this.check.firstBad < 0) return;
    this.warned = true;
    this.options.onWarning?.(
      `${displayName(this.options.source)}: invalid UTF-8 at byte ${this.check.firstBad}, replaced by U+FFFD (--encoding reads another encoding)`,
    );
  }
}

/** utf-8, utf-16le and utf-16be under their usual spellings, which the native decoder handles. */
function canonical(name: string): string {
  const key = name.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (key === 'utf8') return 'utf-8';
  if (key === 'utf16le' || key === 'ucs2') return 'utf-16le';
  if (key === 'utf16be') return 'utf-16be';
  return name;
}

function byteDecoder(encoding: string): ByteDecoder {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    // The native decoder consumes a leading BOM itself (ignoreBOM: false).
    const decoder = new TextDecoder(encoding, { fatal: false, ignoreBOM: false });
    return { push: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = loadIconv().getDecoder(encoding);
  return {
    push: (bytes) => decoder.write(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)),
    end: () => decoder.end() ?? '',
  };
}

/** Plain streaming UTF-8 (no sniffing, no warnings), for callers that know their bytes are UTF-8. */
export class Utf8Decoder {
  private readonly decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });

  push(bytes: Uint8Array): string {
    return this.decoder.decode(bytes, { stream: true });
  }

  end(): string {
    return this.decoder.decode();
  }
}

/** Decode a whole string that may still carry a BOM (library input that did not come from bytes). */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
