/** Sets one entry of a state map and returns the map to keep: how `evolve` writes its maps. */
export type EntryWriter = <V>(map: ReadonlyMap<string, V>, key: string, value: V) => ReadonlyMap<string, V>

/** A copy of `map` with one entry set: state maps are never mutated, so earlier states stay valid. */
export const withEntry: EntryWriter = (map, key, value) => new Map(map).set(key, value)

/**
 * Sets the entry in `map` itself, for a state that only its owner holds (see `evolveOwned`): a team
 * with 400 cases then costs one map write per event instead of a 400-entry copy.
 */
export const intoEntry: EntryWriter = <V>(map: ReadonlyMap<string, V>, key: string, value: V) =>
  (map as Map<string, V>).set(key, value)
