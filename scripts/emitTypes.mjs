// Emits dist/types with tsconfig.build.json, so that the declarations resolve under every
// moduleResolution a consumer may use (NodeNext, Node16, Bundler).
//
// The sources import each other without extensions (`./config/Config`), which Bundler accepts and
// NodeNext does not: in an ESM package, NodeNext resolves a relative import in a .d.ts only with
// its runtime extension (`./config/Config.js`). tsc copies specifiers as written, and
// `rewriteRelativeImportExtensions` only rewrites specifiers that name a `.ts` file, so this
// emits through the compiler API with one declaration transformer that gives every relative
// specifier (imports, re-exports and `import("…")` types) the `.js` path of the file it names.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The `.js` specifier for a relative one, as the file it resolves to will be named in dist.
 * @param {string} fromFile the source file that holds the specifier
 * @param {string} spec
 */
function withJsExtension(fromFile, spec) {
  if (!spec.startsWith('./') && !spec.startsWith('../')) return spec;
  if (/\.(m?js|json)$/.test(spec)) return spec;
  const base = resolve(dirname(fromFile), spec);
  for (const ext of ['.ts', '.tsx', '.d.ts']) if (existsSync(base + ext)) return `${spec}.js`;
  for (const ext of ['.ts', '.tsx', '.d.ts']) if (existsSync(join(base, `index${ext}`))) return `${spec}/index.js`;
  throw new Error(`emitTypes: cannot resolve ${spec} from ${fromFile}`);
}

/** @type {ts.TransformerFactory<ts.SourceFile | ts.Bundle>} */
const jsExtensions = (context) => (root) => {
  if (!ts.isSourceFile(root)) return root;
  const file = root.fileName;
  const literal = (/** @type {ts.StringLiteral} */ node) => context.factory.createStringLiteral(withJsExtension(file, node.text));
  /** @type {ts.Visitor} */
  const visit = (node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      return context.factory.updateImportDeclaration(
        node,
        node.modifiers,
        node.importClause,
        literal(node.moduleSpecifier),
        node.attributes,
      );
    }
    if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      return context.factory.updateExportDeclaration(
        node,
        node.modifiers,
        node.isTypeOnly,
        node.exportClause,
        literal(node.moduleSpecifier),
        node.attributes,
      );
    }
    if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      return context.factory.updateImportTypeNode(
        node,
        context.factory.updateLiteralTypeNode(node.argument, literal(node.argument.literal)),
        node.attributes,
        node.qualifier,
        node.typeArguments ? ts.visitNodes(node.typeArguments, visit, ts.isTypeNode) : undefined,
        node.isTypeOf,
      );
    }
    return ts.visitEachChild(node, visit, context);
  };
  return ts.visitEachChild(root, visit, context);
};

/**
 * Type-checks `src` with tsconfig.build.json and writes its declarations into `outDir`.
 * @param {string} root the project folder
 * @param {string} outDir
 */
export function emitTypes(root, outDir) {
  const configFile = join(root, 'tsconfig.build.json');
  const read = ts.readConfigFile(configFile, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, root, { outDir }, configFile);
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const emitted = program.emit(undefined, undefined, undefined, true, { afterDeclarations: [jsExtensions] });
  const diagnostics = [...parsed.errors, ...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics];
  if (diagnostics.length > 0) {
    const host = { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' };
    throw new Error(ts.formatDiagnostics(diagnostics, host));
  }
}
