// Types of the standalone validator that scripts/build-validator.mjs generates next to this file.
declare const validate: ((data: unknown) => boolean) & { errors?: unknown[] | null };
export = validate;
