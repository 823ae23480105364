import { type Choice, epsilon, evaluate, type Problem } from './problem.ts'
import { waterLevel } from './water-level.ts'

export interface SearchResult {
  readonly choice: Choice
  /** false when the node budget ran out before the search space was exhausted */
  readonly complete: boolean
  readonly nodes: number
}

/**
 * Depth-first branch and bound on the highest load ratio, starting from an incumbent: it looks for
 * an assignment whose peak beats the incumbent's by more than `epsilon`, and on finding one, keeps
 * looking below it. Each node branches on the case with the fewest options still under the
 * incumbent (fail first), and is pruned when some case has none left (forward checking), when the
 * water level of the cheapest remaining volume reaches the incumbent, or when the incumbent meets
 * the proven `rootBound`. When the search completes, the incumbent is optimal for the highest ratio.
 * The node budget (not a clock: the domain has none) keeps large meetings fast and deterministic.
 */
export const branchAndBound = (
  problem: Problem,
  incumbent: Choice,
  rootBound: number,
  caseWeights: readonly number[],
  nodeBudget: number,
): SearchResult => {
  const cases = problem.options.length
  const best = [...incumbent]
  let bestPeak = evaluate(problem, incumbent).maxRatio
  const loads = [...problem.load]
  const current = [...incumbent]
  const assigned = new Array<boolean>(cases).fill(false)
  const cheapest = problem.options.map((options) =>
    Math.min(...options.map((option) => option.shares.reduce((sum, share) => sum + share.points, 0))),
  )
  const people = [
    ...new Set(problem.options.flat().flatMap((option) => option.shares.map((s) => s.professional))),
  ]
  let volume = cheapest.reduce((sum, points) => sum + points, 0)
  let nodes = 0
  let exhausted = false

  const peakWith = (c: number, o: number): number => {
    let peak = 0
    for (const share of problem.options[c]![o]!.shares) {
      const ratio = (loads[share.professional]! + share.points) / problem.capacity[share.professional]!
      if (ratio > peak) peak = ratio
    }
    return peak
  }

  /** The unassigned case with the fewest options under the incumbent; -1 when one has none. */
  const mostConstrained = (): number => {
    let chosen = cases
    let fewest = Number.POSITIVE_INFINITY
    for (let c = 0; c < cases; c++) {
      if (assigned[c]) continue
      let count = 0
      const options = problem.options[c]!
      for (let o = 0; o < options.length && count < fewest; o++) {
        if (peakWith(c, o) < bestPeak - epsilon) count++
      }
      if (count === 0) return -1
      if (count < fewest || (count === fewest && caseWeights[c]! > caseWeights[chosen]!)) {
        fewest = count
        chosen = c
      }
    }
    return chosen
  }

  const search = (depth: number, peak: number): void => {
    if (bestPeak <= rootBound + epsilon) return
    if (depth === cases) {
      bestPeak = peak
      best.splice(0, cases, ...current)
      return
    }
    if (++nodes > nodeBudget) {
      exhausted = true
      return
    }
    if (waterLevel(volume, people, loads, problem.capacity) >= bestPeak - epsilon) return
    const c = mostConstrained()
    if (c < 0) return
    const children = problem.options[c]!.map((_, o) => ({ o, childPeak: Math.max(peak, peakWith(c, o)) }))
      .filter((child) => child.childPeak < bestPeak - epsilon)
      .sort((a, b) => a.childPeak - b.childPeak || a.o - b.o)
    assigned[c] = true
    volume -= cheapest[c]!
    for (const { o, childPeak } of children) {
      if (exhausted || childPeak >= bestPeak - epsilon) break
      const shares = problem.options[c]![o]!.shares
      for (const share of shares) loads[share.professional]! += share.points
      current[c] = o
      search(depth + 1, childPeak)
      for (const share of shares) loads[share.professional]! -= share.points
    }
    volume += cheapest[c]!
    assigned[c] = false
  }

  search(
    0,
    problem.load.reduce((peak, load, p) => Math.max(peak, load / problem.capacity[p]!), 0),
  )
  return { choice: best, complete: !exhausted, nodes }
}
