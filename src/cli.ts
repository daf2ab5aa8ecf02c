// The command line: options → the library pipeline → a sink. No cleaning logic lives here.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { Cleaner } from './pipeline/cleaner.js';
import { KEPT_ROLES, type CleanedArticle, type OutputFormat } from './types.js';
import { createFormatter, FORMATS } from './format/formatter.js';
import { ExitCode, NewscleanError } from './errors.js';
import { openInput, STDIN, totalSize } from './io/input.js';
import { activeTemps, atomicFileSink, ClosedPipe, streamSink, type Sink } from './io/output.js';
import { isKnownEncoding } from './pipeline/sniff.js';
import { useColour } from './io/colour.js';
import { createMessages, painter, type Messages } from './io/messages.js';
import { Progress } from './io/progress.js';
import { addArticle, emptyStats, formatStats } from './stats.js';
import { isEmptyArticle } from './pipeline/content.js';

interface CliOptions {
  format: OutputFormat;
  output?: string;
  captions: boolean;
  explain?: string;
  quiet?: boolean;
  keepBoilerplate?: boolean;
  keepDuplicates?: boolean;
  listRules?: boolean;
  encoding?: string;
  force?: boolean;
  stats?: boolean;
  color: boolean;
  debug?: boolean;
}

const EXAMPLES = `
Examples:
  $ newsclean dump.txt                          one JSON object per article
  $ cat dumps/*.txt | newsclean -f md > all.md  Markdown from stdin
  $ newsclean day1.txt day2.txt -f text -o clean.txt --explain dropped.jsonl

Exit codes: 0 ok, 64 usage, 65 bad data, 66 cannot read input, 73 cannot create output, 74 I/O error,
130/143 interrupted (SIGINT/SIGTERM).`;

/** Exit codes for a stop by signal: 128 + the signal's number. */
const SIGNAL_EXIT: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 130, SIGTERM: 143 };
/** How long a stop by signal may take to finish the write under way before we exit regardless. */
const STOP_GRACE_MS = 2000;

/** Raised into the run when a signal asks it to stop. */
class Interrupted extends Error {
  constructor(readonly signal: NodeJS.Signals) {
    super(`interrupted (${signal})`);
  }
}
const stop = new AbortController();

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function program(): Command {
  return new Command('newsclean')
    .description('Split scraped news dumps into clean articles (headline, captions, body).')
    .argument('[file...]', 'dump files; none or "-" reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('jsonl'))
    .option('-o, --output <file>', 'write there (atomically), else stdout')
    .option('--no-captions', 'leave the captions field out')
    .option('--explain <file>', 'JSON Lines, one record per dropped input line ("-" = stderr)')
    .option('--keep-boilerplate', 'only headline, caption and widget cleanup: keep the rest of the page')
    .option('--keep-duplicates', 'write articles the stream already had (exact or near copies)')
    .option('--list-rules', 'print every rule that can drop or move a line, with its reason')
    .option('-q, --quiet', 'no warnings on stderr')
    .option('--encoding <name>', 'decode input with this encoding (default: detect)')
    .option('--force', 'read input that looks binary instead of refusing it')
    .option('--stats', 'print a summary on stderr at the end')
    .option('--no-color', 'no colour codes (also NO_COLOR=1; FORCE_COLOR=1 forces them)')
    .option('--debug', 'show the stack trace of an internal error')
    .version(version(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(newsclean --help shows the options)')
    .exitOverride();
}

export async function main(argv: readonly string[]): Promise<number> {
  const cmd = program();
  try {
    cmd.parse(argv as string[]);
  } catch (error) {
    if (error instanceof CommanderError) {
      const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return ok ? ExitCode.Ok : ExitCode.Usage;
    }
    throw error;
  }
  const options = cmd.opts<CliOptions>();
  if (options.listRules) {
    const { RULES } = await import('./rules/catalog.js');
    process.stdout.write(RULES.map((r) => `${r.name}\t${r.reason}\n`).join(''));
    return ExitCode.Ok;
  }
  const paint = painter(useColour(process.stderr, process.env, options.color ? undefined : false));
  let progress: Progress | undefined;
  const messages = createMessages({ stream: process.stderr, paint, quiet: options.quiet, beforeWrite: () => progress?.clear() });
  const files = cmd.args.length > 0 ? cmd.args : [STDIN];
  if (cmd.args.length === 0 && process.stdin.isTTY) {
    process.stderr.write(cmd.helpInformation());
    return ExitCode.Usage;
  }
  if (options.encoding !== undefined && !isKnownEncoding(options.encoding)) {
    messages.error(`unknown encoding: ${options.encoding} (try utf-8, utf-16le, windows-1252, latin1)`);
    return ExitCode.Usage;
  }
  // Explain records on stderr ("-") would run into the redrawn line: no progress then.
  if (process.stderr.isTTY && !options.quiet && options.explain !== '-') {
    progress = new Progress({ stream: process.stderr, paint, total: await totalSize(files) });
  }
  try {
    return await run(files, options, messages, progress);
  } catch (error) {
    if (error instanceof ClosedPipe) return ExitCode.Ok;
    if (error instanceof Interrupted) {
      messages.warn(error.message);
      return SIGNAL_EXIT[error.signal] ?? 130;
    }
    if (error instanceof NewscleanError) {
      messages.error(error.message);
      return error.exitCode;
    }
    messages.error(`internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (options.debug) process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    else messages.info('(--debug shows the stack trace; please report this)');
    return 70;
  } finally {
    progress?.clear();
  }
}

async function run(files: readonly string[], options: CliOptions, messages: Messages, progress?: Progress): Promise<number> {
  const formatter = await createFormatter(options.format, { captions: options.captions });
  const out = options.output ? await atomicFileSink(options.output) : streamSink(process.stdout);
  let explain: Sink | undefined;
  let status: number = ExitCode.Ok;
  let readAny = false;
  const stats = emptyStats();
  const started = Date.now();
  let bytesBefore = 0;
  try {
    if (options.explain) explain = options.explain === '-' ? streamSink(process.stderr, 'standard error') : await atomicFileSink(options.explain);
    await out.write(formatter.start());
    let index = 0;
    for (const file of files) {
      let input;
      try {
        input = await openInput(file, stop.signal);
      } catch (error) {
        if (!(error instanceof NewscleanError)) throw error;
        messages.error(error.message);
        if (status === ExitCode.Ok) status = error.exitCode;
        continue;
      }
      const cleaner = new Cleaner({
        source: input.name,
        keepBoilerplate: options.keepBoilerplate ?? false,
        keepDuplicates: options.keepDuplicates ?? false,
        encoding: options.encoding,
        force: options.force,
        onWarning: messages.warn,
      });
      const emit = async (batch: CleanedArticle[]): Promise<void> => {
        if (stop.signal.aborted) throw stop.signal.reason;
        if (batch.length === 0) return;
        let text = '';
        let dropped = '';
        for (const cleaned of batch) {
          // Copies of earlier articles and articles with no kept text are left out (their lines still explained).
          const omitted = cleaned.duplicate === true || isEmptyArticle(cleaned.article);
          if (!omitted) {
            cleaned.article.index = index++;
            text += formatter.article(cleaned.article);
          }
          addArticle(stats, cleaned);
          if (explain) dropped += explainRecords(cleaned, omitted ? null : cleaned.article.index);
        }
        await out.write(text);
        if (explain) await explain.write(dropped);
      };
      // Input-side failures (a read error, binary data) end this file only; output failures end the run.
      const chunks = input.chunks[Symbol.asyncIterator]();
      let failed = false;
      try {
        for (let done = false; !done; ) {
          let batch: CleanedArticle[];
          try {
            const next = await chunks.next();
            done = next.done === true;
            batch = done ? cleaner.end() : cleaner.pushBytes(next.value);
          } catch (error) {
            if (!(error instanceof NewscleanError)) throw error;
            messages.error(error.message);
            if (status === ExitCode.Ok) status = error.exitCode;
            failed = true;
            break;
          }
          await emit(batch);
          progress?.update(bytesBefore + input.bytesRead(), stats.articles);
        }
      } finally {
        // Closes the file (or stdin) also when we stop early (EPIPE, a signal).
        await chunks.return?.();
      }
      if (!failed) readAny = true;
      bytesBefore += input.bytesRead();
    }
    stats.bytes = bytesBefore;
    if (!readAny && options.output) throw new NewscleanError(`no input could be read; ${options.output} left as it was`, status as ExitCode);
    await out.write(formatter.end());
    await out.close();
    await explain?.close();
    progress?.clear();
    if (options.stats) for (const line of formatStats(stats, (Date.now() - started) / 1000)) messages.info(line);
    return status;
  } catch (error) {
    out.abort();
    explain?.abort();
    throw error;
  }
}

/** `index` is null for an article left out of the output (a copy, or nothing kept): it has none of its own. */
function explainRecords({ article, decisions }: CleanedArticle, index: number | null): string {
  let text = '';
  for (const d of decisions) {
    if (KEPT_ROLES.has(d.role) || d.line.text.length === 0) continue;
    text += JSON.stringify({ source: article.source, line: d.line.n, article: index, rule: d.rule, text: d.line.text }) + '\n';
  }
  return text;
}

/**
 * SIGINT/SIGTERM (installed by bin/newsclean.js): stop reading, let the write under way finish (never half a
 * JSON line), drop the temp files, exit 130/143. A second signal, or a write stuck longer than
 * STOP_GRACE_MS, exits at once; temp files are removed either way.
 */
export function onInterrupt(signal: NodeJS.Signals): void {
  const code = SIGNAL_EXIT[signal] ?? 130;
  const exitNow = (): never => {
    for (const discard of [...activeTemps]) discard();
    process.exit(code);
  };
  if (stop.signal.aborted) exitNow();
  stop.abort(new Interrupted(signal));
  // The launcher listens once; a second signal must reach us too, not kill the process with temp files left.
  process.on(signal, onInterrupt);
  setTimeout(exitNow, STOP_GRACE_MS).unref();
}
