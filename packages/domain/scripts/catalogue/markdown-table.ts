/**
 * A Markdown table with its columns padded the way Biome formats Markdown, so the generated
 * catalogue passes `biome check` unchanged. Cells must already be escaped.
 */
export const markdownTable = (header: readonly string[], rows: readonly (readonly string[])[]): string[] => {
  const width = (text: string) => [...text].length
  const widths = header.map((title, column) =>
    Math.max(3, width(title), ...rows.map((row) => width(row[column] ?? ''))),
  )
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, column) => cell + ' '.repeat((widths[column] ?? 0) - width(cell))).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)]
}
