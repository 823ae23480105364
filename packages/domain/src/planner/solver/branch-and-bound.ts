import { type Choice, epsilon, evaluate, type Problem } from './problem.ts'
import { waterLevel } from './water-level.ts'

export interface SearchResult {
  readonly choice: Choice
  /** false when the node budget ran out before the search space was exhausted */
  readonly complete: boolean
  readonly nodes: number
}

/**
 * Depth-first branch and bound on the highest load ratio, starting from an incumbent. Cases are
 * branched heaviest first; a node is pruned when a proven bound on every completion — the peak so far,
 * the static singleton bound of the cases left, the water level of their cheapest volume, and the
 * global `rootBound` — cannot beat the incumbent by more than `epsilon`. When the search completes,
 * the incumbent is optimal for the highest ratio. The node budget (not a clock: the domain has none)
 * keeps large meetings fast and deterministic.
 */
export const branchAndBound = (
  problem: Problem,
  incumbent: Choice,
  rootBound: number,
  caseOrder: readonly number[],
  nodeBudget: number,
): SearchResult => {
  const best = [...incumbent]
  let bestPeak = evaluate(problem, incumbent).maxRatio
  const remaining = suffixFacts(problem, caseOrder)
  const loads = [...problem.load]
  const current = [...incumbent]
  let nodes = 0
  let exhausted = false

  const search = (depth: number, peak: number): void => {
    if (bestPeak <= rootBound + epsilon) return
    if (depth === caseOrder.length) {
      if (peak < bestPeak - epsilon) {
        bestPeak = peak
        best.splice(0, best.length, ...current)
      }
      return
    }
    if (++nodes > nodeBudget) {
      exhausted = true
      return
    }
    const facts = remaining[depth]!
    const bound = Math.max(
      peak,
      facts.singleton,
      waterLevel(facts.volume, facts.people, loads, problem.capacity),
    )
    if (bound >= bestPeak - epsilon) return
    const c = caseOrder[depth]!
    const children = problem.options[c]!.map((option, o) => {
      let childPeak = peak
      for (const share of option.shares) {
        childPeak = Math.max(
          childPeak,
          (loads[share.professional]! + share.points) / problem.capacity[share.professional]!,
        )
      }
      return { o, childPeak }
    })
      .filter((child) => child.childPeak < bestPeak - epsilon)
      .sort((a, b) => a.childPeak - b.childPeak || a.o - b.o)
    for (const { o, childPeak } of children) {
      if (exhausted || childPeak >= bestPeak - epsilon) return
      const shares = problem.options[c]![o]!.shares
      for (const share of shares) loads[share.professional]! += share.points
      current[c] = o
      search(depth + 1, childPeak)
      for (const share of shares) loads[share.professional]! -= share.points
    }
  }

  search(
    0,
    problem.load.reduce((peak, load, p) => Math.max(peak, load / problem.capacity[p]!), 0),
  )
  return { choice: best, complete: !exhausted, nodes }
}

interface Remaining {
  /** highest singleton bound among the cases from this depth on, on today's loads */
  readonly singleton: number
  /** Σ of the cheapest option's points over those cases */
  readonly volume: number
  /** everyone who appears in an option of those cases */
  readonly people: readonly number[]
}

const suffixFacts = (problem: Problem, caseOrder: readonly number[]): Remaining[] => {
  const facts: Remaining[] = new Array(caseOrder.length + 1)
  facts[caseOrder.length] = { singleton: 0, volume: 0, people: [] }
  const people = new Set<number>()
  for (let depth = caseOrder.length - 1; depth >= 0; depth--) {
    const options = problem.options[caseOrder[depth]!]!
    let cheapestPeak = Number.POSITIVE_INFINITY
    let cheapestPoints = Number.POSITIVE_INFINITY
    for (const option of options) {
      let optionPeak = 0
      let points = 0
      for (const share of option.shares) {
        people.add(share.professional)
        points += share.points
        optionPeak = Math.max(
          optionPeak,
          (problem.load[share.professional]! + share.points) / problem.capacity[share.professional]!,
        )
      }
      cheapestPeak = Math.min(cheapestPeak, optionPeak)
      cheapestPoints = Math.min(cheapestPoints, points)
    }
    const after = facts[depth + 1]!
    facts[depth] = {
      singleton: Math.max(after.singleton, cheapestPeak),
      volume: after.volume + cheapestPoints,
      people: [...people],
    }
  }
  return facts
}
