// Playbook format v1, as data after validation against the schema (src/playbook/schema.ts).
import type { Action } from './actions.js';

export type AnswerValue = string | boolean | number;
export type Condition = AnswerValue | AnswerValue[] | { not: AnswerValue | AnswerValue[] } | { exists: boolean };
export type When = Record<string, Condition>;

export interface Choice {
  value: string;
  label: string;
  help?: string;
  hints?: string[];
}

export interface Question {
  id: string;
  prompt: string;
  help?: string;
  type: 'select' | 'confirm' | 'input';
  choices?: Choice[];
  when?: When;
  hints?: string[];
  /** A signal in the comment that suggests "yes" (see src/suggest/patterns.ts). */
  detect?: 'threat' | 'personal-data' | 'tried-before';
  required?: boolean;
  default?: AnswerValue;
  sample?: string;
}

export interface Step {
  action: Action;
  text?: string;
  to?: string;
  when?: When;
}

export interface ToneOverrides {
  maxSentences?: number;
  maxWords?: number;
  apology?: 'allowed' | 'avoid';
  nextStep?: 'expected' | 'optional';
}

export interface Situation {
  id: string;
  title: string;
  description?: string;
  why?: string;
  when?: When;
  template?: string;
  noReply?: string;
  respondWithin?: string;
  /** Count the target in wall-clock time, whatever the hour; outside hours the on-call contact is named. */
  anyHour?: boolean;
  /** How long after the reply to go back to the thread (a follow-up step), default 1d, in staffed time. */
  followUpAfter?: string;
  /** Outside hours, a holding reply to post now: true for the playbook's (policies.hours.holdingReply), or a template id. */
  holdingReply?: string | boolean;
  route?: string;
  steps?: Step[];
  tone?: ToneOverrides;
}

/** When the team works: response targets count only this time. */
export interface Hours {
  /** IANA zone, e.g. Europe/Amsterdam. */
  timeZone: string;
  /** Spans per weekday ("08:00-12:00"); a day not listed is not staffed. */
  week: Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', string[]>>;
  /** Public holidays of a country (ISO 3166 code) and optionally a region, from date-holidays. */
  holidays?: { country: string; region?: string };
  /** The team's own closed days, YYYY-MM-DD. */
  closed?: string[];
  /** Contact id of who is on call outside hours. */
  onCall?: string;
  /** Template of the holding reply posted outside hours (it can say when we are back: {{reopens}}). */
  holdingReply?: string;
}

export interface Contact {
  name: string;
  role?: string;
  reach?: string;
  handles?: string[];
}

export interface Example {
  id: string;
  comment: string;
  answers: Record<string, AnswerValue>;
  agent?: string;
  /** replyContains is localized to this playbook's locale (see localize.ts). */
  expect: { situation?: string; steps?: Action[]; reply?: boolean; replyContains?: string[] };
}

export interface Playbook {
  format: 1;
  id: string;
  name: string;
  version?: string | number;
  description?: string;
  locale: string;
  locales?: string[];
  templatesDir?: string;
  brand: {
    name: string;
    handles?: Record<string, string>;
    support?: Record<string, string>;
    links?: Record<string, string>;
  };
  policies?: {
    logComments?: boolean;
    houseRules?: { text: string; link?: string };
    responseTimes?: Record<string, string>;
    hours?: Hours;
    review?: { lastReviewed: string; interval: string; owner?: string };
  };
  contacts?: Record<string, Contact>;
  questions: Question[];
  situations: Situation[];
  templates?: Record<string, Record<string, string[]>>;
  examples?: Example[];
  tone?: {
    maxSentences?: number;
    maxWords?: number;
    allowCaps?: string[];
    voice?: 'formal' | 'informal';
    rules?: Record<string, 'error' | 'warning' | 'off'>;
  };
}
