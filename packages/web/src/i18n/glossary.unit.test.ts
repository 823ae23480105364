import { readdirSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(import.meta.dirname, '../../../..')
const glossary = readFileSync(resolve(root, 'docs/glossary.md'), 'utf8')

/** The words a column of the glossary's tables says to avoid, per language. */
const avoided = (language: 'nl' | 'en'): readonly string[] =>
  glossary
    .split('\n')
    .filter(
      (line) =>
        line.startsWith('|') &&
        !line.startsWith('| ---') &&
        !line.startsWith('| concept') &&
        !line.startsWith('| what'),
    )
    .flatMap((line) => {
      const cells = line.split('|').map((cell) => cell.trim())
      return (cells[language === 'nl' ? 4 : 5] ?? '').split(',')
    })
    .map((word) => word.trim())
    .filter(Boolean)

/** Every quoted text of a source file: what a person reads, never a key or an identifier. */
const texts = (file: string): readonly string[] =>
  [...readFileSync(file, 'utf8').matchAll(/'((?:[^'\\\n]|\\.)*)'|`((?:[^`\\]|\\.)*)`/g)].map(
    (m) => m[1] ?? m[2] ?? '',
  )

/** The Dutch or English sentences the domain's rules send with a refusal. */
const ruleTexts = (language: 'nl' | 'en'): readonly string[] => {
  const dir = resolve(root, 'packages/domain/src/rules')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.includes('.test.'))
    .flatMap((f) => [
      ...readFileSync(resolve(dir, f), 'utf8').matchAll(
        new RegExp(`${language}:\\s*(?:'([^']*)'|\`([^\`]*)\`)`, 'g'),
      ),
    ])
    .map((m) => m[1] ?? m[2] ?? '')
}

const uses = (text: string, word: string) =>
  new RegExp(`(^|[^\\p{L}-])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}-])`, 'iu').test(text)

const offences = (sources: readonly string[], words: readonly string[]) =>
  sources.flatMap((text) => words.filter((word) => uses(text, word)).map((word) => `“${word}” in: ${text}`))

describe('the glossary (docs/glossary.md)', () => {
  it('lists words to avoid in both languages', () => {
    expect(avoided('nl')).toContain('tenzij-afweging')
    expect(avoided('en')).toContain('assess')
  })

  it('is followed by the Dutch messages', () => {
    expect(offences(texts(resolve(import.meta.dirname, 'messages-nl.ts')), avoided('nl'))).toEqual([])
  })

  it('is followed by the English messages', () => {
    expect(offences(texts(resolve(import.meta.dirname, 'messages-en.ts')), avoided('en'))).toEqual([])
  })

  it('is followed by the refusals the domain’s rules send, in Dutch and in English', () => {
    expect(offences(ruleTexts('nl'), avoided('nl'))).toEqual([])
    expect(offences(ruleTexts('en'), avoided('en'))).toEqual([])
  })
})
