import { setFlagsFromString } from 'node:v8';
import { loadConfig } from '../../config/load-config.js';
import { EnvironmentError } from '../../config/environment-error.js';
import { runImport } from '../../db/import/run-import.js';
import { importLimitsSchema } from '../../import/import-limits.js';
import { importTypes } from '../../import/import-types.js';
import { cliActor } from '../cli-actor.js';
import type { CliCommand } from '../cli-command.js';
import { InputError } from '../input-error.js';
import { openStore } from '../open-store.js';
import { parseCliArgs } from '../parse-cli-args.js';

const defaults = importLimitsSchema.parse({});
const typeNames = importTypes.map((t) => t.name);
const afterPeople = typeNames.slice(typeNames.indexOf('people') + 1);

const help = `Usage: steward import <file.csv> [--type <type>]
       steward import <folder>

Adds or updates roster data from CSV (header row first, any column order, UTF-8,
quoting per RFC 4180). Rows are matched by their natural key, so importing the same
file again changes nothing ("0 changed").

  <file.csv>          one file; its type comes from --type, or from its name (orders.csv)
  <folder>            every <type>.csv in it, in dependency order, in ONE transaction
                      (this is how departments and their heads, who are people, go in together)
  --type <type>       ${typeNames.join(' | ')}
  --max-size <MB>     refuse larger files (default ${defaults.maxBytes / 1024 / 1024})
  -h, --help          this text

All or nothing: every row is checked first (values, required and unknown columns,
duplicate keys, references to customers/people/departments); if anything is wrong,
nothing is written and every problem is listed as
  file:line: column: what is wrong (expected …)
Single files must come in this order (a folder import does it for you):
  departments (without head) → people → departments (with head) →
  ${afterPeople.join(' → ')}
Columns of every type: docs/import.md. Changes are audited as ${cliActor()}.

Exit codes: 0 imported, 1 bad input (nothing written), 2 database or configuration problem.`;

export const importCommand: CliCommand = {
  help,
  async run(argv) {
    // An import keeps a packed copy of the file and makes garbage in proportion to it. V8's default
    // heap growth lets that garbage pile up to several times the file before collecting it (a 50 MB
    // people file peaked at 440 MB resident, yet ran in a 160 MB heap); growing the heap by at most
    // 20 % per collection keeps the peak near what is live (~240 MB, bench/import), and was faster here.
    setFlagsFromString('--heap-growing-percent=20');
    const { values, positionals } = parseCliArgs(
      argv,
      { type: { type: 'string' }, 'max-size': { type: 'string' } },
      help,
    );
    if (values.help) {
      console.log(help);
      return 0;
    }
    if (positionals.length !== 1) {
      throw new InputError(
        `${positionals.length === 0 ? 'Which file?' : `One file or folder at a time (got ${positionals.length}).`} ` +
          `Expected e.g. steward import examples/customers.csv --type customers, or steward import examples/\n\n${help}`,
      );
    }
    const maxSize = values['max-size'];
    let maxBytes = defaults.maxBytes;
    if (maxSize !== undefined) {
      const mb = Number(maxSize);
      if (!/^\d+(\.\d+)?$/.test(maxSize) || mb <= 0) throw new InputError(`--max-size: "${maxSize}" is not a size in MB (expected e.g. --max-size 128)`);
      maxBytes = Math.round(mb * 1024 * 1024);
    }

    const { env, settings, clock } = loadConfig(process.env);
    const { db } = await openStore(env);
    try {
      const actor = cliActor();
      const outcome = await runImport(db, {
        target: positionals[0]!,
        type: values.type,
        actor,
        // The command line is the edge where the clock is read.
        now: clock.now(),
        settings,
        limits: { maxBytes },
      }).catch((error: unknown) => {
        if (error instanceof EnvironmentError || error instanceof InputError) throw error;
        // Validation passed but the database refused a statement: the transaction rolled back.
        throw new EnvironmentError(
          `The database refused the import, so nothing was written: ${error instanceof Error ? error.message.trim().split('\n').pop() : String(error)}`,
        );
      });
      if (!outcome.ok) {
        const count = outcome.total;
        console.error(`Nothing was imported: ${count} problem${count === 1 ? '' : 's'} to fix first.`);
        for (const line of outcome.problems) console.error(line);
        return 1;
      }
      const width = Math.max(...outcome.files.map((f) => f.file.length));
      for (const f of outcome.files) {
        const unchanged = f.rows - f.inserted - f.updated;
        console.log(`${f.file.padEnd(width)}  ${f.rows} rows: ${f.inserted} new, ${f.updated} updated, ${unchanged} unchanged`);
      }
      const files = outcome.files.length;
      console.log(
        `${outcome.changed} changed, ${outcome.unchanged} unchanged (${files} file${files === 1 ? '' : 's'} in one transaction, as ${actor}, into ${db.location}).`,
      );
      return 0;
    } finally {
      await db.close();
    }
  },
};
