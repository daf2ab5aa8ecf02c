// Counts of line texts that tell texts apart by their length first: the paragraphs of a page seldom
// share a length, so most are counted without being hashed (hashing reads every character of a
// paragraph; a length is known). Texts that do share a length go into a Map of their own.

type Bucket = { readonly text: string; count: number } | Map<string, number>;

export class TextCounts {
  private readonly byLength = new Map<number, Bucket>();

  add(text: string): void {
    const bucket = this.byLength.get(text.length);
    if (bucket === undefined) this.byLength.set(text.length, { text, count: 1 });
    else if (bucket instanceof Map) bucket.set(text, (bucket.get(text) ?? 0) + 1);
    else if (bucket.text === text) bucket.count++;
    else
      this.byLength.set(
        text.length,
        new Map([
          [bucket.text, bucket.count],
          [text, 1],
        ]),
      );
  }

  /** How often `text` was added. */
  count(text: string): number {
    const bucket = this.byLength.get(text.length);
    if (bucket === undefined) return 0;
    if (bucket instanceof Map) return bucket.get(text) ?? 0;
    return bucket.text === text ? bucket.count : 0;
  }

  has(text: string): boolean {
    return this.count(text) > 0;
  }
}
