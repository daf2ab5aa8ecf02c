// jsonString and jsonStringArray must write exactly what JSON.stringify writes: the output is diffed.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonString, jsonStringArray } from '../src/format/json-string.js';

const CASES = ['', 'plain', 'two\n\nparagraphs', 'a "quote"', 'back\\slash', 'tab\there', 'cr\r\nlf', '\u0000\u001f\u007f', 'emoji 😀', 'lone \ud800 high', 'lone \udc00 low', 'swapped \udc00\ud800', '\u2028\u2029', 'café ’curly’'];

describe('jsonString', () => {
  it('is JSON.stringify for hand-picked strings', () => {
    for (const text of CASES) expect(jsonString(text)).toBe(JSON.stringify(text));
  });

  it('is JSON.stringify for any string of code units', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => jsonString(text) === JSON.stringify(text)), { numRuns: 2000 });
    const units = fc.constantFrom('a', '\n', '"', '\\', '\t', '\ud83d', '\ude00', '’', ' ');
    fc.assert(fc.property(fc.string({ unit: units }), (text) => jsonString(text) === JSON.stringify(text)), { numRuns: 2000 });
  });
});

describe('jsonStringArray', () => {
  it('is JSON.stringify for arrays of strings', () => {
    expect(jsonStringArray([])).toBe('[]');
    expect(jsonStringArray(CASES)).toBe(JSON.stringify(CASES));
    fc.assert(fc.property(fc.array(fc.string({ unit: 'binary' })), (texts) => jsonStringArray(texts) === JSON.stringify(texts)));
  });
});
