// What a --jobs thread keeps of a source's events while they wait for their turn in the output: the
// articles formatted ahead (Formatter.body, whatever lands before them) when no decisions are wanted,
// else the articles without decisions nobody reads. Workers post these; the main thread holds its own
// sources' events the same way, so what waits ahead of the output is small.
import { createFormatter } from '../format/formatter.js';
import { isWritten } from '../pipeline/content.js';
import type { SourceEvent, SourceOptions } from './clean-source.js';

export type Compact = (event: SourceEvent) => SourceEvent;

export async function eventCompactor(options: SourceOptions): Promise<Compact> {
  if (options.withDecisions) return (event) => event;
  const formatter = options.format ? await createFormatter(options.format.name, options.format.options) : undefined;
  const body = formatter?.body && formatter.place ? formatter.body : undefined;
  return (event) => {
    if (event.type !== 'articles') return event;
    const articles = event.articles.filter(isWritten);
    if (body) return { type: 'formatted', bodies: articles.map((a) => body(a.article)) };
    // Decisions are most of the message and the main thread would not read them.
    return { type: 'articles', articles: articles.map((a) => ({ article: a.article, decisions: [] })) };
  };
}
