import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One audit code found in the server code, with the file that writes it. */
export type TAuditCode = { code: string; file: string };

/** A place where an audit code could not be read from the code (a computed value). */
export type TUnreadableCode = { file: string; line: number; text: string };

/** What the server code writes to the audit log: every action and entity type, as literals. */
export type TAuditCodes = { actions: TAuditCode[]; entityTypes: TAuditCode[]; unreadable: TUnreadableCode[] };

const ROOT = join(import.meta.dirname, '..', '..');

function serverFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return serverFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && !entry.name.includes('test-support') && !path.endsWith(join('platform', 'audit', 'audit.ts')) ? [path] : [];
  });
}

/** `recordAudit(tx, ctx, {…})` or `tx.insert(auditEvents).values({…})`: the object an audit event is written from. */
function auditEntry(call: ts.CallExpression): ts.ObjectLiteralExpression | undefined {
  const callee = call.expression;
  const isRecordAudit = ts.isIdentifier(callee) && callee.text === 'recordAudit';
  const isInsert =
    ts.isPropertyAccessExpression(callee) &&
    callee.name.text === 'values' &&
    ts.isCallExpression(callee.expression) &&
    callee.expression.arguments.some((arg) => ts.isIdentifier(arg) && arg.text === 'auditEvents');
  if (!isRecordAudit && !isInsert) return undefined;
  return call.arguments.find(ts.isObjectLiteralExpression);
}

/** The declarations of `name` in the file (a parameter's literal type, a constant's value). */
function declarationsOf(file: ts.SourceFile, name: string): ts.Node[] {
  const found: ts.Node[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isBindingElement(node) && ts.isIdentifier(node.name) && node.name.text === name) found.push(node);
    if ((ts.isParameter(node) || ts.isVariableDeclaration(node)) && ts.isIdentifier(node.name) && node.name.text === name) {
      const source = ts.isVariableDeclaration(node) ? (node.initializer ?? node.type) : node.type;
      if (source) found.push(source);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * The string values an expression can have, read without running anything: literals, both sides of
 * a condition, a parameter typed as a union of literals, a constant, or every value of a constant
 * lookup object (`ACTIONS[move]`). `undefined` when the value is computed (e.g. a template).
 */
function literalValues(file: ts.SourceFile, node: ts.Node, depth = 0): string[] | undefined {
  if (depth > 8) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isLiteralTypeNode(node)) return literalValues(file, node.literal, depth + 1);
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return literalValues(file, node.expression, depth + 1);
  const all = (nodes: readonly ts.Node[]) => {
    const values = nodes.map((child) => literalValues(file, child, depth + 1));
    return values.every((value) => value !== undefined) ? values.flat() : undefined;
  };
  if (ts.isConditionalExpression(node)) return all([node.whenTrue, node.whenFalse]);
  if (ts.isUnionTypeNode(node)) return all(node.types);
  if (ts.isObjectLiteralExpression(node)) return all(node.properties.map((property) => (ts.isPropertyAssignment(property) ? property.initializer : property)));
  if (ts.isElementAccessExpression(node)) return literalValues(file, node.expression, depth + 1);
  // `const { entityType } = REGISTRY[kind]`: the registry's `entityType: '…'` literals are collected from every file.
  if (ts.isBindingElement(node)) return [];
  if (ts.isIdentifier(node)) {
    const declarations = declarationsOf(file, node.text);
    return declarations.length > 0 ? all(declarations) : undefined;
  }
  return undefined;
}

/**
 * Scans `server/src` for every audit event it writes and returns the action and entity type codes,
 * so a test can demand a Swedish and an English text for each. Entity types are also taken from
 * every `entityType: '…'` property anywhere (registries that a use case destructures from). A computed code is returned as
 * unreadable: write it as a literal (or a lookup object of literals) so it can be checked.
 */
export function scanAuditCodes(): TAuditCodes {
  const codes: TAuditCodes = { actions: [], entityTypes: [], unreadable: [] };
  for (const path of serverFiles(join(ROOT, 'server', 'src'))) {
    const text = readFileSync(path, 'utf8');
    if (!text.includes('recordAudit(') && !text.includes('insert(auditEvents)') && !text.includes('entityType:')) continue;
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const name = relative(ROOT, path);
    const visit = (node: ts.Node) => {
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && node.name.text === 'entityType' && ts.isStringLiteral(node.initializer)) {
        codes.entityTypes.push({ code: node.initializer.text, file: name });
      }
      const entry = ts.isCallExpression(node) ? auditEntry(node) : undefined;
      for (const property of entry?.properties ?? []) {
        const key = property.name && ts.isIdentifier(property.name) ? property.name.text : '';
        if (key !== 'action' && key !== 'entityType') continue;
        const value = ts.isPropertyAssignment(property) ? property.initializer : ts.isShorthandPropertyAssignment(property) ? property.name : property;
        const values = literalValues(file, value);
        if (!values) {
          codes.unreadable.push({ file: name, line: file.getLineAndCharacterOfPosition(property.getStart()).line + 1, text: property.getText() });
          continue;
        }
        const list = key === 'action' ? codes.actions : codes.entityTypes;
        values.forEach((code) => list.push({ code, file: name }));
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return codes;
}
