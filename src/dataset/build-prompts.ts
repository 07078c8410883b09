import type { BenchmarkConfig } from '../config/benchmark-config.js';
import type { RowList } from './row-store.js';
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

/** Whether a UTF-16 code unit is whitespace as `\s` matches it and `trim()` removes it (ECMAScript WhiteSpace and LineTerminator). */
function isSpace(c: number): boolean {
  if (c > 0x20 && c < 0xa0) return false;
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Cuts an article to its first `maxWords` whitespace-separated words (joined by one space); says whether
 * it cut, and how many words the text kept. One scan of the characters finds the words and stops one word
 * past the limit, allocating nothing until it knows the text: an article within the limit is returned
 * trimmed, one past it is cut where its last kept word ends and its spaces made single. Run on every row
 * the dataset keeps before the first request (start to first request: a regular-expression scan that
 * collected the words cost about a sixth of the start at 100,000 rows).
 */
export function truncateWords(text: string, maxWords: number): { text: string; truncated: boolean; words: number } {
  let words = 0;
  let start = -1;
  let end = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      if (words === maxWords) return { text: words === 0 ? '' : text.slice(start, end).replace(/\s+/g, ' '), truncated: true, words };
      inWord = true;
      words++;
      if (start < 0) start = i;
    }
    end = i + 1;
  }
  if (words === 0) return { text: '', truncated: maxWords < 1, words: 0 };
  return { text: text.slice(start, end), truncated: false, words };
}

/**
 * The prompts of the run's rows, each built when it is asked for: the load asks for request i's prompt as
 * it sends it (load/request-body.ts, PromptSource), so no prompt is built before the first request and
 * none is held after its request is sent. Row i's article is cut to its word limit: the one fitting the
 * served context set (fit-prompts.ts), else prompt.max_article_words.
 */
export class RowPrompts {
  constructor(
    private readonly rows: RowList,
    private readonly config: Pick<BenchmarkConfig, 'api' | 'prompt'>,
    private readonly wordLimits: Uint32Array | null = null,
  ) {}

  get count(): number {
    return this.rows.length;
  }

  promptFor(index: number): Prompt {
    return this.build(index, this.wordLimit(index)).prompt;
  }

  /** The words row i's article may keep in its prompt. */
  wordLimit(index: number): number {
    return this.wordLimits?.[index] ?? this.config.prompt.max_article_words;
  }

  /** Row i's prompt with its article cut to `maxWords` words, and how many words it kept. */
  build(index: number, maxWords: number): { prompt: Prompt; truncated: boolean; words: number } {
    return buildPrompt(this.rows.at(index)!, this.config, maxWords);
  }

  /** The same rows, row i's article cut to `limits[i]` words. */
  withWordLimits(limits: Uint32Array): RowPrompts {
    return new RowPrompts(this.rows, this.config, limits);
  }
}

/**
 * One row's prompt with its article cut to `maxWords` words (the pipeline cuts further to fit a context).
 * It follows HELM's XSum prompt: the article, a blank line, then "Summarize the above article in
 * 1 sentence." (chat) or HELM's "###\nArticle: …" completion template.
 */
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
