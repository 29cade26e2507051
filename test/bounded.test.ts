import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapBounded } from "../src/bounded.js";

describe("mapBounded", () => {
  it("returns every result in the items' order, with never more than `concurrency` tasks running", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(5), { maxLength: 40 }), fc.integer({ min: 1, max: 8 }), async (delays, concurrency) => {
        let running = 0;
        let most = 0;
        const results = await mapBounded(delays, concurrency, async (delay) => {
          most = Math.max(most, ++running);
          await new Promise((r) => setTimeout(r, delay));
          running--;
          return delay * 2;
        });
        expect(results).toEqual(delays.map((d) => d * 2));
        expect(most).toBeLessThanOrEqual(concurrency);
        if (delays.length >= concurrency) expect(most).toBe(concurrency);
      }),
      { numRuns: 30 },
    );
  });

  it("rejects with a task's error", async () => {
    await expect(mapBounded([1, 2, 3], 2, async (n) => (n === 2 ? Promise.reject(new Error("two")) : n))).rejects.toThrow("two");
  });
});
