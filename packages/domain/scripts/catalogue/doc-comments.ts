import ts from 'typescript'

/** A field of a schema struct as written in the source: its doc comment and schema expression. */
export interface SourceField {
  /** dotted for nested structs, e.g. `roleFactors.regisseur` */
  readonly name: string
  readonly doc: string
  readonly optional: boolean
  /** the schema expression without `Schema.optionalKey(...)` */
  readonly expression: string
}

/** An exported `const` of a schema module, with its doc comment and, for structs, its fields. */
export interface SourceConst {
  readonly name: string
  readonly doc: string
  readonly expression: string
  readonly fields: readonly SourceField[]
}

const docOf = (node: ts.Node): string =>
  ts
    .getJSDocCommentsAndTags(node)
    .filter(ts.isJSDoc)
    .map((doc) => ts.getTextOfJSDocComment(doc.comment) ?? '')
    .join('\n')
    .trim()

const optionalWrapper = /^Schema\.optional(Key)?\(([\s\S]*)\)$/

/** The object literal of a `Schema.Struct({...})` or `Schema.TaggedStruct('X', {...})` call. */
const structLiteral = (node: ts.Expression): ts.ObjectLiteralExpression | undefined => {
  if (!ts.isCallExpression(node) || !/Struct$/.test(node.expression.getText())) return undefined
  return node.arguments.find(ts.isObjectLiteralExpression)
}

const fieldsOf = (literal: ts.ObjectLiteralExpression, prefix: string): SourceField[] =>
  literal.properties.filter(ts.isPropertyAssignment).flatMap((property) => {
    const name = `${prefix}${property.name.getText()}`
    const text = property.initializer.getText()
    const wrapped = optionalWrapper.exec(text)
    const nested = structLiteral(property.initializer)
    const field = { name, doc: docOf(property), optional: wrapped !== null, expression: wrapped?.[2] ?? text }
    return nested ? [field, ...fieldsOf(nested, `${name}.`)] : [field]
  })

/** Reads the exported consts of one TypeScript module, with their doc comments. */
export const sourceConsts = (fileName: string, text: string): SourceConst[] => {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.ES2023, true)
  return source.statements.filter(ts.isVariableStatement).flatMap((statement) => {
    const exported = statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    if (!exported) return []
    return statement.declarationList.declarations.flatMap((declaration) => {
      if (!ts.isIdentifier(declaration.name) || !declaration.initializer) return []
      const literal = structLiteral(declaration.initializer)
      return [
        {
          name: declaration.name.text,
          doc: docOf(statement) || docOf(declaration),
          expression: declaration.initializer.getText(),
          fields: literal ? fieldsOf(literal, '') : [],
        },
      ]
    })
  })
}
