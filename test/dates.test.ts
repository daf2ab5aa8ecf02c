// Date lines in the languages whose templates write the month out ("22 de outubro de 2010").
import { describe, expect, it } from 'vitest';
import { isDateLine } from '../src/rules/byline.js';

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
  ])('%s is a date line', (text) => {
    expect(isDateLine(text)).toBe(true);
  });

  it.each(['22 de outubro', 'Copa de 2010', 'O calendário de 2019 tem 36 corridas', '2026年11月10日に発表した。'])('%s is not', (text) => {
    expect(isDateLine(text)).toBe(false);
  });
});
