/**
 * The lowest ratio T at which the given professionals could absorb `volume` more points if work could
 * be split freely: Σ max(0, T·capacity − load) = volume. A relaxation of every assignment, cheap
 * enough (sort of at most a team) to recompute at each node of the search.
 */
export const waterLevel = (
  volume: number,
  people: readonly number[],
  load: readonly number[],
  capacity: readonly number[],
): number => {
  if (volume <= 0 || people.length === 0) return volume <= 0 ? 0 : Number.POSITIVE_INFINITY
  const sorted = [...people].sort((a, b) => load[a]! / capacity[a]! - load[b]! / capacity[b]!)
  let loadSum = 0
  let capacitySum = 0
  for (let i = 0; i < sorted.length; i++) {
    const p = sorted[i]!
    loadSum += load[p]!
    capacitySum += capacity[p]!
    // With the first i+1 people filling, the level reaches (volume + their load) / their capacity;
    // it is the answer unless it rises above the next person's ratio, who then starts filling too.
    const level = (volume + loadSum) / capacitySum
    const next = sorted[i + 1]
    if (next === undefined || level <= load[next]! / capacity[next]!) return level
  }
  return Number.POSITIVE_INFINITY
}
