import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

/**
 * `npm run lint` checks the import boundaries with dependency-cruiser (.dependency-cruiser.mjs).
 * These tests run that check on a copy of the sources (node_modules linked), once as it is and once
 * with one forbidden import planted per rule, so a rule that stopped working fails here.
 */
const root = join(import.meta.dirname, '../..')
let copy: string

const boundaries = async (): Promise<{ readonly code: number; readonly output: string }> => {
  try {
    const { stdout } = await promisify(execFile)('npm', ['run', '-s', 'lint:boundaries'], {
      cwd: copy,
      maxBuffer: 16 * 1024 * 1024,
    })
    return { code: 0, output: stdout }
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string }
    return { code, output: `${stdout}${stderr}` }
  }
}

const plant = (path: string, source: string) => writeFileSync(join(copy, path), source)

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'tandem-boundaries-'))
  for (const entry of ['packages', 'package.json', 'tsconfig.base.json', '.dependency-cruiser.mjs'])
    cpSync(join(root, entry), join(copy, entry), {
      recursive: true,
      filter: (source) => !/[/\\](node_modules|\.tsbuild|dist)$/.test(source),
    })
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir')
})

afterAll(() => rmSync(copy, { recursive: true, force: true }))

describe('the import boundaries npm run lint checks', () => {
  it('hold in the sources as they are', async () => {
    const { code, output } = await boundaries()
    expect(output).toContain('no dependency violations found')
    expect(code).toBe(0)
  }, 120_000)

  it('fail on a forbidden import of each kind, naming the rule and the file', async () => {
    plant(
      'packages/domain/src/planted-io.ts',
      "import { readFileSync } from 'node:fs'\nexport const read = readFileSync\n",
    )
    plant('packages/domain/src/planted-server.ts', "export { createApp } from '@tandem/server'\n")
    plant('packages/web/src/planted-server.ts', "export { createApp } from '../../server/src/app.ts'\n")
    plant(
      'packages/web/src/planted-decide.ts',
      "import type { TeamCommand } from '@tandem/domain'\nimport { AUTHORITY } from '@tandem/domain/authority'\nexport { decide } from '../../domain/src/decider/decide.ts'\nexport const table = AUTHORITY\nexport type Command = TeamCommand\n",
    )
    plant(
      'packages/server/src/event-store/planted-rules.ts',
      "export { caseNeedsRegistration } from '../../../domain/src/rules/registration.ts'\n",
    )
    const { code, output } = await boundaries()
    expect(code).not.toBe(0)
    expect(output).toMatch(/domain-imports-only-effect: packages\/domain\/src\/planted-io\.ts → (node:)?fs/)
    expect(output).toMatch(
      /domain-imports-only-effect: packages\/domain\/src\/planted-server\.ts → \S*packages\/server\//,
    )
    expect(output).toMatch(/web-not-server-or-store: packages\/web\/src\/planted-server\.ts/)
    expect(output).toMatch(
      /web-uses-domain-types-only: packages\/web\/src\/planted-decide\.ts → \S*decide\.ts/,
    )
    // the type-only import and the authority table are what the web may import
    expect(output).not.toMatch(/planted-decide\.ts → \S*(index|authority-table)\.ts/)
    expect(output).toMatch(/store-not-domain-business: packages\/server\/src\/event-store\/planted-rules\.ts/)
  }, 120_000)
})
