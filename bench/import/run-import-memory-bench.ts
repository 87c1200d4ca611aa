/**
 * bench/import, memory (issue 11 §8): peak resident memory of `steward import` (the real CLI process)
 * for a people file of 50 MB and one of 200 MB, each into a fresh migrated database, against the
 * baseline measured in the same run: the same command importing a one-row file (the process's own
 * constant: Node, Prisma, the pool). Prints peak RSS / file size and (peak − baseline) / file size.
 * The goal: peak ≤ 5 × file size + the baseline. Exit code 1 when it is missed.
 *
 *   npm run bench:import   (runs the time bench, then this one; BENCH_IMPORT_MB="50,200" sets the sizes)
 * Peak RSS is read from /proc/<pid>/status (VmHWM): Linux only.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { openDatabase } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';

const SIZES_MB = (process.env.BENCH_IMPORT_MB ?? '50,200').split(',').map(Number);
const GOAL = 5;
const MB = 1024 * 1024;
const server = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const work = resolve('.bench/import-memory');

const urlFor = (database: string) => {
  const url = new URL(server);
  url.pathname = `/${database}`;
  return url.toString();
};

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A people file of about `megabytes` MB, written as a stream (the bench itself must not hold it). */
async function writePeople(path: string, megabytes: number): Promise<number> {
  const out = createWriteStream(path);
  out.write('slack_user_id,name,email,department,roles,time_zone\n');
  let bytes = 0;
  for (let n = 1; bytes < megabytes * MB; n++) {
    const id = `U${n.toString(36).toUpperCase().padStart(9, '0')}`;
    const line = `${id},Person Number ${n},person.${n}@example.com,,owner; frontline,Europe/Berlin\n`;
    bytes += line.length;
    if (!out.write(line)) await new Promise<void>((done) => out.once('drain', () => done()));
  }
  await new Promise<void>((done) => out.end(() => done()));
  return statSync(path).size;
}

/** Runs `steward import <file>` into a fresh database; returns its peak RSS in bytes and its time. */
async function importPeak(file: string): Promise<{ peak: number; seconds: number }> {
  const name = `steward_bench_import_mem_${process.pid}`;
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  try {
    const db = await openDatabase({ databaseUrl: urlFor(name), dataDir: 'memory://' });
    await migrate(db);
    await db.close();
    const started = performance.now();
    const child = spawn(process.execPath, ['dist/cli/main.js', 'import', file, '--max-size', '1024'], {
      env: { ...process.env, DATABASE_URL: urlFor(name) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let output = '';
    const readPeak = () => {
      try {
        const kb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1] ?? 0);
        peak = Math.max(peak, kb * 1024);
      } catch {
        // The process has just exited; its last reading stands.
      }
    };
    const poll = setInterval(readPeak, 100);
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(poll);
    if (code !== 0) throw new Error(`steward import ${file} exited ${code}:\n${output}`);
    return { peak, seconds: (performance.now() - started) / 1000 };
  } finally {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

async function main(): Promise<void> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const tiny = join(work, 'people.csv');
  writeFileSync(tiny, 'slack_user_id,name\nU0BASELINE,Baseline Person\n');
  const baseline = await importPeak(tiny);
  console.log(`baseline: steward import of a one-row file peaks at ${(baseline.peak / MB).toFixed(0)} MB resident`);
  let ok = true;
  for (const megabytes of SIZES_MB) {
    const file = join(work, `people-${megabytes}mb`, 'people.csv');
    mkdirSync(join(work, `people-${megabytes}mb`), { recursive: true });
    const size = await writePeople(file, megabytes);
    const { peak, seconds } = await importPeak(file);
    const total = peak / size;
    const above = (peak - baseline.peak) / size;
    const met = peak <= GOAL * size + baseline.peak;
    ok &&= met;
    console.log(
      `${(size / MB).toFixed(0)} MB people file (${seconds.toFixed(0)} s): peak ${(peak / MB).toFixed(0)} MB resident = ${total.toFixed(2)}× the file; ` +
        `above the baseline ${above.toFixed(2)}× the file (goal ≤ ${GOAL}× + baseline: ${met ? 'met' : 'MISSED'})`,
    );
    rmSync(file, { force: true });
  }
  rmSync(work, { recursive: true, force: true });
  if (!ok) process.exitCode = 1;
}

await main();
