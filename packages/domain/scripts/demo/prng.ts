/**
 * A seeded pseudo-random generator (mulberry32), so the demo log is the same on every run and a
 * test can compare it byte for byte with the committed file.
 */
export interface Prng {
  /** a number in [0, 1) */
  readonly next: () => number
  /** true with probability `p` */
  readonly chance: (p: number) => boolean
  /** a whole number in [min, max] */
  readonly between: (min: number, max: number) => number
  readonly pick: <T>(items: readonly T[]) => T
}

export const seededPrng = (seed: number): Prng => {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    chance: (p) => next() < p,
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
  }
}
