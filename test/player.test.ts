import { describe, expect, it } from 'vitest';
import { cleanDetailed } from '../src/index.js';
import { playerDialogLines } from '../src/rules/player.js';

const para = (n: number): string =>
  `The harbour council met on Tuesday evening and, after a long debate about the budget for the coming year, it agreed that the plan would go ahead with the support of most members (${n}).`;
const colours = ['White', 'Black', 'Red', 'Green', 'Blue', 'Yellow', 'Magenta', 'Cyan', 'Opaque', 'Semi-Transparent', 'Transparent'];
const dialog = ['Beginning of dialog window. Escape will cancel and close the window.', 'Text', 'Color', ...colours, 'Background', ...colours, 'Font Size', '50%', '75%', '100%', '200%', 'Text Edge Style', 'None', 'Raised', 'Font Family', 'Proportional Serif', 'Casual', 'Reset restore all settings to the default valuesDone', 'Close Modal Dialog', 'End of dialog window.'];

describe('video player dialogs', () => {
  it('are set aside whole, so the article around one stays one article', () => {
    const page = ['Skip to main content', 'Home', 'News', 'Harbour plan approved by the council', para(1), para(2), 'Mute', 'Playback Rate', ...dialog, para(3), para(4), '© 2026 Example Gazette. All rights reserved.'];
    const [cleaned] = cleanDetailed(page.join('\n\n') + '\n');
    const body = cleaned!.article.body.split('\n\n');
    expect(body).toContain(para(1));
    expect(body).toContain(para(4));
    expect(body).not.toContain('Semi-Transparent');
    expect(body).not.toContain('Font Family');
    const rules = new Set(cleaned!.decisions.filter((d) => dialog.includes(d.line.text)).map((d) => d.rule));
    expect([...rules]).toEqual(['player-dialog']);
  });

  it('without a closing line in reach, only the opening line goes', () => {
    const lines = ['This is a modal window.', ...Array.from({ length: 200 }, (_, i) => `Line ${i}`)].map((text, n) => ({ n: n + 1, text }));
    expect(playerDialogLines(lines)).toEqual([0]);
  });
});
