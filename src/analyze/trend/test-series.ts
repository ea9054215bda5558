/** A seeded generator of Poisson counts, so that tests on noisy series are repeatable. */
export function poissonSeries(seed: number) {
  let state = seed >>> 0;
  const uniform = () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
  const draw = (rate: number) => {
    const limit = Math.exp(-rate);
    let k = 0;
    for (let p = uniform(); p > limit; p *= uniform()) k++;
    return k;
  };
  return (rates: number[]) => rates.map(draw);
}

/** `n` copies of `rate`. */
export const flat = (rate: number, n: number) => Array.from({ length: n }, () => rate);
