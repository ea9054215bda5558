/** The formats a document can arrive in. */
export type DocumentFormat = 'html' | 'text' | 'markdown';

/** What the reader of a file knows before cleaning: decoded text, its format, and what the user supplied. */
export interface RawDocument {
  /** Where it came from: a file path or a URL, as the user gave it. */
  source: string;
  format: DocumentFormat;
  /** Decoded content (HTML markup or plain text). */
  content: string;
  /** Metadata the container supplied (a JSON wrapper) or the user gave (`--url`, `--published`). */
  hints?: MetadataHints;
}

/** Metadata a user or a wrapper file supplies; it wins over what the page says about itself. */
export interface MetadataHints {
  url?: string | null;
  title?: string | null;
  published?: string | null;
  author?: string | null;
  publisher?: string | null;
}

/** Bibliographic metadata of a document. Anything the document does not say stays null. */
export interface DocumentMeta {
  title: string | null;
  authors: string[];
  /** Publication date as YYYY-MM-DD, never filled from the clock. */
  published: string | null;
  publisher: string | null;
  url: string | null;
  /** BCP 47 language tag such as `en`, when the page declares it or the text makes it plain. */
  language: string | null;
}

/** A cleaned document: the article body as paragraphs separated by one blank line, and its metadata. */
export interface CleanDocument extends DocumentMeta {
  source: string;
  format: DocumentFormat;
  /** Paragraphs joined by "\n\n"; offsets cited by later stages index into this string. */
  text: string;
}

/** The paragraphs of a cleaned text, with their offsets in it. */
export function paragraphsOf(text: string): { start: number; end: number; text: string }[] {
  const out: { start: number; end: number; text: string }[] = [];
  const re = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
