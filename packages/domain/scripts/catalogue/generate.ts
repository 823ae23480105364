import { Schema } from 'effect'
import ts from 'typescript'
import * as caseEvents from '../../src/events/case-events.ts'
import * as professionalEvents from '../../src/events/professional-events.ts'
import * as reflectionEvents from '../../src/events/reflection-events.ts'
import * as teamEvents from '../../src/events/team-events.ts'
import * as primitives from '../../src/shared/primitives.ts'
import * as teamSettings from '../../src/shared/team-settings.ts'
import * as vocabulary from '../../src/shared/vocabulary.ts'
import { type SourceConst, sourceConsts } from './doc-comments.ts'
import { catalogueEntries, eventModules, jsonSchemaOf, sharedModules } from './entries.ts'
import { renderJsonSchema } from './render-json-schema.ts'
import { renderMarkdown, type SharedType } from './render-markdown.ts'

/**
 * Builds `events/catalogue/events.md` and `events/catalogue/events.schema.json` from the domain
 * schemas and their doc comments. File access goes through TypeScript's `ts.sys`, so the domain
 * package needs no Node types.
 */

const runtime: Readonly<Record<string, unknown>> = {
  ...primitives,
  ...vocabulary,
  ...teamSettings,
  ...teamEvents,
  ...professionalEvents,
  ...caseEvents,
  ...reflectionEvents,
}

/** The repository root: the nearest directory up from here that holds `packages/domain`. */
export const repositoryRoot = (): string => {
  let directory = ts.sys.getCurrentDirectory()
  while (!ts.sys.fileExists(`${directory}/packages/domain/package.json`)) {
    const parent = directory.replace(/\/[^/]+$/, '')
    if (parent === directory || parent === '') throw new Error('catalogue: run inside the Tandem repository')
    directory = parent
  }
  return directory
}

const readSources = (root: string, folder: string, modules: readonly string[]) =>
  modules.map((module): [string, SourceConst[]] => {
    const path = `${root}/packages/domain/src/${folder}/${module}.ts`
    return [module, sourceConsts(path, ts.sys.readFile(path) ?? '')]
  })

/** The catalogue files, path relative to the root → content. */
export const generateCatalogue = (root: string): ReadonlyMap<string, string> => {
  const eventSources = new Map(readSources(root, 'events', eventModules))
  const entries = catalogueEntries(eventSources)
  const eventTypes = new Set<string>(entries.map((entry) => entry.type))
  const shared = new Map<string, SharedType>()
  const sources = [...readSources(root, 'shared', sharedModules), ...eventSources]
  for (const [, consts] of sources) {
    for (const source of consts) {
      const schema = Schema.isSchema(runtime[source.name]) ? jsonSchemaOf(runtime[source.name]) : undefined
      if (schema && !eventTypes.has(source.name)) shared.set(source.name, { source, schema })
    }
  }
  return new Map([
    ['events/catalogue/events.md', renderMarkdown(entries, shared)],
    ['events/catalogue/events.schema.json', renderJsonSchema(entries)],
  ])
}

/** The catalogue files whose committed content differs from what the schemas generate. */
export const staleCatalogueFiles = (root: string): string[] =>
  [...generateCatalogue(root)]
    .filter(([path, text]) => ts.sys.readFile(`${root}/${path}`) !== text)
    .map(([p]) => p)
