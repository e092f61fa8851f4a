// Renders a parsed template by walking its syntax tree. Reply templates use a small subset of
// Handlebars (paths, our helpers, if/unless/each/with); interpreting that subset directly is much
// faster than Handlebars' code generation, which dominated lint time for large playbook sets.
// Semantics follow Handlebars with { strict: true, noEscape: true, knownHelpersOnly: true }.
import type { AstNode, Program } from './ast.js';
import { HELPERS } from './helpers.js';
import { own } from '../own.js';


/** A template problem found while rendering, with its position in the template text. */
export class RenderFailure extends Error {
  constructor(message: string, readonly line: number, readonly column: number) {
    super(message);
  }
}

interface Frame {
  context: unknown;
  data: Record<string, unknown>;
}

export function evaluate(program: Program, root: unknown): string {
  return renderProgram(program as AstNode, [{ context: root, data: { root } }]);
}

function renderProgram(program: AstNode | null | undefined, frames: Frame[]): string {
  if (!program) return '';
  let out = '';
  for (const statement of program.body as AstNode[]) out += renderStatement(statement, frames);
  return out;
}

function renderStatement(node: AstNode, frames: Frame[]): string {
  switch (node.type) {
    case 'ContentStatement':
      return node.value;
    case 'CommentStatement':
      return '';
    case 'MustacheStatement': {
      const value = node.params.length > 0 || node.hash ? callHelper(node, frames) : lookup(node.path, frames);
      return value === null || value === undefined ? '' : String(value);
    }
    case 'BlockStatement':
      return renderBlock(node, frames);
    default:
      throw new RenderFailure(`${node.type} is not supported in reply templates`, node.loc?.start.line ?? 1, node.loc?.start.column ?? 0);
  }
}

function renderBlock(node: AstNode, frames: Frame[]): string {
  const name = node.path.original as string;
  const isBuiltin = name === 'if' || name === 'unless' || name === 'each' || name === 'with';
  const value = isBuiltin ? expression(node.params[0], frames) : node.params.length > 0 ? callHelper(node, frames) : lookup(node.path, frames);
  const current = frames[frames.length - 1];
  const inner = (context: unknown, data: Record<string, unknown> = {}) => renderProgram(node.program, [...frames, { context, data: { ...current.data, ...data } }]);
  switch (isBuiltin ? name : 'section') {
    case 'if':
      return truthy(value) ? renderProgram(node.program, frames) : renderProgram(node.inverse, frames);
    case 'unless':
      return truthy(value) ? renderProgram(node.inverse, frames) : renderProgram(node.program, frames);
    case 'with':
      return truthy(value) ? inner(value) : renderProgram(node.inverse, frames);
    case 'each':
      return each(value, inner) || renderProgram(node.inverse, frames);
    default:
      // {{#answers.x}}…{{/answers.x}}: Handlebars' blockHelperMissing.
      if (value === true) return renderProgram(node.program, frames);
      if (!truthy(value)) return renderProgram(node.inverse, frames);
      if (Array.isArray(value)) return each(value, inner);
      return inner(value);
  }
}

function each(value: unknown, inner: (context: unknown, data: Record<string, unknown>) => string): string {
  if (Array.isArray(value)) {
    return value.map((item, index) => inner(item, { index, first: index === 0, last: index === value.length - 1, key: index })).join('');
  }
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value);
    return keys.map((key, index) => inner((value as Record<string, unknown>)[key], { key, index, first: index === 0, last: index === keys.length - 1 })).join('');
  }
  return '';
}

function callHelper(node: AstNode, frames: Frame[]): unknown {
  const name = node.path.original as string;
  const helper = own(HELPERS as Record<string, (this: unknown, ...args: unknown[]) => unknown>, name);
  if (!helper) throw new RenderFailure(`unknown helper "${name}"`, node.loc.start.line, node.loc.start.column);
  return helper.apply(frames[0].context, (node.params as AstNode[]).map((param) => expression(param, frames)));
}

function expression(node: AstNode | undefined, frames: Frame[]): unknown {
  if (!node) return undefined;
  switch (node.type) {
    case 'PathExpression':
      return lookup(node, frames);
    case 'SubExpression':
      return callHelper(node, frames);
    case 'StringLiteral':
    case 'NumberLiteral':
    case 'BooleanLiteral':
      return node.value;
    case 'NullLiteral':
      return null;
    default:
      return undefined;
  }
}

/** Strict lookup of own properties only: never the prototype chain. */
function lookup(path: AstNode, frames: Frame[]): unknown {
  const frame = frames[Math.max(0, frames.length - 1 - (path.depth as number))];
  let value: unknown = path.data ? frame.data : frame.context;
  const parts = path.parts as string[];
  if (path.data && parts[0] === 'root') return resolveParts(frame.data.root, parts.slice(1), path);
  return resolveParts(value, parts, path);
  function resolveParts(start: unknown, rest: string[], node: AstNode): unknown {
    value = start;
    for (const part of rest) {
      if (value === null || value === undefined || typeof value !== 'object' || !Object.hasOwn(value, part)) {
        throw new RenderFailure(`"${part}" is not defined`, node.loc.start.line, node.loc.start.column);
      }
      value = (value as Record<string, unknown>)[part];
    }
    return value;
  }
}

/** Handlebars' #if: false, null, undefined, "", 0 and [] are false. */
function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}
