/** A copy of `map` with one entry set: state maps are never mutated, so earlier states stay valid. */
export const withEntry = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> =>
  new Map(map).set(key, value)
