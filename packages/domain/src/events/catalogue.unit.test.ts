import { describe, expect, it } from 'vitest'
import { repositoryRoot, staleCatalogueFiles } from '../../scripts/catalogue/generate.ts'

describe('event catalogue', () => {
  it('is up to date with the event schemas (else: npm run catalogue)', () => {
    expect(staleCatalogueFiles(repositoryRoot())).toEqual([])
  })
})
