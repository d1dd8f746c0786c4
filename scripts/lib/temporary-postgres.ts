/**
 * A fresh PostgreSQL database for one test run, created beside the database that DB_DATABASE
 * names (the "test" database on CI) and dropped afterwards, so every run starts empty.
 */
import pg from 'pg';
import type { Env } from './directus-process';

export async function createTemporaryPostgresDatabase(): Promise<{ env: Env; drop(): Promise<void> }> {
	const connection = {
		host: process.env['DB_HOST'] ?? '127.0.0.1',
		port: Number(process.env['DB_PORT'] ?? 5432),
		user: process.env['DB_USER'] ?? 'postgres',
		password: process.env['DB_PASSWORD'] ?? undefined,
		database: process.env['DB_DATABASE'] ?? 'test',
	};
	const name = `cockpit_test_${process.pid}_${Date.now()}`;
	await withClient(connection, (client) => client.query(`CREATE DATABASE ${name}`));
	return {
		env: {
			DB_CLIENT: 'pg',
			DB_HOST: connection.host,
			DB_PORT: String(connection.port),
			DB_USER: connection.user,
			...(connection.password ? { DB_PASSWORD: connection.password } : {}),
			DB_DATABASE: name,
		},
		drop: () => withClient(connection, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
	};
}

async function withClient<T>(connection: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client(connection);
	await client.connect();
	try {
		return await work(client);
	} finally {
		await client.end();
	}
}
