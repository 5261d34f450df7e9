import { createRingBuffer } from '../../../src/prism/createRingBuffer';

describe('createRingBuffer', () => {
  it('keeps everything while under capacity', () => {
    const buffer = createRingBuffer<number>(3);

    [1, 2].forEach((item) => buffer.push(item));

    expect(buffer.toArray()).toEqual([1, 2]);
  });

  it('keeps only the newest items, oldest first, once full', () => {
    const buffer = createRingBuffer<number>(3);

    [1, 2, 3, 4, 5, 6, 7].forEach((item) => buffer.push(item));

    expect(buffer.toArray()).toEqual([5, 6, 7]);
  });
});
