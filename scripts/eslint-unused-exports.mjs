// ESLint rule `glossa/no-unused-exports`: an export that no other file of the project imports.
// Stands in for import-x's no-unused-modules, which needs ESLint's FileEnumerator (gone in
// ESLint 10). The project's import graph is read once per process with TypeScript's parser
// (syntax only, no type check: ~0.5 s for the whole tree). An import of a whole module
// (`import * as`, `export *`, `import()`, `typeof import()`) counts as using every export.
// Types (interfaces, type aliases, `export type`) are not reported: a type named in an exported
// signature is part of that API whether or not another file spells its name. Entry points
// (content/background/popup/options, CLI, bench, scripts, tests) switch the rule off in
// eslint.config.js: what they export is for a browser, a command line or a test runner.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(?:ts|tsx|mts|mjs|js)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', '.tmp', 'fixtures']);
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '.mts', '.mjs', '.js', '/index.ts', '/index.tsx'];
const ALL = '*';

function sourceFiles(dir, out = []) {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (SOURCE.test(name) && !/\.d\.m?ts$/.test(name)) out.push(path);
  }
  return out;
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  for (const suffix of RESOLVE_SUFFIXES) {
    const path = base + suffix;
    if (existsSync(path) && statSync(path).isFile()) return path;
  }
  return null;
}

/** file → names other files import from it (ALL = every name). */
function importGraph(root) {
  const used = new Map();
  const use = (file, name) => {
    if (!used.has(file)) used.set(file, new Set());
    used.get(file).add(name);
  };
  for (const file of sourceFiles(root)) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
    const visit = (node) => {
      if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
        const target = resolveImport(file, node.moduleSpecifier.text);
        const clause = node.importClause;
        if (target && clause) {
          if (clause.name) use(target, 'default');
          const bindings = clause.namedBindings;
          if (bindings && ts.isNamespaceImport(bindings)) use(target, ALL);
          else if (bindings) for (const el of bindings.elements) use(target, (el.propertyName ?? el.name).text);
        }
      } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        const target = resolveImport(file, node.moduleSpecifier.text);
        if (target) {
          if (node.exportClause && ts.isNamedExports(node.exportClause)) {
            for (const el of node.exportClause.elements) use(target, (el.propertyName ?? el.name).text);
          } else use(target, ALL);
        }
      } else if (
        ts.isCallExpression(node) &&
        node.expression.kind === ts.SyntaxKind.ImportKeyword &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        const target = resolveImport(file, node.arguments[0].text);
        if (target) use(target, ALL);
      } else if (
        ts.isImportTypeNode(node) &&
        ts.isLiteralTypeNode(node.argument) &&
        ts.isStringLiteral(node.argument.literal)
      ) {
        const target = resolveImport(file, node.argument.literal.text);
        if (target) use(target, ALL);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return used;
}

const graphs = new Map();

const TYPE_DECLARATIONS = new Set(['TSInterfaceDeclaration', 'TSTypeAliasDeclaration']);

function exportedNames(node) {
  if (node.exportKind === 'type') return [];
  const d = node.declaration;
  if (d) {
    if (TYPE_DECLARATIONS.has(d.type)) return [];
    if (d.type === 'VariableDeclaration') {
      return d.declarations.filter((v) => v.id.type === 'Identifier').map((v) => [v.id.name, v.id]);
    }
    return d.id ? [[d.id.name, d.id]] : [];
  }
  if (node.source) return []; // a re-export: the re-exported module's exports are checked there
  return node.specifiers.filter((s) => s.exportKind !== 'type').map((s) => [s.exported.name ?? s.exported.value, s]);
}

export const noUnusedExports = {
  meta: {
    type: 'suggestion',
    docs: { description: 'Exports no other file of the project imports' },
    schema: [],
    messages: { unused: "'{{name}}' is exported but no other file imports it: unexport it or delete it." },
  },
  create(context) {
    const root = context.cwd;
    if (!graphs.has(root)) graphs.set(root, importGraph(root));
    const used = graphs.get(root).get(resolve(context.filename)) ?? new Set();
    if (used.has(ALL)) return {};
    const check = (name, node) => {
      if (!used.has(name)) context.report({ node, messageId: 'unused', data: { name } });
    };
    return {
      ExportNamedDeclaration(node) {
        for (const [name, at] of exportedNames(node)) check(name, at);
      },
      ExportDefaultDeclaration(node) {
        check('default', node);
      },
    };
  },
};

export default { rules: { 'no-unused-exports': noUnusedExports } };
