import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { XsumRow } from './xsum-row.js';

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** What is sent for one row: chat messages for /v1/chat/completions or a prompt for /v1/completions. */
export interface Prompt {
  id: string;
  messages?: ChatMessage[];
  prompt?: string;
}

export interface BuiltPrompts {
  prompts: Prompt[];
  /** Articles longer than prompt.max_article_words, cut to it. */
  truncated: number;
}

/**
 * Cuts an article to its first `maxWords` whitespace-separated words (joined by one space); says whether
 * it cut, and how many words the text kept. The words are found by a scan that stops one word past the
 * limit, so a long article costs the words kept, not a split of all of it (start to first request).
 */
export function truncateWords(text: string, maxWords: number): { text: string; truncated: boolean; words: number } {
  const trimmed = text.trim();
  if (trimmed === '') return { text: '', truncated: maxWords < 1, words: 0 };
  const word = /\S+/g;
  const kept: string[] = [];
  let match: RegExpExecArray | null;
  while ((match = word.exec(trimmed)) !== null) {
    if (kept.length === maxWords) return { text: kept.join(' '), truncated: true, words: kept.length };
    kept.push(match[0]);
  }
  return { text: trimmed, truncated: false, words: kept.length };
}

/**
 * The default follows HELM's XSum prompt: the article, a blank line, then "Summarize the above article
 * in 1 sentence." (chat) or HELM's "###\nArticle: …" completion template.
 */
export function buildPrompts(rows: readonly XsumRow[], config: Pick<BenchmarkConfig, 'api' | 'prompt'>): BuiltPrompts {
  let truncated = 0;
  const prompts = rows.map((row): Prompt => {
    const built = buildPrompt(row, config, config.prompt.max_article_words);
    if (built.truncated) truncated++;
    return built.prompt;
  });
  return { prompts, truncated };
}

/** One row's prompt with its article cut to `maxWords` words (the pipeline cuts further to fit a context). */
export function buildPrompt(row: XsumRow, config: Pick<BenchmarkConfig, 'api' | 'prompt'>, maxWords: number): { prompt: Prompt; truncated: boolean; words: number } {
  const article = truncateWords(row.document, maxWords);
  const words = article.words;
  if (config.api === 'completions') {
    return { prompt: { id: row.id, prompt: config.prompt.completion_template.split('{article}').join(article.text) }, truncated: article.truncated, words };
  }
  const messages: ChatMessage[] = [];
  if (config.prompt.system) messages.push({ role: 'system', content: config.prompt.system });
  messages.push({ role: 'user', content: `${article.text}\n\n${config.prompt.instruction}` });
  return { prompt: { id: row.id, messages }, truncated: article.truncated, words };
}
