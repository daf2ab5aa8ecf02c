// Video players (video.js and its skins) print their hidden caption-settings dialog as text: colours,
// opacities, font sizes and families, one per line, between an opening and a closing line. Inside an
// article they would cut its run of prose in two, so the whole dialog is set aside before the page rules.
import { rule } from './rule.js';
import type { Line } from '../types.js';

export const playerDialog = rule('player-dialog', "A video player's hidden settings dialog (colours, font sizes) printed as text.");

const OPENS = /^(?:this is a modal window\.|beginning of dialog window\b)/iu;
const CLOSES = /(?:^end of dialog window\.|^close modal dialog$|^this is a modal window\. this modal can be closed\b|done$)/iu;
/** The dialog's own close button and end markers, after its last setting. */
const TAIL = /^(?:close|close modal dialog|end of dialog window\.|this is a modal window\. this modal can be closed\b.*)$/iu;
/** Lines a dialog may span: a real one has about 80; with no closing line in reach, only the opening goes. */
const MAX_LINES = 160;

/**
 * OPENS needs a first letter t or b (no other character case-folds to them): asked of every line of
 * every article, this spares the regex nearly all of them.
 */
function mayOpen(text: string): boolean {
  const c = text.charCodeAt(0) | 0x20;
  return c === 0x74 || c === 0x62;
}

/** Indices of the lines of every player dialog in `lines`. */
export function playerDialogLines(lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.text.length > 120 || !mayOpen(lines[i]!.text) || !OPENS.test(lines[i]!.text)) continue;
    let end = i;
    for (let j = i + 1; j < lines.length && j - i <= MAX_LINES; j++) {
      if (lines[j]!.text.length <= 120 && CLOSES.test(lines[j]!.text)) {
        end = j;
        break;
      }
    }
    // Past the close: the close button and end markers, across blank lines.
    for (let j = end + 1; end > i && j < lines.length && j - end <= 4; j++) {
      const text = lines[j]!.text;
      if (TAIL.test(text)) end = j;
      else if (text.length > 0) break;
    }
    for (let k = i; k <= end; k++) if (lines[k]!.text.length > 0) out.push(k);
    i = end;
  }
  return out;
}
