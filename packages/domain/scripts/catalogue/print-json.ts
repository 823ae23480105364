/** Biome's JSON layout (biome.json: 2 spaces, line width 110), so the generated file passes `biome check`. */
const lineWidth = 110

const isPrimitive = (value: unknown): boolean => value === null || typeof value !== 'object'

/**
 * Prints JSON the way Biome formats it: objects always expanded, an array of primitives on one line
 * when that line fits, otherwise one item per line.
 */
export const printJson = (value: unknown): string => `${print(value, 0, 0)}\n`

const print = (value: unknown, indent: number, prefix: number): string => {
  if (isPrimitive(value)) return JSON.stringify(value)
  const inner = ' '.repeat(indent + 2)
  const close = ' '.repeat(indent)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    const inline = `[${value.map((item) => JSON.stringify(item)).join(', ')}]`
    if (value.every(isPrimitive) && indent + prefix + inline.length + 1 <= lineWidth) return inline
    return `[\n${value.map((item) => `${inner}${print(item, indent + 2, 0)}`).join(',\n')}\n${close}]`
  }
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 0) return '{}'
  const lines = entries.map(([key, item]) => {
    const label = `${JSON.stringify(key)}: `
    return `${inner}${label}${print(item, indent + 2, label.length)}`
  })
  return `{\n${lines.join(',\n')}\n${close}}`
}
