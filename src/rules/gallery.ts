// A picture gallery printed as text: each slide's counter and title ("3/50 Star Wars boosts economy",
// "2of4A shopper looks at …"), then its caption. The counters say what the run is: slides, not the
// article's paragraphs; the captions go to the captions field, the counters and titles nowhere.
import { rule } from './rule.js';
import type { Line } from '../types.js';
import { endsLikeSentence } from './prose.js';

export const gallerySlide = rule('gallery-slide', 'A picture gallery\'s slides ("3/50 Title" and its caption): the captions go to captions, the counters nowhere.');

/** "3/50 Title", "3 / 50", "2of4Caption": a slide's number and the gallery's size ("3/09/15" is a date). */
const COUNTER = /^(\d{1,3}) ?(?:\/|of) ?(\d{1,3})(?![\d/.:,-])/u;
/** A gallery has slides enough to number: counters 1, 2, 3 … in a row make one. */
const MIN_SLIDES = 3;
/** Lines of caption a slide may have after its counter line. */
const CAPTION_LINES = 3;
/** A gallery's title is a short line; a paragraph, a long one. */
const GALLERY_TITLE_CHARS = 60;
const PARAGRAPH_CHARS = 80;
/** A counter line with more text than this is the slide's caption itself ("2of4A shopper looks at …"). */
const TITLE_CHARS = 100;

export interface Gallery {
  /** Counter lines with a title, and the gallery's own title above them, as indices into the lines. */
  readonly counters: readonly number[];
  /** The slides' captions (a counter line that is a caption with its number glued on among them). */
  readonly captions: readonly number[];
}

/** A paragraph of text stands above line `at`. */
function paragraphBefore(lines: readonly Line[], at: number): boolean {
  for (let i = at - 1; i >= 0; i--) if (lines[i]!.text.length >= PARAGRAPH_CHARS && endsLikeSentence(lines[i]!.text)) return true;
  return false;
}

function counterOf(text: string): { n: number; of: number } | undefined {
  const first = text.charCodeAt(0);
  if (first < 48 || first > 57) return undefined;
  const m = COUNTER.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const of = Number(m[2]);
  return n >= 1 && n <= of && of >= MIN_SLIDES ? { n, of } : undefined;
}

/** The slides of every gallery in `lines`: runs of MIN_SLIDES or more counters numbered one after another. */
export function findGalleries(lines: readonly Line[]): Gallery {
  const counters: number[] = [];
  const captions: number[] = [];
  let run: { at: number; n: number; of: number }[] = [];
  const close = (): void => {
    if (run.length >= MIN_SLIDES) {
      // The gallery's own title just above its first slide ("Business in pictures"), inside an article
      // (a paragraph above it): a photo story that opens with its gallery has its headline there.
      let above = run[0]!.at - 1;
      while (above >= 0 && lines[above]!.text.length === 0) above--;
      if (above >= 0 && lines[above]!.text.length <= GALLERY_TITLE_CHARS && !endsLikeSentence(lines[above]!.text) && paragraphBefore(lines, above)) counters.push(above);
      run.forEach((slide, k) => {
        if (lines[slide.at]!.text.length > TITLE_CHARS) captions.push(slide.at);
        else counters.push(slide.at);
        // Its caption: the lines up to the next slide (the last slide's: its first line only).
        const end = k + 1 < run.length ? run[k + 1]!.at : lines.length;
        let taken = 0;
        for (let i = slide.at + 1; i < end && taken < (k + 1 < run.length ? CAPTION_LINES : 1); i++) {
          if (lines[i]!.text.length === 0) continue;
          captions.push(i);
          taken++;
        }
      });
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text.length === 0) continue;
    const c = counterOf(text);
    if (!c) {
      // A slide's caption stands between two counters; more lines than that end the gallery.
      if (run.length > 0 && i - run[run.length - 1]!.at > 2 * (CAPTION_LINES + 1)) close();
      continue;
    }
    const last = run[run.length - 1];
    if (last && !(c.n === last.n + 1 && c.of === last.of)) close();
    run.push({ at: i, ...c });
  }
  close();
  return { counters, captions };
}
