// The command line: options → the library pipeline → a sink. No cleaning logic lives here.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { KEPT_ROLES, type CleanedArticle, type OutputFormat } from './types.js';
import { createFormatter, FORMATS } from './format/formatter.js';
import { ExitCode, NewscleanError } from './errors.js';
import { STDIN, totalSize } from './io/input.js';
import { activeTemps, atomicFileSink, ClosedPipe, streamSink, type Sink } from './io/output.js';
import { isKnownEncoding } from './pipeline/sniff.js';
import { useColour } from './io/colour.js';
import { createMessages, painter, type Messages } from './io/messages.js';
import { Progress } from './io/progress.js';
import { addArticle, emptyStats, formatStats } from './stats.js';
import { isWritten } from './pipeline/content.js';
import { cleanInOrder, type SourceEvent, type SourceOptions } from './run/clean-source.js';

interface CliOptions {
  format: OutputFormat;
  output?: string;
  captions: boolean;
  explain?: string;
  quiet?: boolean;
  jobs?: number;
  keepBoilerplate?: boolean;
  keepDuplicates?: boolean;
  listRules?: boolean;
  encoding?: string;
  force?: boolean;
  stats?: boolean;
  color: boolean;
  debug?: boolean;
  annotate?: boolean;
}

const EXAMPLES = `
Examples:
  $ newsclean dump.txt                          one JSON object per article
  $ cat dumps/*.txt | newsclean -f md > all.md  Markdown from stdin
  $ newsclean day1.txt day2.txt -f text -o clean.txt --explain dropped.jsonl
  $ newsclean --annotate dump.txt | less -R     review each line: kept, dropped and why

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

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1) throw new commander.InvalidArgumentError('expected a whole number ≥ 1.');
  return n;
}

// commander takes ~30 ms to load, a third of newsclean's start-up: it is loaded only when there are
// options to parse. `newsclean [file...]` (how shell loops and GNU parallel call it) runs without it.
let commander: typeof import('commander');

/** The options of a run given no options; test/cli-startup.test.ts checks them against commander's. */
export const PLAIN_OPTIONS: Readonly<CliOptions> = { format: 'jsonl', captions: true, color: true };

/** The files of a command line that holds only file names (or "-"), else undefined. */
export function plainFiles(args: readonly string[], stdinIsTTY: boolean): string[] | undefined {
  if (args.some((a) => a.startsWith('-') && a !== STDIN)) return undefined;
  if (args.length === 0 && stdinIsTTY) return undefined; // help, from commander
  return args.length > 0 ? [...args] : [STDIN];
}

export async function program(): Promise<Command> {
  commander ??= await import('commander');
  const { Command, Option } = commander;
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
    .option('-j, --jobs <n>', 'files cleaned in parallel (default: one per core for several files)', parseJobs)
    .option('--encoding <name>', 'decode input with this encoding (default: detect)')
    .option('--force', 'read input that looks binary instead of refusing it')
    .option('--stats', 'print a summary on stderr at the end')
    .option('--no-color', 'no colour codes (also NO_COLOR=1; FORCE_COLOR=1 forces them)')
    .option('--debug', 'show the stack trace of an internal error')
    .addOption(new Option('--annotate', 'show the input line by line with its role (a review view), then a summary').conflicts('format'))
    .version(version(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(newsclean --help shows the options)')
    .exitOverride();
}

async function parse(argv: readonly string[]): Promise<{ files: string[]; options: CliOptions } | number> {
  const cmd = await program();
  try {
    cmd.parse(argv as string[]);
  } catch (error) {
    if (error instanceof commander.CommanderError) {
      const ok = error.code === 'commander.helpDisplayed' || error.code === 'commander.version';
      return ok ? ExitCode.Ok : ExitCode.Usage;
    }
    throw error;
  }
  if (cmd.args.length === 0 && process.stdin.isTTY) {
    process.stderr.write(cmd.helpInformation());
    return ExitCode.Usage;
  }
  return { files: cmd.args.length > 0 ? cmd.args : [STDIN], options: cmd.opts<CliOptions>() };
}

export async function main(argv: readonly string[]): Promise<number> {
  const plain = plainFiles(argv.slice(2), process.stdin.isTTY === true);
  const parsed = plain ? { files: plain, options: { ...PLAIN_OPTIONS } } : await parse(argv);
  if (typeof parsed === 'number') return parsed; // help, version or a usage error
  const { files, options } = parsed;
  if (options.listRules) {
    const { RULES } = await import('./rules/catalog.js');
    process.stdout.write(RULES.map((r) => `${r.name}\t${r.reason}\n`).join(''));
    return ExitCode.Ok;
  }
  const paint = await painter(useColour(process.stderr, process.env, options.color ? undefined : false));
  let progress: Progress | undefined;
  const messages = createMessages({ stream: process.stderr, paint, quiet: options.quiet, beforeWrite: () => progress?.clear() });
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
  const formatOptions = { captions: options.captions };
  const formatter = await createFormatter(options.format, formatOptions);
  const out = options.output ? await atomicFileSink(options.output) : streamSink(process.stdout);
  // --annotate replaces the format with the review view; it is loaded only when asked for.
  const view = options.annotate
    ? (await import('./format/annotate.js')).createAnnotator({
        colour: useColour(options.output ? {} : process.stdout, process.env, options.color ? undefined : false),
      })
    : undefined;
  let explain: Sink | undefined;
  let status: number = ExitCode.Ok;
  let readAny = false;
  const stats = emptyStats();
  const started = Date.now();
  let bytesBefore = 0;
  try {
    if (options.explain) explain = options.explain === '-' ? streamSink(process.stderr, 'standard error') : await atomicFileSink(options.explain);
    await out.write(view ? '' : formatter.start());
    let index = 0;
    const sourceOptions: SourceOptions = {
      withDecisions: options.explain !== undefined || options.stats === true || view !== undefined,
      keepBoilerplate: options.keepBoilerplate ?? false,
      keepDuplicates: options.keepDuplicates ?? false,
      ...(options.encoding !== undefined && { encoding: options.encoding }),
      ...(options.force !== undefined && { force: options.force }),
      format: { name: options.format, options: formatOptions },
    };
    for await (const event of await sources(files, options.jobs, sourceOptions)) {
      if (stop.signal.aborted) throw stop.signal.reason;
      switch (event.type) {
        case 'error':
          messages.error(event.message);
          if (status === ExitCode.Ok) status = event.exitCode;
          break;
        case 'warning':
          messages.warn(event.message);
          break;
        case 'read':
          progress?.update(bytesBefore + event.bytes, stats.articles);
          break;
        case 'begin':
          if (view) await out.write(view.beginSource(event.name));
          break;
        case 'end':
          if (event.ok) readAny = true;
          bytesBefore += event.bytes;
          if (view && event.ok) await out.write(view.endSource(event.lines));
          break;
        case 'formatted': {
          // A worker formatted these; what depends on their place (index, separator) is added here.
          let text = '';
          for (const body of event.bodies) text += formatter.place!(index++) + body;
          stats.articles += event.bodies.length;
          await out.write(text);
          break;
        }
        case 'articles': {
          // Numbering is global across sources, so it is given here, in output order.
          let text = '';
          let dropped = '';
          for (const cleaned of event.articles) {
            // Copies of earlier articles and articles with no kept text are left out (their lines still explained).
            const written = isWritten(cleaned);
            if (written) {
              cleaned.article.index = index++;
              if (!view) text += formatter.article(cleaned.article);
            }
            // The view shows every article, copies too: their lines are part of the input.
            if (view) text += view.article(cleaned);
            addArticle(stats, cleaned, options.stats === true);
            if (explain) dropped += explainRecords(cleaned, written ? cleaned.article.index : null);
          }
          await out.write(text);
          if (explain) await explain.write(dropped);
          break;
        }
      }
    }
    stats.bytes = bytesBefore;
    if (!readAny && options.output) throw new NewscleanError(`no input could be read; ${options.output} left as it was`, status as ExitCode);
    await out.write(view ? view.end() : formatter.end());
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

/** The sources' events in input order: on this thread, or from a worker pool (--jobs). */
async function sources(files: readonly string[], jobsOption: number | undefined, sourceOptions: SourceOptions): Promise<AsyncIterable<SourceEvent>> {
  if (jobsOption === 1 || (jobsOption === undefined && files.length < 2)) return cleanInOrder(files, sourceOptions, stop.signal);
  const pool = await import('./run/pool.js'); // worker_threads only when there is a pool to run
  const jobs = jobsOption ?? pool.defaultJobs(files);
  return jobs > 1 ? pool.cleanInParallel(files, jobs, sourceOptions) : cleanInOrder(files, sourceOptions, stop.signal);
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
