// --jobs builds each article's text from two parts: `place(index)` on the main thread and `body(a)`
// in a worker. For every format that offers them, the parts must add up to `article(a)`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/index.js';
import { createFormatter, FORMATS } from '../src/format/formatter.js';

const articles = ['seed-layout', 'markdown-special', 'byline-and-date', 'no-caption'].flatMap((name) =>
  clean(readFileSync(`fixtures/${name}/input.txt`, 'utf8'), { source: `${name}.txt` }),
);

describe('Formatter.place + Formatter.body', () => {
  it.each(FORMATS)('add up to Formatter.article for %s, article after article', async (format) => {
    for (const captions of [true, false]) {
      const whole = await createFormatter(format, { captions });
      const parted = await createFormatter(format, { captions });
      const worker = await createFormatter(format, { captions }); // a worker's own formatter
      expect(parted.place && worker.body).toBeTruthy();
      expect(parted.start()).toBe(whole.start());
      articles.forEach((a, i) => {
        const numbered = { ...a, index: i };
        const body = worker.body!({ ...a, index: 1000 + i }); // a worker numbers differently
        expect(parted.place!(i) + body).toBe(whole.article(numbered));
      });
      expect(parted.end()).toBe(whole.end());
    }
  });
});
