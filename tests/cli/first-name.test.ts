// The first name a queue row's author is greeted by: a name, or none (the template then greets without one).
import { describe, expect, it } from 'vitest';
import { firstNameOf } from '../../src/cli/first-name.js';

describe('the first name of a queue row\'s author', () => {
  it.each([
    ['Petra de Vries', 'Petra'],
    ['PETRA DE VRIES', 'Petra'],
    ['petra', 'Petra'],
    ['ANNE-MARIE Dubois', 'Anne-Marie'],
    ["D'Arcy Smith", "D'Arcy"],
    ['Åsa Lindqvist', 'Åsa'],
    ['McKenzie', 'McKenzie'],
  ])('%s: %s', (author, first) => {
    expect(firstNameOf(author)).toBe(first);
  });

  it.each([['DR. JANSEN'], ['Mevr. Bakker'], ['De heer Jansen'], ['Mevrouw de Vries'], ['Herr Müller'], ['Fröken Ek'], ['knitlover_88'], ['@lisa_breit'], ['J. Smith'], ['4ever_yarn'], [''], ['   ']])('%s: none', (author) => {
    expect(firstNameOf(author)).toBeUndefined();
  });
});
