// Date lines in the languages whose templates write the month out ("22 de outubro de 2010").
import { describe, expect, it } from 'vitest';
import { isDateLine, isPublicationStamp } from '../src/rules/byline.js';

describe('written dates', () => {
  it.each([
    'sexta-feira, 22 de outubro de 2010 às 20:13',
    'martes, 3 de mayo de 2022',
    '12 juillet 2019 à 08h15',
    '3. März 2021, 14:05',
    'Tuesday, 15 July, 2025 - 06:01',
    '2026年11月10日',
    '2026年11月10日（火） 10:30',
    '2026년 11월 10일 화요일',
    // A page's microdata printed as text.
    '2026-11-19T08:57:45+01:00',
    '2026-11-19T08:57:45.123Z',
  ])('%s is a date line', (text) => {
    expect(isDateLine(text)).toBe(true);
  });

  it.each([
    'Updated 3:27 am PST, Wednesday, November 20, 2026',
    'Published: Nov. 19, 2026, 6:18 p.m. Updated: Nov. 19, 2026, 7:10 p.m.',
    'updated: Nov 20 2026, 15:24pm ist',
    'Published November 20th, 2026 - 07:29 GMT',
    'First Published on Nov 20, 2026 01:38 pm',
    'Updated Nov. 19, 2026 8:21 am ET / Original Nov. 19, 2026 8:02 am ET',
    'Updated at 1:23 p.m.',
    'Publicado em 22/10/2026 às 20:13',
    'Publié le 12 juillet 2026',
    'Aktualisiert am 3. März 2026, 14:05',
    'Опубликовано 12.05.2026 10:30',
  ])('%s is a publication stamp', (text) => {
    expect(isDateLine(text)).toBe(true);
    expect(isPublicationStamp(text)).toBe(true);
  });

  it.each(['Posted by Ana Lima at 12:55 AM', 'Posted in Harbour News | Permalink | 1 Comment', 'Updated', 'Published:', 'Generation Z 2026', 'West 2026'])(
    '%s is no stamp',
    (text) => {
      expect(isPublicationStamp(text)).toBe(false);
    },
  );

  it('a time alone is a date only in a stamp', () => {
    expect(isDateLine('at 1:23 p.m.')).toBe(false);
    expect(isDateLine('Monday, November 18, 2026')).toBe(true);
    expect(isPublicationStamp('Monday, November 18, 2026')).toBe(false);
  });

  it.each(['22 de outubro', 'Copa de 2010', 'O calendário de 2019 tem 36 corridas', '2026年11月10日に発表した。'])('%s is not', (text) => {
    expect(isDateLine(text)).toBe(false);
  });
});
