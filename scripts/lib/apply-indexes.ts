/** Creates the indexes of schema/indexes.ts that are missing, on SQLite and PostgreSQL alike. */
import type { Knex } from 'knex';
import { INDEXES } from '../../schema/indexes';

/** Returns how many indexes were created; existing ones stay as they are. */
export async function applyIndexes(db: Knex): Promise<number> {
	const before = new Set(await listIndexes(db));
	for (const index of INDEXES) {
		const columns = index.columns.map((column) => db.raw('??', [column]).toQuery()).join(', ');
		await db.raw(`CREATE ${index.unique ? 'UNIQUE ' : ''}INDEX IF NOT EXISTS ?? ON ?? (${columns})`, [index.name, index.table]);
	}
	return INDEXES.filter((index) => !before.has(index.name)).length;
}

/** The names of the indexes on the model's tables, as the database reports them. */
export async function listIndexes(db: Knex): Promise<string[]> {
	const tables = [...new Set(INDEXES.map((index) => index.table))];
	if (db.client.config.client === 'pg') {
		const result = await db.raw<{ rows: { indexname: string }[] }>('SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY(?)', [tables]);
		return result.rows.map((row) => row.indexname);
	}
	const rows: { name: string }[] = await db('sqlite_master').select('name').where('type', 'index').whereIn('tbl_name', tables);
	return rows.map((row) => row.name);
}
