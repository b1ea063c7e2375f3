// Statements the push path sends with every batch (the multi-row upsert, the
// read of the rows a batch touches) take many builder nodes to describe and
// Kysely builds and compiles them afresh each time, which costs more than
// SQLite takes to run them. Their text depends only on their shape (row count,
// ids per table) and the dialect, so it is compiled once per shape and
// reused with fresh parameters: still Kysely's SQL, written once for both dialects.
import { CompiledQuery, type Compilable, type DialectAdapter, type Kysely } from 'kysely';
import type { Database } from './schema';

const CAPACITY = 64;
/** Keyed by the dialect's adapter (one per Kysely instance, shared by its transactions). */
const texts = new WeakMap<DialectAdapter, Map<string, string>>();

export class StatementShapeError extends Error {
  constructor(shape: string) {
    super(`语句参数顺序与预期不符 / statement ${shape} lays out its parameters unexpectedly`);
  }
}

/**
 * Run the statement `build` describes, compiled once per `shape`. `params`
 * must be its parameters in compiled order; the first compile of each shape
 * checks that, so a builder that orders them otherwise fails loudly at once.
 */
export async function runCached<R>(
  db: Kysely<Database>,
  shape: string,
  params: readonly unknown[],
  build: () => Compilable<R>,
): Promise<R[]> {
  const adapter = db.getExecutor().adapter;
  let byShape = texts.get(adapter);
  if (byShape === undefined) {
    byShape = new Map();
    texts.set(adapter, byShape);
  }
  let text = byShape.get(shape);
  if (text === undefined) {
    const compiled = build().compile();
    if (compiled.parameters.length !== params.length || compiled.parameters.some((p, i) => p !== params[i])) {
      throw new StatementShapeError(shape);
    }
    if (byShape.size >= CAPACITY) byShape.clear();
    text = compiled.sql;
    byShape.set(shape, text);
  }
  const result = await db.executeQuery<R>(CompiledQuery.raw(text, [...params]));
  return result.rows;
}
