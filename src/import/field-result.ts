/**
 * The outcome of reading one CSV cell: the normalised text handed to SQL, or what is wrong with it.
 * Every value travels to PostgreSQL as text and is cast there, so one shape fits every column.
 */
export type FieldResult = { ok: true; value: string } | { ok: false; problem: string };

export const accept = (value: string): FieldResult => ({ ok: true, value });
export const reject = (problem: string): FieldResult => ({ ok: false, problem });
