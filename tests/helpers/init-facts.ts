// Every fact init cannot guess, given as flags: the playbook it writes has no placeholder left.
export const ALL_FACTS = ['--handle', 'x=@acme_care', '--support-email', 'care@acme-care.test', '--support-url', 'https://acme-care.test/help', '--house-rules', 'https://acme-care.test/rules',
  '--facts-url', 'https://acme-care.test/facts', '--contact', 'customer-service=#care on Slack', '--contact', 'social-lead=#social on Slack',
  '--contact', 'spokesperson=press@acme-care.test', '--contact', 'legal=legal@acme-care.test', '--contact', 'management=#duty-managers on Slack'];
