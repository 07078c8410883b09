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

/** Cuts an article to its first `maxWords` whitespace-separated words; says whether it cut. */
export function truncateWords(text: string, maxWords: number): { text: string; truncated: boolean } {
  const words = text.trim().split(/\s+/);
  if (words.length <= maxWords) return { text: text.trim(), truncated: false };
  return { text: words.slice(0, maxWords).join(' '), truncated: true };
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
  const words = article.text === '' ? 0 : article.text.split(/\s+/).length;
  if (config.api === 'completions') {
    return { prompt: { id: row.id, prompt: config.prompt.completion_template.split('{article}').join(article.text) }, truncated: article.truncated, words };
  }
  const messages: ChatMessage[] = [];
  if (config.prompt.system) messages.push({ role: 'system', content: config.prompt.system });
  messages.push({ role: 'user', content: `${article.text}\n\n${config.prompt.instruction}` });
  return { prompt: { id: row.id, messages }, truncated: article.truncated, words };
}
