// Colours for the text a person reads. Chalk sets itself up when it is loaded (a getter for every style
// on its prototypes: ~1.5 ms of a `check`), so text without colour (piped, NO_COLOR, --no-color) is
// painted by `plain`, and chalk is loaded only for colour.

type Style = (text: string) => string;

/** The styles replyguide's text output uses; a chalk instance is one. */
export interface Paint {
  /** 0 without colour. */
  level: number;
  bold: Style;
  dim: Style;
  green: Style;
  underline: Style;
  red: Style & { bold: Style };
  yellow: Style & { bold: Style };
}

const same: Style = (text) => text;
const sameAndBold = Object.assign((text: string) => text, { bold: same });

/** Every style gives the text as it is. */
export const plain: Paint = { level: 0, bold: same, dim: same, green: same, underline: same, red: sameAndBold, yellow: sameAndBold };

/** Chalk for colour, `plain` without. */
export async function painter(color: boolean): Promise<Paint> {
  if (!color) return plain;
  const { Chalk } = await import('chalk');
  return new Chalk({ level: 1 });
}
