// The command line: options → the library pipeline → a sink. No cleaning logic lives here.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { Cleaner } from './pipeline/cleaner.js';
import { KEPT_ROLES, type CleanedArticle, type OutputFormat } from './types.js';
import { createFormatter, FORMATS } from './format/formatter.js';
import { ExitCode, NewscleanError } from './errors.js';
import { openInput, STDIN } from './io/input.js';
import { activeTemps, atomicFileSink, ClosedPipe, streamSink, type Sink } from './io/output.js';
import { useColour } from './io/colour.js';

interface CliOptions {
  format: OutputFormat;
  output?: string;
  captions: boolean;
  explain?: string;
  quiet?: boolean;
  keepBoilerplate?: boolean;
  keepDuplicates?: boolean;
  listRules?: boolean;
  annotate?: boolean;
  color: boolean;
}

const EXAMPLES = `
Examples:
  $ newsclean dump.txt                          one JSON object per article
  $ cat dumps/*.txt | newsclean -f md > all.md  Markdown from stdin
  $ newsclean day1.txt day2.txt -f text -o clean.txt --explain dropped.jsonl
  $ newsclean --annotate dump.txt               review each line: kept, dropped and why

Exit codes: 0 ok, 64 usage, 65 bad data, 66 cannot read input, 73 cannot create output, 74 I/O error.`;

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
    .addOption(new Option('--annotate', 'show the input line by line with its role (a review view), then a summary').conflicts('format'))
    .option('--no-color', 'no colour codes (also NO_COLOR=1; FORCE_COLOR=1 forces them)')
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
  const files = cmd.args.length > 0 ? cmd.args : [STDIN];
  if (cmd.args.length === 0 && process.stdin.isTTY) {
    process.stderr.write(cmd.helpInformation());
    return ExitCode.Usage;
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
  const formatter = await createFormatter(options.format, { captions: options.captions });
  const out = options.output ? await atomicFileSink(options.output) : streamSink(process.stdout);
  // --annotate replaces the format with the review view; it is loaded only when asked for.
  const view = options.annotate
    ? (await import('./format/annotate.js')).createAnnotator({
        colour: useColour(options.output ? {} : process.stdout, process.env, options.color ? undefined : false),
      })
    : undefined;
  let explain: Sink | undefined;
  let status: number = ExitCode.Ok;
  try {
    if (options.explain) explain = options.explain === '-' ? streamSink(process.stderr) : await atomicFileSink(options.explain);
    await out.write(view ? '' : formatter.start());
    let index = 0;
    for (const file of files) {
      let input;
      try {
        input = await openInput(file);
      } catch (error) {
        if (!(error instanceof NewscleanError)) throw error;
        process.stderr.write(`newsclean: ${error.message}\n`);
        status = error.exitCode;
        continue;
      }
      const cleaner = new Cleaner({
        source: input.name,
        keepBoilerplate: options.keepBoilerplate ?? false,
        keepDuplicates: options.keepDuplicates ?? false,
      });
      if (view) await out.write(view.beginSource(input.name));
      const emit = async (batch: CleanedArticle[]): Promise<void> => {
        if (batch.length === 0) return;
        let text = '';
        let dropped = '';
        for (const cleaned of batch) {
          if (!cleaned.duplicate) {
            cleaned.article.index = index++;
            if (!view) text += formatter.article(cleaned.article);
          }
          // The view shows a duplicate article too: its lines are part of the input.
          if (view) text += view.article(cleaned);
          if (explain) dropped += explainRecords(cleaned);
        }
        await out.write(text);
        if (explain) await explain.write(dropped);
      };
      for await (const chunk of input.chunks) await emit(cleaner.pushBytes(chunk));
      await emit(cleaner.end());
      if (view) await out.write(view.endSource(cleaner.lineCount));
    }
    await out.write(view ? view.end() : formatter.end());
    await out.close();
    await explain?.close();
    return status;
  } catch (error) {
    out.abort();
    explain?.abort();
    throw error;
  }
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


