/**
 * A Redis database number of its own on the local Redis (127.0.0.1:6379 unless REDIS_URL says
 * otherwise), so a topology run shares no cache, counter or bus with another run or with other
 * users of the server. A number counts as free when it holds no key; it is claimed with a
 * marker key (SET NX), so two runs starting together cannot pick the same one, and emptied
 * when released.
 */
import { Redis } from 'ioredis';

const MARKER = 'cockpit:claimed-by';

export interface RedisDatabase {
	url: string;
	number: number;
	release(): Promise<void>;
}

export async function claimRedisDatabase(base = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379'): Promise<RedisDatabase> {
	const owner = `${process.pid}-${Date.now()}`;
	// Database 0 is left to whoever uses Redis without choosing a number.
	for (let number = 15; number >= 1; number--) {
		const client = new Redis(`${base}/${number}`, { lazyConnect: true, maxRetriesPerRequest: 1 });
		try {
			await client.connect();
			if ((await client.dbsize()) > 0) continue;
			if ((await client.set(MARKER, owner, 'NX')) !== 'OK') continue;
			return {
				url: `${base}/${number}`,
				number,
				release: async () => {
					const cleaner = new Redis(`${base}/${number}`, { maxRetriesPerRequest: 1 });
					try {
						if ((await cleaner.get(MARKER)) === owner) await cleaner.flushdb();
					} finally {
						cleaner.disconnect();
					}
				},
			};
		} finally {
			client.disconnect();
		}
	}
	throw new Error(`Keine freie Redis-Datenbank (1–15) unter ${base}.`);
}
