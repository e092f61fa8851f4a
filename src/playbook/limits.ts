// Limits that keep a hostile or broken file from hanging or exhausting the tool.
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
export const MAX_LINE_CHARS = 10_000;
export const MAX_DEPTH = 64;
