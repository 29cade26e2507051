/**
 * Hands on values put at positions 0, 1, 2, ... in position order, holding those that arrive
 * early: work done in any order (threads, concurrent reads) is consumed as if done in turn,
 * with only the early ones waiting in memory.
 */
export class InOrder<T> {
  private next = 0;
  private readonly early = new Map<number, T>();

  constructor(private readonly take: (value: T) => void) {}

  put(position: number, value: T): void {
    this.early.set(position, value);
    while (this.early.has(this.next)) {
      const ready = this.early.get(this.next)!;
      this.early.delete(this.next++);
      this.take(ready);
    }
  }
}
