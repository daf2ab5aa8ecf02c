import { describe, expect, it } from 'vitest';
import { toLines } from '../src/pipeline/lines.js';
import { classifyArticle } from '../src/pipeline/roles.js';
import { LineRole } from '../src/types.js';

const roles = (text: string): [string, LineRole, string][] =>
  classifyArticle(toLines(text)).decisions
    .filter((d) => d.role !== LineRole.Blank)
    .map((d) => [d.line.text, d.role, d.rule]);

describe('classifyArticle', () => {
  it('reads the seed header: headline, caption pair, widget, copies', () => {
    const text = 'Head\n\nCap.\nCap.\nTT\n20\n\nHead\n\nCap.\nCap.\n\nBody one.\n\nBody two.';
    expect(roles(text)).toEqual([
      ['Head', LineRole.Headline, 'headline'],
      ['Cap.', LineRole.Caption, 'header-caption'],
      ['Cap.', LineRole.Duplicate, 'caption-repeat'],
      ['TT', LineRole.Widget, 'font-size-widget'],
      ['20', LineRole.Widget, 'font-size-widget'],
      ['Head', LineRole.Duplicate, 'headline-repeat'],
      ['Cap.', LineRole.Duplicate, 'caption-repeat'],
      ['Cap.', LineRole.Duplicate, 'caption-repeat'],
      ['Body one.', LineRole.Body, 'body'],
      ['Body two.', LineRole.Body, 'body'],
    ]);
  });

  it('takes "TT 20" on one line and "TT" alone as the widget', () => {
    expect(roles('Head\n\nTT 20\n\nHead\n\nBody.').map((r) => r[1])).toEqual([
      LineRole.Headline,
      LineRole.Widget,
      LineRole.Duplicate,
      LineRole.Body,
    ]);
    expect(roles('Head\n\nTT\n\nHead\n\n20 people came.').at(-1)).toEqual(['20 people came.', LineRole.Body, 'body']);
  });

  it('takes the widget as a text browser prints its links ("* [3]TT", "* [4]20"), and no other bulleted line', () => {
    expect(roles('Head\n\n* [3]TT\n* [4]20\n\nHead\n\nBody.').map((r) => r[1])).toEqual([
      LineRole.Headline,
      LineRole.Widget,
      LineRole.Widget,
      LineRole.Duplicate,
      LineRole.Body,
    ]);
    expect(roles('Head\n\n[3]TT 20\n\nHead\n\nBody.')[1]).toEqual(['[3]TT 20', LineRole.Widget, 'font-size-widget']);
    // As a Markdown converter prints the links.
    expect(roles('Head\n\n  * [TT](https://example.com/size)\n  * [20](https://example.com/size)\n\nHead\n\nBody.').map((r) => r[1])).toEqual([
      LineRole.Headline,
      LineRole.Widget,
      LineRole.Widget,
      LineRole.Duplicate,
      LineRole.Body,
    ]);
    expect(roles('Head\n\n* [3]TTX\n\nHead\n\nBody.').some((r) => r[1] === LineRole.Widget)).toBe(false);
  });

  it('moves a caption pair in the middle of the body to captions', () => {
    const r = roles('Head\n\nTT\n20\n\nHead\n\nOne.\n\nPic.\nPic.\n\nTwo.');
    expect(r.slice(4)).toEqual([
      ['One.', LineRole.Body, 'body'],
      ['Pic.', LineRole.Caption, 'caption-pair'],
      ['Pic.', LineRole.Duplicate, 'caption-repeat'],
      ['Two.', LineRole.Body, 'body'],
    ]);
  });

  it('puts a byline and a date stamp after the header into their fields', () => {
    const r = roles('Head\n\nTT\n20\n\nHead\n\nLondon - Asharq Al-Awsat\n\nTuesday, 15 July, 2025 - 10:47\n\nBody.');
    expect(r.slice(4).map((x) => x[1])).toEqual([LineRole.Byline, LineRole.Date, LineRole.Body]);
  });

  it('keeps short labels and dates written in words as body text', () => {
    const r = roles('Head\n\nTT\n20\n\nHead\n\nPittsburgh\n\nLast updated September 14, 2016\n\nBody.');
    expect(r.slice(4).map((x) => x[1])).toEqual([LineRole.Body, LineRole.Body, LineRole.Body]);
  });

  it('uses the first line as headline when nothing repeats', () => {
    expect(roles('Plain Headline\n\nA paragraph.')[0]).toEqual(['Plain Headline', LineRole.Headline, 'headline']);
  });

  it('drops word-for-word copies of a paragraph outside template articles', () => {
    const p = 'This paragraph is long enough to count as prose that was printed twice.';
    const r = roles(`Head\n\n${p}\n\nOther.\n\n${p}`);
    expect(r.at(-1)).toEqual([p, LineRole.Duplicate, 'repeated-line']);
  });

  it('takes the line after a lone picture label as its caption, not a short menu after one', () => {
    const body = 'The council met on Tuesday and voted to keep the old quay open for fishing boats.';
    const caption = 'Fishing boats at the old quay on Monday morning.';
    const r = roles(`Head\n\n${body}\n\nPhoto\n\n${caption}\n\n${body.replace('Tuesday', 'Friday')}\n\nPhoto\n\nListen Live`);
    expect(r.find((x) => x[0] === caption)).toEqual([caption, LineRole.Caption, 'picture-label']);
    expect(r.find((x) => x[0] === 'Listen Live')?.[2]).not.toBe('picture-label');
  });

  it('gives every line exactly one decision', () => {
    const lines = toLines('Head\n\nCap.\nCap.\nTT\n20\n\nHead\n\nBody.\n');
    expect(classifyArticle(lines).decisions.map((d) => d.line.n)).toEqual(lines.map((l) => l.n));
  });
});
