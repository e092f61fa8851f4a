/** A language's name in the tool's language ("Swedish", "Zweeds"), or its code when the runtime has none. */
export function languageNames(ui: string): (id: string) => string {
  const names = new Intl.DisplayNames([ui], { type: 'language' });
  return (id) => names.of(id) ?? id;
}
