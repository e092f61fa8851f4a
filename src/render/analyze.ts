// Static analysis of one template variant: which helpers and variables it uses, and where.
// Handlebars' strict mode misses `{{#if missing}}` and fails late, so lint checks this up front.
import type { AstNode, Program } from './ast.js';
import { BUILTIN_HELPERS, GUARDING_HELPERS, parseTemplate } from './environment.js';
import { RenderFailure } from './evaluate.js';

export interface VariableUse {
  path: string[];
  line: number;
  /** 1-based, relative to the variant's text. */
  column: number;
  /** Inside {{#if}} on the same path, or an argument of a helper that supplies a fallback. */
  guarded: boolean;
}

export interface HelperUse {
  name: string;
  line: number;
  column: number;
}

export interface TemplateError {
  message: string;
  line: number;
  column: number;
}

export type Analysis = { ok: true; variables: VariableUse[]; helpers: HelperUse[] } | { ok: false; error: TemplateError };


/** `owner`: the variant object the text is from, so its parse is shared with rendering it (see parseTemplate). */
export function analyzeTemplate(text: string, owner?: object): Analysis {
  let program: Program;
  try {
    program = parseTemplate(text, owner);
  } catch (error) {
    if (error instanceof RenderFailure) return { ok: false, error: { message: error.message, line: error.line, column: error.column + 1 } };
    return { ok: false, error: describeParseError(String((error as Error).message ?? error)) };
  }
  const variables: VariableUse[] = [];
  const helpers: HelperUse[] = [];
  let problem: TemplateError | undefined;
  const guards: string[] = [];
  let scoped = 0; // inside #each/#with, relative paths no longer start at the root

  const pos = (node: AstNode) => ({ line: node.loc?.start.line ?? 1, column: (node.loc?.start.column ?? 0) + 1 });
  const key = (path: string[]) => path.join('.');

  const visitPath = (node: AstNode, guarded: boolean) => {
    if (node.type !== 'PathExpression') return;
    if (node.data) {
      // @root.x is the variable x; @index, @key, @first and @last exist only inside #each; any other
      // @-name is nothing the renderer supplies (lint must say so: triage would fail on it).
      const parts = node.parts as string[];
      if (parts[0] === 'root' && parts.length > 1) variables.push({ path: parts.slice(1), ...pos(node), guarded });
      else if (!(scoped > 0 && ['index', 'key', 'first', 'last'].includes(parts[0]))) variables.push({ path: [`@${parts.join('.')}`], ...pos(node), guarded: false });
      return;
    }
    if (node.depth > 0 || node.parts.length === 0) return; // ../x and {{this}}
    if (scoped > 0 && !node.original.startsWith('@root')) return;
    const path = node.parts as string[];
    const covered = guarded || guards.some((g) => g === key(path) || key(path).startsWith(g + '.'));
    variables.push({ path, ...pos(node), guarded: covered });
  };

  const visitExpression = (node: AstNode, guarded: boolean) => {
    if (node.type === 'SubExpression') visitCall(node, guarded);
    else visitPath(node, guarded);
  };

  const visitCall = (node: AstNode, guarded: boolean) => {
    const isCall = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.type === 'SubExpression';
    if (!isCall) { visitPath(node.path, guarded); return; }
    const name = node.path.original as string;
    helpers.push({ name, ...pos(node.path) });
    const guardsArgs = GUARDING_HELPERS.has(name) || name === 'if' || name === 'unless';
    for (const param of node.params) visitExpression(param, guarded || guardsArgs);
    for (const pair of node.hash?.pairs ?? []) visitExpression(pair.value, guarded || guardsArgs);
  };

  const visit = (node: AstNode | null | undefined) => {
    if (!node || problem) return;
    switch (node.type) {
      case 'Program':
        for (const statement of node.body) visit(statement);
        break;
      case 'MustacheStatement':
        visitCall(node, false);
        break;
      case 'BlockStatement': {
        const name = node.path.original as string;
        const isBuiltin = (BUILTIN_HELPERS as readonly string[]).includes(name);
        if (!isBuiltin && node.params.length === 0) {
          // {{#answers.x}}…{{/answers.x}}: a section on a variable, which guards its body.
          visitPath(node.path, true);
          guards.push(key(node.path.parts));
          visit(node.program);
          guards.pop();
          visit(node.inverse);
          break;
        }
        visitCall(node, false);
        const first = node.params[0] as AstNode | undefined;
        const guard = (name === 'if' || name === 'with') && first?.type === 'PathExpression' ? key(first.parts) : undefined;
        const scopes = name === 'each' || name === 'with';
        if (guard) guards.push(guard);
        if (scopes) scoped++;
        visit(node.program);
        if (scopes) scoped--;
        if (guard) guards.pop();
        visit(node.inverse);
        break;
      }
      case 'PartialStatement':
      case 'PartialBlockStatement':
      case 'DecoratorBlock':
      case 'Decorator':
        problem = { message: 'partials and decorators are not supported in reply templates', ...pos(node) };
        break;
      default:
        break;
    }
  };
  visit(program as AstNode);
  if (problem) return { ok: false, error: problem };
  return { ok: true, variables, helpers };
}

/** Handlebars' parser errors are multi-line with a caret; turn them into one line with a position. */
export function describeParseError(raw: string): TemplateError {
  const lineMatch = /on line (\d+):/.exec(raw);
  const lines = raw.split('\n');
  const caret = lines.find((l) => /^-*\^$/.test(l));
  const expecting = /Expecting (.*), got '(\w+)'/.exec(raw);
  let message: string;
  if (expecting) {
    const got = expecting[2];
    const wanted = expecting[1];
    message = got === 'EOF' && wanted.includes('OPEN_ENDBLOCK')
      ? 'unclosed block: a {{#…}} has no matching {{/…}}'
      : got === 'EOF' ? 'template ends in the middle of an expression' : `unexpected ${tokenName(got)} in a {{…}} expression`;
  } else {
    const mismatch = /^(\S+) doesn't match (\S+)/.exec(raw);
    message = mismatch ? `{{/${mismatch[2]}}} closes {{#${mismatch[1]}}}; the block names must match` : raw.split('\n')[0];
  }
  const loc = /- (\d+):(\d+)$/.exec(lines[0]);
  if (loc) return { message, line: Number(loc[1]), column: Number(loc[2]) + 1 };
  return { message, line: lineMatch ? Number(lineMatch[1]) : 1, column: caret ? caret.length : 1 };
}

function tokenName(token: string): string {
  const names: Record<string, string> = { INVALID: 'character', CLOSE: '}}', OPEN: '{{', ID: 'name' };
  return names[token] ?? token.toLowerCase();
}
