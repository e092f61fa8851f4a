// Shell completion: `replyguide completion bash|zsh|fish` prints a script that asks replyguide itself
// (`replyguide completion --complete -- <words>`) what may come next, so commands, flags and `--format`
// values come from the program's own definitions and situation and question ids from the playbook in use.

/** What completion needs of a command: its name, sub-commands and options (as commander describes them). */
export interface CommandShape {
  name(): string;
  commands: readonly CommandShape[];
  options: readonly { long?: string; short?: string; required: boolean; optional: boolean; argChoices?: string[]; hidden?: boolean }[];
  _hidden?: boolean;
}

/** Ids from the playbook in use: situations, and questions with their choices (yes/no for yes/no questions). */
export interface PlaybookIds {
  situations: string[];
  questions: { id: string; values: string[] }[];
}

/**
 * What may come next after `words` (the command line so far, without "replyguide"; the last one is the
 * word being typed, possibly empty). Files are left to the shell: an empty list where a path goes.
 */
export function completions(program: CommandShape, words: string[], ids: () => PlaybookIds | undefined): string[] {
  const typed = words.at(-1) ?? '';
  const before = words.slice(0, -1);
  let command = program;
  for (const word of before) {
    const sub = command.commands.find((c) => c.name() === word);
    if (sub) command = sub;
    else if (!word.startsWith('-')) break;
  }
  const previous = before.at(-1);
  const option = previous?.startsWith('-') ? command.options.find((o) => o.long === previous || o.short === previous) : undefined;
  if (option && (option.required || option.optional)) return startingWith(valuesFor(option.long ?? '', option.argChoices, typed, ids), typed);
  if (typed.startsWith('-')) return startingWith(command.options.filter((o) => !o.hidden && o.long).map((o) => o.long!), typed);
  return startingWith(command.commands.filter((c) => !c._hidden).map((c) => c.name()), typed);
}

function valuesFor(flag: string, choices: string[] | undefined, typed: string, ids: () => PlaybookIds | undefined): string[] {
  if (choices) return choices;
  if (flag === '--situation') return ids()?.situations ?? [];
  if (flag === '--answer') {
    const questions = ids()?.questions ?? [];
    const at = typed.indexOf('=');
    if (at === -1) return questions.map((q) => `${q.id}=`);
    const question = questions.find((q) => q.id === typed.slice(0, at));
    return (question?.values ?? []).map((v) => `${question!.id}=${v}`);
  }
  return [];
}

const startingWith = (candidates: string[], typed: string) => candidates.filter((c) => c.startsWith(typed));

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The script a shell sources; every candidate comes from `replyguide completion --complete`. */
export function completionScript(shell: Shell): string {
  switch (shell) {
    case 'bash':
      return `# replyguide completion for bash: add to ~/.bashrc
#   source <(replyguide completion bash)
_replyguide() {
  local IFS=$'\\n'
  local words=() i w
  # Bash splits "kind=pr" into "kind" "=" "pr" (COMP_WORDBREAKS): glue them back for replyguide.
  for (( i=1; i<=COMP_CWORD; i++ )); do
    w=\${COMP_WORDS[i]}
    if (( \${#words[@]} > 0 )) && [[ $w == = || ( \${words[\${#words[@]}-1]} == *= && $w != -* ) ]]; then words[\${#words[@]}-1]+=$w; else words+=("$w"); fi
  done
  COMPREPLY=($(replyguide completion --complete -- "\${words[@]}" 2>/dev/null))
  # Readline then replaces only what follows the "=": offer just that part.
  local typed=\${words[\${#words[@]}-1]}
  if [[ $typed == *=* && $COMP_WORDBREAKS == *=* ]]; then COMPREPLY=("\${COMPREPLY[@]#\"\${typed%=*}=\"}"); fi
  if [ \${#COMPREPLY[@]} -eq 0 ]; then COMPREPLY=($(compgen -f -- "\${COMP_WORDS[COMP_CWORD]}")); fi
  [[ \${COMPREPLY[0]} == *= ]] && compopt -o nospace 2>/dev/null
  return 0
}
complete -F _replyguide replyguide
`;
    case 'zsh':
      return `# replyguide completion for zsh: add to ~/.zshrc
#   source <(replyguide completion zsh)
_replyguide() {
  local -a candidates
  candidates=("\${(@f)$(replyguide completion --complete -- "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  if (( \${#candidates[@]} == 0 )) || [[ -z \${candidates[1]} ]]; then _files; return; fi
  compadd -S '' -- "\${(@)candidates:#*[^=]}"
  compadd -- "\${(@)candidates:#*=}"
}
compdef _replyguide replyguide
`;
    case 'fish':
      return `# replyguide completion for fish: save as ~/.config/fish/completions/replyguide.fish
#   replyguide completion fish > ~/.config/fish/completions/replyguide.fish
function __replyguide_complete
  set -l words (commandline -opc)[2..-1] (commandline -ct)
  replyguide completion --complete -- $words 2>/dev/null
end
complete -c replyguide -f -a '(__replyguide_complete)'
complete -c replyguide -n 'test -z (__replyguide_complete | string collect)' -F
`;
  }
}
