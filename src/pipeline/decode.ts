// bytes → text. UTF-8 with an optional BOM; invalid sequences become U+FFFD (the text around them is kept).

/** Streaming UTF-8 decoder: a multi-byte character split across two chunks is decoded whole. */
export class Utf8Decoder {
  // TextDecoder consumes a leading BOM itself (ignoreBOM: false).
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
