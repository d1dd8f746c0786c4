/**
 * Reads an OParl 1.1 Paper and what its consultations point at: each consultation's Meeting
 * (its `start`) and Organization (its `name`, from the consultation or else the meeting). The
 * Paper embeds its consultations (1.1); a server that lists them as URLs is read as well. Any
 * object that cannot be fetched fails the whole read, so the report is filled completely or not
 * at all.
 */
import { oparlTypeOf, type OparlConsultationFacts, type OparlPaperFacts } from '@cockpit/shared';
import { OparlFetchError } from './fetch-oparl-json';

/** More consultations than this are not a council paper's Beratungsfolge; each costs two requests. */
const MAX_CONSULTATIONS = 10;

type Json = Record<string, unknown>;

export async function readOparlPaper(url: string, fetchJson: (url: string) => Promise<unknown>): Promise<OparlPaperFacts> {
	const cache = new Map<string, Promise<unknown>>();
	const get = (target: string) => {
		if (!cache.has(target)) cache.set(target, fetchJson(target));
		return cache.get(target)!;
	};
	const paper = await get(url);
	const type = oparlTypeOf(paper);
	if (type !== 'Paper') {
		throw new OparlFetchError(
			type === null
				? 'Die Adresse liefert kein OParl-Objekt. Bitte die Adresse einer Drucksache (OParl „Paper“) aus dem Ratsinformationssystem angeben.'
				: `Die Adresse verweist auf ein OParl-Objekt vom Typ „${type}“, nicht auf eine Drucksache („Paper“).`,
		);
	}
	const p = paper as Json;
	const listed = Array.isArray(p['consultation']) ? p['consultation'].slice(0, MAX_CONSULTATIONS) : [];
	const consultations: OparlConsultationFacts[] = [];
	for (const item of listed) {
		const consultation = (typeof item === 'string' ? await get(item) : item) as Json | null;
		if (typeof consultation !== 'object' || consultation === null) continue;
		const meeting = typeof consultation['meeting'] === 'string' ? ((await get(consultation['meeting'])) as Json) : null;
		const organizationUrl = firstUrl(consultation['organization']) ?? firstUrl(meeting?.['organization']);
		const organization = organizationUrl ? ((await get(organizationUrl)) as Json) : null;
		consultations.push({
			committee: text(organization?.['name']) ?? text(organization?.['shortName']),
			meetingStart: text(meeting?.['start']),
			role: text(consultation['role']),
			authoritative: consultation['authoritative'] === true,
		});
	}
	return { reference: text(p['reference']), date: text(p['date']), consultations };
}

/** OParl 1.1 lists organisations; 1.0 gave one URL. */
function firstUrl(value: unknown): string | null {
	if (typeof value === 'string') return value;
	if (Array.isArray(value) && typeof value[0] === 'string') return value[0];
	return null;
}

function text(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value : null;
}
