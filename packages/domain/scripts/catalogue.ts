import ts from 'typescript'
import { generateCatalogue, repositoryRoot, staleCatalogueFiles } from './catalogue/generate.ts'

/**
 * `npm run catalogue` writes the event catalogue from the domain schemas; `npm run catalogue --
 * --check` writes nothing and exits 1 when a committed catalogue file is stale (CI runs it through
 * the unit test `catalogue.unit.test.ts`).
 */
const main = (args: readonly string[]): number => {
  const root = repositoryRoot()
  if (args.includes('--check')) {
    const stale = staleCatalogueFiles(root)
    for (const path of stale) ts.sys.write(`${path} is stale: run npm run catalogue\n`)
    return stale.length === 0 ? 0 : 1
  }
  for (const [path, text] of generateCatalogue(root)) {
    ts.sys.createDirectory(`${root}/${path.replace(/\/[^/]+$/, '')}`)
    ts.sys.writeFile(`${root}/${path}`, text)
    ts.sys.write(`wrote ${path}\n`)
  }
  return 0
}

ts.sys.exit(main(ts.sys.args))
