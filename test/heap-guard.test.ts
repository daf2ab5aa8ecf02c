import { describe, expect, it } from 'vitest';
import { fullCollection, heapGuard } from '../src/run/heap-guard.js';

describe('heap guard', () => {
  it('collects once per `every` bytes of input, however they are chunked', () => {
    let collections = 0;
    const note = heapGuard(() => collections++, 100);
    for (let i = 0; i < 35; i++) note(10); // 350 bytes
    expect(collections).toBe(3);
    note(1000);
    expect(collections).toBe(4);
  });

  it('reaches V8 full collection without --expose-gc', () => {
    const collect = fullCollection();
    expect(typeof collect).toBe('function');
    expect(() => collect!()).not.toThrow();
  });
});
