/**
 * The whole-meeting planning problem in index space, free of domain vocabulary so the solver can be
 * reasoned about (and tested) on its own. Professional `p` carries `load[p]` points of `capacity[p]`;
 * each case must take exactly one of its options, and an option adds points to one professional (a
 * regisseur alone) or two (a regisseur and a tandem practitioner: R8, co-working costs both).
 */

/** Points an option adds to one professional's caseload. */
export interface Share {
  readonly professional: number
  readonly points: number
}

/** One norm-conforming way to staff a case; `shares[0]` is always the regisseur. */
export interface Option {
  readonly shares: readonly Share[]
}

export interface Problem {
  /** current load points per professional, before this meeting */
  readonly load: readonly number[]
  /** capacity points per professional; always > 0 (no-capacity colleagues are never candidates) */
  readonly capacity: readonly number[]
  /** per case, its options; a case without options cannot be placed and is left out beforehand */
  readonly options: readonly (readonly Option[])[]
}

/** One option index per case. */
export type Choice = readonly number[]

export interface Evaluation {
  readonly maxRatio: number
  readonly sumSquares: number
}

/** Ratios are compared with this slack, so that rounding never reads as an improvement. */
export const epsilon = 1e-9

/** Loads after applying `choice` to the problem's current loads. */
export const loadsAfter = (problem: Problem, choice: Choice): number[] => {
  const loads = [...problem.load]
  problem.options.forEach((options, c) => {
    for (const share of options[choice[c] ?? 0]?.shares ?? []) loads[share.professional]! += share.points
  })
  return loads
}

/** The highest load ratio in the team and the sum of squared ratios, for `loads`. */
const evaluateLoads = (problem: Problem, loads: readonly number[]): Evaluation => {
  let maxRatio = 0
  let sumSquares = 0
  loads.forEach((load, p) => {
    const ratio = load / problem.capacity[p]!
    if (ratio > maxRatio) maxRatio = ratio
    sumSquares += ratio * ratio
  })
  return { maxRatio, sumSquares }
}

export const evaluate = (problem: Problem, choice: Choice): Evaluation =>
  evaluateLoads(problem, loadsAfter(problem, choice))

/** The highest ratio among the professionals an option touches, after adding it to `loads`. */
export const optionPeak = (problem: Problem, loads: readonly number[], option: Option): number => {
  let peak = 0
  for (const share of option.shares) {
    const ratio = (loads[share.professional]! + share.points) / problem.capacity[share.professional]!
    if (ratio > peak) peak = ratio
  }
  return peak
}
