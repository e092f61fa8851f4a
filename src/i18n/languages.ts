// The languages replyguide speaks (and its built-in playbook is written in). Its own file, so the
// command line can list them without loading every catalog at start-up.
export const LANGUAGES = ['en', 'nl', 'de', 'sv'] as const;
