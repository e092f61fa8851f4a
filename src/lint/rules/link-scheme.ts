import { phrase } from '../../i18n/phrase.js';
import { at, type Rule } from '../rule.js';

/** Links staff click in the guide and the public reads in replies: web and mail addresses only. */
const SAFE = /^(https?:\/\/|mailto:)/i;
const PLACEHOLDER = /^TODO:/;

export const linkScheme: Rule = {
  id: 'link-scheme',
  severity: 'error',
  description: 'The house-rules link, brand.links and brand.support.url are https://, http:// or mailto: addresses (never javascript: or data:).',
  check(context) {
    const { data } = context.playbook;
    const links: [string[], unknown][] = [
      [['policies', 'houseRules', 'link'], data.policies?.houseRules?.link],
      [['brand', 'support', 'url'], (data.brand?.support as Record<string, unknown> | undefined)?.url],
      ...Object.entries(data.brand?.links ?? {}).map(([key, value]): [string[], unknown] => [['brand', 'links', key], value]),
    ];
    return links
      .filter(([, value]) => typeof value === 'string' && value.trim() !== '' && !PLACEHOLDER.test(value) && !SAFE.test(value.trim()))
      .map(([path, value]) => at(linkScheme, context, path, phrase('link.scheme', { link: String(value).slice(0, 60) })));
  },
};
