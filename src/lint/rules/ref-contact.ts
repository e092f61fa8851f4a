import type { Diagnostic } from '../../diagnostics.js';
import { didYouMean } from '../../playbook/suggest.js';
import { at, type Rule } from '../rule.js';

export const refContact: Rule = {
  id: 'ref-contact',
  severity: 'error',
  description: 'Every `route` and step `to` names a contact in `contacts`.',
  check(context) {
    const { data } = context.playbook;
    const ids = Object.keys(data.contacts ?? {});
    const out: Diagnostic[] = [];
    const check = (id: string | undefined, path: (string | number)[]) => {
      if (id !== undefined && !ids.includes(id)) out.push(at(refContact, context, path, `no contact "${id}"${didYouMean(id, ids) || (ids.length ? ` (contacts: ${ids.join(', ')})` : ' (the playbook has no contacts)')}`));
    };
    data.situations.forEach((s, i) => {
      check(s.route, ['situations', i, 'route']);
      s.steps?.forEach((step, j) => check(step.to, ['situations', i, 'steps', j, 'to']));
    });
    return out;
  },
};
