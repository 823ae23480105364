/**
 * Maximum flow (Dinic) on a small graph with real capacities: the feasibility check behind the
 * meeting's lower bound. Augmenting paths thinner than `tolerance` are ignored; callers compare the
 * flow with a far larger slack, so rounding can only make a relaxation look more feasible than it is
 * (which keeps a bound derived from it valid), never less.
 */

const tolerance = 1e-12

export class FlowNetwork {
  readonly #head: number[]
  readonly #to: number[] = []
  readonly #next: number[] = []
  readonly #residual: number[] = []

  constructor(readonly nodes: number) {
    this.#head = new Array<number>(nodes).fill(-1)
  }

  addEdge(from: number, to: number, capacity: number): void {
    this.#push(from, to, capacity)
    this.#push(to, from, 0)
  }

  /** The value of a maximum flow from `source` to `sink`; the network keeps the residual graph. */
  maxFlow(source: number, sink: number): number {
    let total = 0
    for (;;) {
      const level = this.#levels(source)
      if (level[sink]! < 0) return total
      const cursor = [...this.#head]
      for (;;) {
        const pushed = this.#augment(source, sink, Number.POSITIVE_INFINITY, level, cursor)
        if (pushed <= tolerance) break
        total += pushed
      }
    }
  }

  #push(from: number, to: number, capacity: number): void {
    this.#to.push(to)
    this.#residual.push(capacity)
    this.#next.push(this.#head[from]!)
    this.#head[from] = this.#to.length - 1
  }

  #levels(source: number): number[] {
    const level = new Array<number>(this.nodes).fill(-1)
    level[source] = 0
    const queue = [source]
    for (let i = 0; i < queue.length; i++) {
      const node = queue[i]!
      for (let e = this.#head[node]!; e >= 0; e = this.#next[e]!) {
        const to = this.#to[e]!
        if (this.#residual[e]! > tolerance && level[to]! < 0) {
          level[to] = level[node]! + 1
          queue.push(to)
        }
      }
    }
    return level
  }

  #augment(node: number, sink: number, limit: number, level: number[], cursor: number[]): number {
    if (node === sink) return limit
    for (; cursor[node]! >= 0; cursor[node] = this.#next[cursor[node]!]!) {
      const e = cursor[node]!
      const to = this.#to[e]!
      if (this.#residual[e]! <= tolerance || level[to] !== level[node]! + 1) continue
      const pushed = this.#augment(to, sink, Math.min(limit, this.#residual[e]!), level, cursor)
      if (pushed > tolerance) {
        this.#residual[e]! -= pushed
        this.#residual[e ^ 1]! += pushed
        return pushed
      }
    }
    return 0
  }
}
