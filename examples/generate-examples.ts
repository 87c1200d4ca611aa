/**
 * Writes the example roster (examples/*.csv): a fictional company, Northwind Components, with
 * 8 people in 4 departments and 30 customers over ~18 months (2025-06 … 2026-11).
 * Deterministic (seeded), so re-running it reproduces the committed files byte for byte:
 *   npx tsx examples/generate-examples.ts
 * Each customer is built to a health profile as of the demo date 2026-11-24 (window May–Oct 2026),
 * with a history of assessments (needs fit, a few overrides, the trend); the script checks its own
 * numbers against the playbook rubric and prints the expected grades (docs/import.md, "The example roster").
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const OUT = fileURLToPath(new URL('.', import.meta.url));
const AS_OF = '2026-11-24';
const WINDOW = ['2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10'];
const HISTORY_MONTHS = monthsFrom('2025-06', 18); // 2025-06 … 2026-11

// ---------------------------------------------------------------- deterministic randomness
let seed = 20261124;
function random(): number {
  // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (lo: number, hi: number) => lo + random() * (hi - lo);
const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// ---------------------------------------------------------------- calendar helpers
function monthsFrom(first: string, count: number): string[] {
  const [y, m] = first.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const total = y * 12 + (m - 1) + i;
    return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`;
  });
}
const day = (month: string, d: number) => `${month}-${String(d).padStart(2, '0')}`;
function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
/** A local wall-clock time in `timeZone`, written with that zone's UTC offset on that day. */
function localTime(date: string, hour: number, minute: number, timeZone: string): string {
  const guess = new Date(`${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00Z`);
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(guess)
    .find((p) => p.type === 'timeZoneName')!.value; // "GMT+08:00" / "GMT-07:00" / "GMT"
  const offset = name === 'GMT' ? '+00:00' : name.slice(3);
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}${offset}`;
}

// ---------------------------------------------------------------- CSV
function csv(name: string, header: string[], rows: (string | number | boolean | null)[][]): void {
  const cell = (v: string | number | boolean | null) => {
    const s = v === null ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  const text = [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
  writeFileSync(`${OUT}${name}`, text);
}

// ---------------------------------------------------------------- people and departments
const people = [
  { id: 'U0CHENJING', name: 'Chen Jing', email: 'chen.jing@northwind.example', department: 'Management', roles: 'executive; admin', tz: 'Asia/Shanghai' },
  { id: 'U0LINWEI', name: 'Lin Wei', email: 'lin.wei@northwind.example', department: 'Sales', roles: 'department_head; owner', tz: 'Asia/Shanghai' },
  { id: 'U0ZHANGMIN', name: 'Zhang Min', email: 'zhang.min@northwind.example', department: 'Sales', roles: 'owner; frontline', tz: 'Asia/Shanghai' },
  { id: 'U0SOFIAG', name: 'Sofia Garcia', email: 'sofia.garcia@northwind.example', department: 'Sales', roles: 'owner; frontline', tz: 'America/Los_Angeles' },
  { id: 'U0ANNASCH', name: 'Anna Schmidt', email: 'anna.schmidt@northwind.example', department: 'Customer Success', roles: 'department_head; owner', tz: 'Europe/Berlin' },
  { id: 'U0LUKASB', name: 'Lukas Becker', email: 'lukas.becker@northwind.example', department: 'Customer Success', roles: 'owner; frontline', tz: 'Europe/Berlin' },
  { id: 'U0JAKEMIL', name: 'Jake Miller', email: 'jake.miller@northwind.example', department: 'Technical Support', roles: 'department_head; tech_support', tz: 'America/Los_Angeles' },
  { id: 'U0PRIYAN', name: 'Priya Nair', email: 'priya.nair@northwind.example', department: 'Technical Support', roles: 'tech_support; frontline', tz: 'America/Los_Angeles' },
];
const departments = [
  { name: 'Management', channel: '#leadership', head: 'U0CHENJING' },
  { name: 'Sales', channel: '#sales', head: 'U0LINWEI' },
  { name: 'Customer Success', channel: '#customer-success', head: 'U0ANNASCH' },
  { name: 'Technical Support', channel: '#tech-support', head: 'U0JAKEMIL' },
];
const tzOf = (id: string) => people.find((p) => p.id === id)!.tz;

// ---------------------------------------------------------------- customers and their health profiles
type Grade = 'excellent' | 'good' | 'fair' | 'poor' | 'new';
interface CustomerSpec {
  key: string;
  name: string;
  aliases: string;
  tier: 'strategic' | 'normal' | 'new';
  segment: 'high' | 'mid' | 'low';
  highPotential: boolean;
  owner: string;
  startedOn: string;
  grade: Grade;
}
const c = (
  key: string, name: string, aliases: string, tier: CustomerSpec['tier'], segment: CustomerSpec['segment'],
  highPotential: boolean, owner: string, startedOn: string, grade: Grade,
): CustomerSpec => ({ key, name, aliases, tier, segment, highPotential, owner, startedOn, grade });

const customers: CustomerSpec[] = [
  c('ACME', 'Acme Corp', 'Acme; ACME Corporation', 'strategic', 'high', true, 'U0LINWEI', '2019-03-18', 'good'),
  c('BLUEPEAK', 'Bluepeak Logistics', 'Bluepeak', 'strategic', 'high', true, 'U0LINWEI', '2020-06-01', 'excellent'),
  c('CEDAR', 'Cedar Health Group', 'Cedar Health', 'strategic', 'high', false, 'U0ANNASCH', '2018-11-05', 'excellent'),
  c('DELTAWAVE', 'Deltawave Energy', '', 'normal', 'mid', false, 'U0ZHANGMIN', '2021-02-14', 'fair'),
  c('EVERGREEN', 'Evergreen Foods', 'Evergreen', 'normal', 'mid', true, 'U0LUKASB', '2022-09-20', 'good'),
  c('FALCON', 'Falcon Aerospace', 'Falcon Aero', 'strategic', 'high', true, 'U0SOFIAG', '2017-05-30', 'excellent'),
  c('GRANITE', 'Granite Building Supply', 'Granite', 'normal', 'low', false, 'U0ZHANGMIN', '2021-07-07', 'poor'),
  c('HARBOR', 'Harbor Freight Lines', 'Harbor Lines', 'normal', 'mid', false, 'U0SOFIAG', '2023-11-28', 'good'),
  c('IRONLEAF', 'Ironleaf Tools', '', 'normal', 'low', false, 'U0LUKASB', '2020-01-15', 'fair'),
  c('JADERIVER', 'Jade River Trading', 'Jade River; 玉河贸易', 'strategic', 'high', false, 'U0LINWEI', '2019-08-26', 'good'),
  c('KESTREL', 'Kestrel Robotics', 'Kestrel', 'normal', 'high', true, 'U0ANNASCH', '2022-04-11', 'excellent'),
  c('LUMEN', 'Lumen Optics', '', 'normal', 'mid', false, 'U0SOFIAG', '2021-10-04', 'fair'),
  c('MERIDIAN', 'Meridian Bank', 'Meridian', 'strategic', 'high', false, 'U0ANNASCH', '2016-12-01', 'good'),
  c('NORTHSTAR', 'Northstar Retail', 'Northstar', 'normal', 'mid', false, 'U0ZHANGMIN', '2022-01-19', 'poor'),
  c('OAKRIDGE', 'Oakridge Farms', '', 'normal', 'low', false, 'U0LUKASB', '2023-03-06', 'fair'),
  c('PINNACLE', 'Pinnacle Pharma', 'Pinnacle', 'strategic', 'high', true, 'U0LINWEI', '2018-02-22', 'excellent'),
  c('QUASAR', 'Quasar Semiconductors', 'Quasar Semi', 'normal', 'high', false, 'U0SOFIAG', '2020-09-09', 'good'),
  c('REDWOOD', 'Redwood Paper', '', 'normal', 'low', false, 'U0ZHANGMIN', '2019-04-29', 'poor'),
  c('SILVERLINE', 'Silverline Telecom', 'Silverline', 'normal', 'mid', false, 'U0ANNASCH', '2025-12-01', 'good'),
  c('TANGRAM', 'Tangram Toys', '', 'normal', 'low', false, 'U0LUKASB', '2021-06-17', 'fair'),
  c('UNITY', 'Unity Medical Devices', 'Unity Medical', 'strategic', 'high', true, 'U0LINWEI', '2020-10-12', 'excellent'),
  c('VERTEX', 'Vertex Chemicals', 'Vertex', 'normal', 'mid', false, 'U0ZHANGMIN', '2022-08-08', 'good'),
  c('WILLOW', 'Willow Home', '', 'normal', 'low', false, 'U0SOFIAG', '2023-05-15', 'poor'),
  c('XENON', 'Xenon Lighting', 'Xenon', 'normal', 'mid', false, 'U0LUKASB', '2025-11-26', 'fair'),
  c('YUANTAI', 'Yuantai Machinery', 'Yuantai; 元泰机械', 'strategic', 'high', false, 'U0ZHANGMIN', '2018-07-03', 'good'),
  c('ZEPHYR', 'Zephyr Outdoor', '', 'normal', 'mid', false, 'U0ANNASCH', '2022-12-12', 'fair'),
  c('ALPINE', 'Alpine Water', 'Alpine', 'normal', 'low', false, 'U0LUKASB', '2020-03-03', 'poor'),
  c('BRIGHTON', 'Brighton Education', 'Brighton', 'new', 'mid', true, 'U0SOFIAG', '2026-09-01', 'new'),
  c('CORAL', 'Coral Bay Resorts', 'Coral Bay', 'new', 'mid', false, 'U0ANNASCH', '2026-10-12', 'new'),
  c('DUNE', 'Dune Analytics', 'Dune', 'new', 'low', true, 'U0LINWEI', '2026-08-17', 'new'),
];

const baseAmount = { high: 180_000, mid: 42_000, low: 8_500 } as const;

// ---------------------------------------------------------------- generated facts
const orders: (string | number)[][] = [];
const payments: (string | number | null)[][] = [];
const surveys: (string | number | null)[][] = [];
const interactions: (string | boolean | null)[][] = [];
const contacts: (string | boolean | null)[][] = [];
/** What the rubric computes for a customer on the demo date, before any assessor's judgement or override. */
interface Computed {
  stability: number;
  satisfaction: number;
  engagement: number;
  risk: number;
  orderScore: number;
  paymentScore: number;
  deviation: number;
  worstLate: number;
  surveyScores: number[];
}
const computed = new Map<string, Computed>();

let orderNo = 1;
let invoiceNo = 1;
const KINDS = ['call', 'meeting', 'visit', 'mail', 'chat', 'call', 'meeting'] as const;
const TOPICS = [
  'Quarterly business review', 'Discussed delivery schedule', 'Pricing for next year', 'Follow-up on open tickets',
  'Introduced new product line', 'Training session for their team', 'Checked satisfaction with last shipment',
  'Contract renewal talks', 'Site visit with their operations lead', 'Invoice questions cleared up',
];
const DELIVERIES = ['Delivered the line-2 retrofit', 'Rolled out the new firmware to all sites', 'Delivered the spare-parts kit', 'Installed the monitoring dashboard'];

for (const spec of customers) {
  const months = HISTORY_MONTHS.filter((m) => `${m}-28` >= spec.startedOn);
  const base = baseAmount[spec.segment] * between(0.8, 1.25);
  // Monthly order factors: in the window they follow the profile; outside, ordinary noise.
  const windowFactors: number[] = WINDOW.map(() => between(0.96, 1.04));
  if (spec.grade === 'good' && spec.key.length % 2 === 0) windowFactors[int(0, 5)] = 1.17;
  if (spec.grade === 'fair') windowFactors[int(1, 4)] = 0.55;
  if (spec.grade === 'poor') {
    windowFactors[3] = 0.6;
    windowFactors[5] = 0.35;
  }
  const monthTotals = new Map<string, number>();
  for (const month of months) {
    const w = WINDOW.indexOf(month);
    const factor = w >= 0 ? windowFactors[w]! : between(0.9, 1.1);
    const total = Math.round(base * factor * 100) / 100;
    monthTotals.set(month, total);
    // Split the month's total into 1–3 orders.
    const parts = int(1, 3);
    let left = total;
    for (let p = 0; p < parts; p++) {
      const amount = p === parts - 1 ? left : Math.round((total / parts) * between(0.8, 1.2) * 100) / 100;
      left = Math.round((left - amount) * 100) / 100;
      const orderedOn = day(month, month === '2026-11' ? int(2, 20) : int(2, 27));
      orders.push([`SO-${orderedOn.slice(0, 4)}-${String(orderNo++).padStart(5, '0')}`, spec.key, orderedOn, amount.toFixed(2)]);
    }
  }

  // Payments: one invoice per month, due on the 28th.
  let worstLate = 0;
  let lateInWindow = 0;
  const lateMonth = WINDOW[int(1, 5)]!;
  for (const month of months) {
    const dueOn = day(month, 28);
    const amount = monthTotals.get(month)!.toFixed(2);
    const ref = `INV-${month.slice(0, 4)}-${String(invoiceNo++).padStart(5, '0')}`;
    let paidOn: string | null = addDays(dueOn, -int(0, 6));
    if (month === lateMonth && (spec.grade === 'fair' || (spec.grade === 'good' && spec.key.length % 2 === 1))) {
      paidOn = addDays(dueOn, int(3, 6));
    }
    if (spec.grade === 'poor' && month === '2026-07') paidOn = addDays(dueOn, int(12, 20));
    // The one unpaid overdue invoice of the roster.
    if (spec.key === 'GRANITE' && month === '2026-10') paidOn = null;
    // November's invoices are not due yet.
    if (dueOn > AS_OF) paidOn = null;
    if (!WINDOW.includes(month) && random() < 0.08 && dueOn < AS_OF) paidOn = addDays(dueOn, int(2, 15));
    payments.push([ref, spec.key, amount, dueOn, paidOn]);
    if (WINDOW.includes(month)) {
      const late = paidOn === null ? daysBetween(dueOn, AS_OF) : Math.max(0, daysBetween(dueOn, paidOn));
      if (late > 0) lateInWindow++;
      worstLate = Math.max(worstLate, late);
    }
  }

  // Surveys: twice a year, the latest in Sep/Oct 2026 carrying the profile's satisfaction.
  const latestScore = { excellent: int(91, 98), good: int(81, 88), fair: int(71, 78), poor: int(52, 66), new: int(84, 92) }[spec.grade];
  const surveyDates = ['2025-09-', '2026-03-', '2026-09-'].map((p) => `${p}${String(int(10, 25)).padStart(2, '0')}`);
  for (const [i, surveyedOn] of surveyDates.entries()) {
    if (surveyedOn < spec.startedOn) continue;
    const last = i === surveyDates.length - 1;
    const score = last ? latestScore : Math.min(100, latestScore + int(-6, 6));
    const comment = last ? pick(['Reliable partner', 'Delivery times improved', 'Wants faster support answers', 'Price is a concern', null]) : null;
    surveys.push([spec.key, surveyedOn, score, comment]);
  }

  // Interactions: per window month by profile; 1–2 a month outside the window.
  const perWindowMonth = { excellent: [4, 4, 4, 4, 4, 4], good: [2, 2, 2, 2, 2, 2], fair: [1, 2, 1, 1, 2, 1], poor: [1, 0, 1, 0, 1, 0], new: [2, 2, 2, 2, 2, 2] }[spec.grade];
  let windowCount = 0;
  let proactiveInWindow = false;
  for (const month of months) {
    const w = WINDOW.indexOf(month);
    const count = w >= 0 ? perWindowMonth[w]! : month === '2026-11' ? (spec.grade === 'poor' ? 0 : int(1, 2)) : int(1, 2);
    const days = new Set<number>();
    while (days.size < count) days.add(int(4, month === '2026-11' ? 23 : 26));
    for (const d of [...days].sort((a, b) => a - b)) {
      const date = day(month, d);
      const author = random() < 0.8 ? spec.owner : pick(['U0PRIYAN', 'U0JAKEMIL', 'U0ANNASCH']);
      const kind = month === '2026-11' && d % 3 === 0 ? 'delivery' : pick(KINDS);
      const occurredAt = localTime(date, int(9, 17), pick([0, 15, 30, 45]), tzOf(author));
      // Excellent customers raise new needs; the good ones only outside the window.
      const proactive =
        (spec.grade === 'excellent' && w === 3 && !proactiveInWindow) || (spec.grade === 'good' && month === '2026-02');
      if (w >= 0 && proactive) proactiveInWindow = true;
      // A few recent conversations still lack their written summary (the 24-hour reminder picks them up).
      const topic = kind === 'delivery' ? pick(DELIVERIES) : pick(TOPICS);
      const summary = month === '2026-11' && date >= '2026-11-19' && random() < 0.5 ? null : `${topic}${proactive ? '; they asked about a new joint project' : ''}`;
      interactions.push([spec.key, occurredAt, kind, author, summary, proactive]);
      if (w >= 0) windowCount++;
    }
  }

  // The four computed dimensions by the playbook rubric; the grade is checked once the assessments are known.
  if (spec.grade !== 'new') {
    const totals = WINDOW.map((m) => monthTotals.get(m) ?? 0);
    const mean = totals.reduce((a, b) => a + b, 0) / totals.length;
    const deviation = Math.max(...totals.map((t) => Math.abs(t - mean))) / mean * 100;
    const orderScore = deviation <= 10 ? 10 : deviation <= 20 ? 7 : 4;
    const paymentScore = lateInWindow === 0 ? 10 : worstLate <= 7 ? 7 : 4;
    const stability = (orderScore + paymentScore) / 2;
    const satisfaction = latestScore >= 90 ? 10 : latestScore >= 80 ? 7 : latestScore >= 70 ? 4 : 1;
    const perMonth = windowCount / WINDOW.length;
    const engagement = Math.min(10, (perMonth >= 3 ? 10 : perMonth >= 1 ? 7 : 4) + (proactiveInWindow ? 2 : 0));
    const risk = 10; // no complaints in the example roster
    const surveyScores = surveys.filter((s) => s[0] === spec.key).map((s) => Number(s[2]));
    computed.set(spec.key, { stability, satisfaction, engagement, risk, orderScore, paymentScore, deviation, worstLate, surveyScores });
  }
}

// ---------------------------------------------------------------- contacts, with birthdays around the demo date
const FIRST = ['Maria', 'Tom', 'Wang', 'Li', 'Sara', 'Jonas', 'Mei', 'Carlos', 'Aiko', 'Peter', 'Elena', 'Hassan', 'Grace', 'Ivan', 'Nora', 'Ravi'];
const LAST = ['Rossi', 'Becker', 'Fang', 'Na', 'Klein', 'Weber', 'Ling', 'Mendes', 'Sato', 'Novak', 'Petrova', 'Ali', 'Okafor', 'Horvat', 'Berg', 'Shah'];
const TITLES = ['Head of Procurement', 'CTO', 'Operations Manager', 'CFO', 'Purchasing Lead', 'IT Director', 'CEO'];
// Birthdays the console demo shows in the coming weeks (some without year, as CRMs often have them).
const upcoming = new Map<string, string>([
  ['ACME', '11-25'],
  ['BLUEPEAK', '1979-11-27'],
  ['MERIDIAN', '12-03'],
  ['KESTREL', '1988-12-15'],
  ['UNITY', '11-24'],
  ['JADERIVER', '12-21'],
]);
for (const [i, spec] of customers.entries()) {
  const count = spec.segment === 'high' ? 3 : spec.segment === 'mid' ? 2 : 1;
  const used = new Set<string>(spec.key === 'ACME' ? ['Maria Rossi', 'Tom Becker'] : []);
  for (let n = 0; n < count; n++) {
    let name = 'Maria Rossi';
    if (spec.key !== 'ACME' || n > 0) {
      do name = `${pick(FIRST)} ${pick(LAST)}`; while (used.has(name));
      used.add(name);
    }
    let birthday: string | null = null;
    if (n === 0 && upcoming.has(spec.key)) birthday = upcoming.get(spec.key)!;
    else if (spec.key === 'TANGRAM' && n === 0) birthday = '02-29';
    else if (random() < 0.6) {
      const m = int(1, 12);
      const d = int(1, 28);
      const md = `${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      birthday = random() < 0.5 ? md : `${int(1965, 1995)}-${md}`;
    }
    const email = `${name.toLowerCase().replace(' ', '.')}@${spec.key.toLowerCase()}.example`;
    const phone = random() < 0.7 ? `+${pick(['86 21', '49 30', '1 415'])} ${int(1000, 9999)} ${int(1000, 9999)}` : null;
    contacts.push([spec.key, name, pick(TITLES), email, phone, birthday, n === 0]);
  }
  if (i === 0) contacts.push([spec.key, 'Tom Becker', 'Plant Manager, "North" site', 'tom.becker@acme.example', null, null, false]);
}

// ---------------------------------------------------------------- assessments: the trend and the needs-fit judgement
// The cadence of shared/domain.md §2: strategic customers quarterly, normal ones half-yearly, a customer that
// started inside the history 3 months after its start; poor ones get an extra assessment in November, triggered
// by October's order drop (> 20 % period over period). None before December 2025: its window would look back
// into months before the roster's history starts (2025-06) and score a fluctuation that never happened.
type Dimension = 'stability' | 'satisfaction' | 'engagement' | 'risk';
interface AssessmentSpec {
  on: string;
  needsFit: number;
  overrides: Partial<Record<Dimension, number>>;
  reason: string | null;
  assessor: string;
}
const FIRST_ASSESSMENT_MONTH = '2025-12';
function addMonths(date: string, months: number): string {
  return `${monthsFrom(date.slice(0, 7), months + 1)[months]}-${date.slice(8)}`;
}
/** The date itself, or the Monday after it when it falls on a weekend. */
function workingDay(date: string): string {
  let d = date;
  while ([0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay())) d = addDays(d, 1);
  return d;
}
const headOf = (owner: string) => departments.find((d) => d.name === people.find((p) => p.id === owner)!.department)!.head;

function assessmentDates(spec: CustomerSpec, phase: number): string[] {
  if (spec.tier === 'new') {
    const first = workingDay(addMonths(spec.startedOn, 3));
    return first < AS_OF ? [first] : [];
  }
  const step = spec.tier === 'strategic' ? 3 : 6;
  const startedInHistory = spec.startedOn > `${HISTORY_MONTHS[0]}-01`;
  const first = startedInHistory
    ? addMonths(spec.startedOn, 3)
    : day(monthsFrom(FIRST_ASSESSMENT_MONTH, 3)[phase % 3]!, int(3, 18));
  const dates: string[] = [];
  for (let on = first; workingDay(on) < AS_OF; on = addMonths(on, step)) dates.push(workingDay(on));
  if (spec.grade === 'poor') dates.push(workingDay(day('2026-11', int(3, 18))));
  return dates;
}

function judgement(grade: Grade, index: number, count: number): number {
  const latest = index === count - 1;
  switch (grade) {
    case 'excellent':
      return latest ? pick([10, 10, 10, 7]) : pick([7, 10, 10]);
    case 'good':
      return pick([7, 7, 10]);
    case 'fair':
      return latest ? pick([4, 7]) : pick([7, 7, 4]);
    case 'poor':
      return latest ? pick([1, 4]) : index === 0 ? 7 : 4;
    case 'new':
      return 7;
  }
}

const WORKED_EXAMPLE = 'YUANTAI';
const assessmentsOf = new Map<string, AssessmentSpec[]>();
const phases = { strategic: 0, normal: 0, new: 0 };
for (const spec of customers) {
  const dates = assessmentDates(spec, phases[spec.tier]++);
  const list = dates.map((on, i): AssessmentSpec => ({
    on,
    needsFit: judgement(spec.grade, i, dates.length),
    overrides: {},
    reason: null,
    assessor: random() < 0.75 ? spec.owner : headOf(spec.owner),
  }));
  assessmentsOf.set(spec.key, list);
}

// The occasional override, each with the reason an assessor would write.
{
  // A satisfaction survey taken at a bad moment, outweighed by what the customer said since.
  const harbor = assessmentsOf.get('HARBOR')![0]!;
  const [surveyedOn, score] = surveys.filter((s) => s[0] === 'HARBOR' && String(s[1]) < harbor.on).at(-1)!.slice(1, 3) as [string, number];
  if (score < 70 || score >= 80) throw new Error(`HARBOR: the satisfaction override explains a survey in the 70s, not ${score}`);
  harbor.overrides = { satisfaction: 6 };
  harbor.reason = `The survey of ${surveyedOn} (${score}) was taken the week of a delayed shipment; in the review call their operations lead rated the service good again. 6 until the next survey.`;

  // Contacts that happened but are not in the interaction log.
  const meridian = assessmentsOf.get('MERIDIAN')![0]!;
  meridian.overrides = { engagement: 9 };
  meridian.reason = 'Bi-weekly steering calls with their IT director are kept in the project tool, not in the interaction log; counting them, about 3 contacts a month.';

  // The playbook's worked example (shared/domain.md §1): stability 9, satisfaction 9, needs fit 8, engagement 7,
  // risk 10 → 8.6 good. Scores between the reference points, given honestly: the data sit just below the next band.
  const yuantai = computed.get(WORKED_EXAMPLE)!;
  const latest = assessmentsOf.get(WORKED_EXAMPLE)!.at(-1)!;
  if (yuantai.orderScore !== 10 || yuantai.paymentScore !== 7 || yuantai.worstLate > 3) {
    throw new Error(`${WORKED_EXAMPLE}: stability 9 explains steady orders and one invoice at most 3 days late`);
  }
  if (yuantai.surveyScores.some((s) => s < 85 || s >= 90) || yuantai.engagement !== 7 || !latest.on.startsWith('2026-11')) {
    throw new Error(`${WORKED_EXAMPLE}: the worked example needs surveys of 85–89, engagement 7 and a November assessment`);
  }
  latest.needsFit = 8;
  latest.overrides = { stability: 9, satisfaction: 9 };
  latest.reason =
    `Between the reference points. Stability 9: monthly orders within ±${(Math.ceil(yuantai.deviation * 10) / 10).toFixed(1)} % all half-year, ` +
    `a single invoice ${yuantai.worstLate} day${yuantai.worstLate === 1 ? '' : 's'} late in six months. ` +
    `Satisfaction 9: the last surveys ${yuantai.surveyScores.join(', ')}, each just under 90. ` +
    'Needs fit 8: the products meet their needs except the spare-parts lead time.';
}

const assessments: (string | number | null)[][] = [];
for (const [key, list] of assessmentsOf) {
  for (const a of list) {
    const o = a.overrides;
    assessments.push([key, a.on, a.needsFit, o.stability ?? null, o.satisfaction ?? null, o.engagement ?? null, o.risk ?? null, a.reason, a.assessor]);
  }
}

// Each customer's grade on the demo date, by the rubric, with its latest assessment's judgement and overrides.
const expected: { key: string; grade: Grade; composite: number; scores: number[]; assessed: number }[] = [];
for (const spec of customers) {
  const scores = computed.get(spec.key);
  const list = assessmentsOf.get(spec.key)!;
  const latest = list.at(-1);
  if (!scores || !latest) continue;
  const o = latest.overrides;
  const five = [o.stability ?? scores.stability, o.satisfaction ?? scores.satisfaction, latest.needsFit, o.engagement ?? scores.engagement, o.risk ?? scores.risk];
  const composite = Math.round((five[0]! * 30 + five[1]! * 25 + five[2]! * 20 + five[3]! * 15 + five[4]! * 10) / 10 + 1e-9) / 10;
  const grade: Grade = composite >= 9 ? 'excellent' : composite >= 7 ? 'good' : composite >= 5 ? 'fair' : 'poor';
  if (grade !== spec.grade) {
    throw new Error(`${spec.key}: built as ${spec.grade} but the rubric gives ${composite} (${grade}); adjust the profile`);
  }
  if (spec.key === WORKED_EXAMPLE && composite !== 8.6) throw new Error(`${WORKED_EXAMPLE}: the worked example gives ${composite}, not 8.6`);
  expected.push({ key: spec.key, grade, composite, scores: five, assessed: list.length });
}

// ---------------------------------------------------------------- write
csv('departments.csv', ['name', 'slack_channel', 'head'], departments.map((d) => [d.name, d.channel, d.head]));
csv('people.csv', ['slack_user_id', 'name', 'email', 'department', 'roles', 'time_zone'], people.map((p) => [p.id, p.name, p.email, p.department, p.roles, p.tz]));
csv(
  'customers.csv',
  ['key', 'name', 'aliases', 'tier', 'value_segment', 'high_potential', 'owner', 'started_on'],
  customers.map((s) => [s.key, s.name, s.aliases, s.tier, s.segment, s.highPotential ? 'yes' : 'no', s.owner, s.startedOn]),
);
csv('contacts.csv', ['customer', 'name', 'title', 'email', 'phone', 'birthday', 'key_contact'], contacts);
csv('orders.csv', ['ref', 'customer', 'ordered_on', 'amount'], orders);
csv('payments.csv', ['ref', 'customer', 'amount', 'due_on', 'paid_on'], payments);
csv('surveys.csv', ['customer', 'surveyed_on', 'score', 'comment'], surveys);
csv('interactions.csv', ['customer', 'occurred_at', 'kind', 'author', 'summary', 'proactive_need'], interactions);
csv('assessments.csv', ['customer', 'assessed_on', 'needs_fit', 'stability', 'satisfaction', 'engagement', 'risk', 'reason', 'assessor'], assessments);

for (const e of expected) {
  const [stability, satisfaction, needsFit, engagement, risk] = e.scores;
  console.log(
    `${e.key.padEnd(11)} ${e.grade.padEnd(9)} ${e.composite.toFixed(1)}  stability ${stability}  satisfaction ${satisfaction}  needs fit ${needsFit}  engagement ${engagement}  risk ${risk}  (${e.assessed} assessments)`,
  );
}
console.log(`${customers.length} customers, ${contacts.length} contacts, ${orders.length} orders, ${payments.length} payments, ${surveys.length} surveys, ${interactions.length} interactions, ${assessments.length} assessments`);
