import type { Paint } from '../../paint.js';
import type { FileResult } from '../run.js';

export interface FormatContext {
  cwd: string;
  /** Colours for people (chalk), or `plain`: SARIF, JSON and the others never use it. */
  paint: Paint;
  version: string;
  /** Language of the messages (rule ids and JSON keys stay English). */
  locale: string;
}

/** A formatter is a pure function from results to the text printed on stdout. */
export type Formatter = (results: readonly FileResult[], context: FormatContext) => string;
