// The command line: options → the library pipeline → a sink. No cleaning logic lives here.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { KEPT_ROLES, type CleanedArticle, type OutputFormat } from './types.js';
import { createFormatter, FORMATS } from './format/formatter.js';
import { ExitCode, NewscleanError } from './errors.js';
import { STDIN } from './io/input.js';
import { activeTemps, atomicFileSink, ClosedPipe, streamSink, type Sink } from './io/output.js';
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
}

const EXAMPLES = `
Examples:
  $ newsclean dump.txt                          one JSON object per article
  $ cat dumps/*.txt | newsclean -f md > all.md  Markdown from stdin
  $ newsclean day1.txt day2.txt -f text -o clean.txt --explain dropped.jsonl

Exit codes: 0 ok, 64 usage, 65 bad data, 66 cannot read input, 73 cannot create output, 74 I/O error.`;

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
export const PLAIN_OPTIONS: Readonly<CliOptions> = { format: 'jsonl', captions: true };

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
  try {
    return await run(files, options);
  } catch (error) {
    if (error instanceof ClosedPipe) return ExitCode.Ok;
    if (error instanceof NewscleanError) {
      process.stderr.write(`newsclean: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

async function run(files: readonly string[], options: CliOptions): Promise<number> {
  const formatOptions = { captions: options.captions };
  const formatter = await createFormatter(options.format, formatOptions);
  const out = options.output ? await atomicFileSink(options.output) : streamSink(process.stdout);
  let explain: Sink | undefined;
  let status: number = ExitCode.Ok;
  try {
    if (options.explain) explain = options.explain === '-' ? streamSink(process.stderr) : await atomicFileSink(options.explain);
    await out.write(formatter.start());
    let index = 0;
    const sourceOptions: SourceOptions = {
      withDecisions: options.explain !== undefined,
      keepBoilerplate: options.keepBoilerplate ?? false,
      keepDuplicates: options.keepDuplicates ?? false,
      format: { name: options.format, options: formatOptions },
    };
    for await (const event of await sources(files, options.jobs, sourceOptions)) {
      if (event.type === 'error') {
        process.stderr.write(`newsclean: ${event.message}\n`);
        status = event.exitCode;
      } else if (event.type === 'warning') {
        if (!options.quiet) process.stderr.write(`newsclean: warning: ${event.message}\n`);
      } else if (event.type === 'formatted') {
        // A worker formatted these; what depends on their place (index, separator) is added here.
        let text = '';
        for (const body of event.bodies) text += formatter.place!(index++) + body;
        await out.write(text);
      } else {
        // Numbering is global across sources, so it is given here, in output order.
        let text = '';
        let dropped = '';
        for (const cleaned of event.articles) {
          if (!cleaned.duplicate) {
            cleaned.article.index = index++;
            text += formatter.article(cleaned.article);
          }
          if (explain) dropped += explainRecords(cleaned);
        }
        await out.write(text);
        if (explain) await explain.write(dropped);
      }
    }
    await out.write(formatter.end());
    await out.close();
    await explain?.close();
    return status;
  } catch (error) {
    out.abort();
    explain?.abort();
    throw error;
  }
}

/** The sources' events in input order: on this thread, or from a worker pool (--jobs). */
async function sources(files: readonly string[], jobsOption: number | undefined, sourceOptions: SourceOptions): Promise<AsyncIterable<SourceEvent>> {
  if (jobsOption === 1 || (jobsOption === undefined && files.length < 2)) return cleanInOrder(files, sourceOptions);
  const pool = await import('./run/pool.js'); // worker_threads only when there is a pool to run
  const jobs = jobsOption ?? pool.defaultJobs(files);
  return jobs > 1 ? pool.cleanInParallel(files, jobs, sourceOptions) : cleanInOrder(files, sourceOptions);
}

function explainRecords({ article, decisions, duplicate }: CleanedArticle): string {
  let text = '';
  // A dropped copy has no index of its own in the output.
  const index = duplicate ? null : article.index;
  for (const d of decisions) {
    if (KEPT_ROLES.has(d.role) || d.line.text.length === 0) continue;
    text += JSON.stringify({ source: article.source, line: d.line.n, article: index, rule: d.rule, text: d.line.text }) + '\n';
  }
  return text;
}

/** Remove unpublished temp files if the process is told to stop. */
export function onInterrupt(signal: NodeJS.Signals): void {
  for (const cleanup of activeTemps) cleanup();
  process.exitCode = signal === 'SIGINT' ? 130 : 143;
  process.exit();
}


