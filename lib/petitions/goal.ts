/** Goals that raise themselves: the next step of the 1-2-5 series above the current count. */
export function nextGoal(count: number): number {
  let step = 100;
  for (;;) {
    for (const m of [1, 2, 5]) {
      const candidate = m * step;
      if (candidate > count) return candidate;
    }
    step *= 10;
  }
}
