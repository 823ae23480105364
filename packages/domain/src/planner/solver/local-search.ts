import { type Choice, epsilon, loadsAfter, type Option, type Problem } from './problem.ts'

/**
 * With the highest ratio held at or below `ceiling`, lower Σ ratio^power by moving one case to
 * another option, or by letting two cases trade regisseurs, until neither helps. With power 2 this
 * is the meeting's second objective (the sum of squares: spread the rest evenly); with a high power
 * it is a smooth stand-in for the highest ratio, which finds better starting points for the exact
 * search. The result is a local optimum for those two neighbourhoods, not a proven optimum;
 * `maxPasses` bounds the work on pathological inputs.
 */
export const spreadEvenly = (
  problem: Problem,
  start: Choice,
  ceiling: number,
  power = 2,
  maxPasses = 50,
): Choice => {
  const choice = [...start]
  const loads = loadsAfter(problem, choice)
  const keys = problem.options.map((options) => new Map(options.map((option, o) => [signature(option), o])))

  const tryChange = (changes: readonly (readonly [number, number])[]): boolean => {
    const delta = new Map<number, number>()
    for (const [c, o] of changes) {
      for (const share of problem.options[c]![choice[c]!]!.shares)
        add(delta, share.professional, -share.points)
      for (const share of problem.options[c]![o]!.shares) add(delta, share.professional, share.points)
    }
    let gain = 0
    for (const [p, points] of delta) {
      const before = loads[p]! / problem.capacity[p]!
      const after = (loads[p]! + points) / problem.capacity[p]!
      if (after > ceiling + epsilon) return false
      gain += after ** power - before ** power
    }
    if (gain >= -epsilon) return false
    for (const [p, points] of delta) loads[p]! += points
    for (const [c, o] of changes) choice[c] = o
    return true
  }

  for (let pass = 0; pass < maxPasses; pass++) {
    let improved = false
    for (let c = 0; c < choice.length; c++) {
      for (let o = 0; o < problem.options[c]!.length; o++) {
        if (o !== choice[c] && tryChange([[c, o]])) improved = true
      }
    }
    for (let a = 0; a < choice.length; a++) {
      for (let b = a + 1; b < choice.length; b++) {
        const traded = tradeRegisseurs(problem, choice, keys, a, b)
        if (traded && tryChange(traded)) improved = true
      }
    }
    if (!improved) break
  }
  return choice
}

const add = (map: Map<number, number>, key: number, value: number): void => {
  map.set(key, (map.get(key) ?? 0) + value)
}

const signature = (option: Option): string => option.shares.map((share) => share.professional).join('|')

/** The options in which cases `a` and `b` swap regisseurs and keep their other people, if both exist. */
const tradeRegisseurs = (
  problem: Problem,
  choice: Choice,
  keys: readonly Map<string, number>[],
  a: number,
  b: number,
): readonly (readonly [number, number])[] | undefined => {
  const optionA = problem.options[a]![choice[a]!]!
  const optionB = problem.options[b]![choice[b]!]!
  const regisseurA = optionA.shares[0]!.professional
  const regisseurB = optionB.shares[0]!.professional
  if (regisseurA === regisseurB) return undefined
  const swap = (option: Option, regisseur: number): string =>
    [regisseur, ...option.shares.slice(1).map((share) => share.professional)].join('|')
  const newA = keys[a]!.get(swap(optionA, regisseurB))
  const newB = keys[b]!.get(swap(optionB, regisseurA))
  return newA === undefined || newB === undefined
    ? undefined
    : [
        [a, newA],
        [b, newB],
      ]
}
