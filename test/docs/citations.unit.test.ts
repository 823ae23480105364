import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * Code comments cite the design by section of docs/architecture.md; these tests keep every such
 * citation pointing at a section that exists, and keep out citations of design files that are not
 * in the repository.
 */
const root = join(import.meta.dirname, '../..')
const skipped = /(^|\/)(node_modules|\.tsbuild|dist|\.git)$/

const sources = (folder: string): string[] =>
  readdirSync(join(root, folder)).flatMap((name) => {
    const path = join(folder, name)
    if (skipped.test(path)) return []
    if (statSync(join(root, path)).isDirectory()) return sources(path)
    return /\.(ts|mjs|css|md)$/.test(name) ? [path] : []
  })

const files = [
  ...sources('packages'),
  ...sources('test'),
  ...sources('docs'),
  'README.md',
  'CONTRIBUTING.md',
  'vitest.config.ts',
  '.dependency-cruiser.mjs',
]

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchorOf = (heading: string) =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} -]/gu, '')
    .replace(/ /g, '-')

const anchors = new Set(
  readFileSync(join(root, 'docs/architecture.md'), 'utf8')
    .split('\n')
    .filter((line) => /^#{2,4} /.test(line))
    .map((line) => anchorOf(line.replace(/^#+ /, ''))),
)

describe('citations of the design', () => {
  it('point at sections docs/architecture.md has', () => {
    const broken = files.flatMap((file) =>
      [...readFileSync(join(root, file), 'utf8').matchAll(/architecture\.md#([a-z0-9-]+)/g)]
        .filter((match) => !anchors.has(match[1]!))
        .map((match) => `${relative(root, join(root, file))}: #${match[1]}`),
    )
    expect(broken).toEqual([])
  })

  it('never point at design files that are not in the repository', () => {
    const stale = files.filter((file) =>
      /\b(DESIGN|STYLE)\.md\b/.test(readFileSync(join(root, file), 'utf8')),
    )
    expect(stale).toEqual([])
  })
})
