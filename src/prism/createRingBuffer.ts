export interface RingBuffer<T> {
  push: (item: T) => void;
  /** Oldest first. */
  toArray: () => T[];
}

/** Keeps the last `capacity` items, so a chatty child process cannot grow memory without bound. */
export const createRingBuffer = <T>(capacity: number): RingBuffer<T> => {
  const items: T[] = [];
  let oldest = 0;

  const push = (item: T): void => {
    if (items.length < capacity) {
      items.push(item);
      return;
    }
    items[oldest] = item;
    oldest = (oldest + 1) % capacity;
  };

  return { push, toArray: () => [...items.slice(oldest), ...items.slice(0, oldest)] };
};
