// Handlebars' syntax-tree types (declared by the handlebars package as the global namespace `hbs`).
import type {} from 'handlebars';

export type Program = hbs.AST.Program;
export type AstNode = hbs.AST.Node & Record<string, any>;
