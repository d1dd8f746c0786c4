/** The fields of a measure the profile (Steckbrief) text is split into, and what it may already hold. */
export interface ProfileFields {
	profile_description: string | null;
	benefit: string | null;
	addressees: string | null;
	best_practice: string | null;
}

export interface StoredProfile extends ProfileFields {
	profile: string | null;
	/** "Hintergrund / Ziel" is the measure's goal. */
	goal: string | null;
	/** "Verantwortliche" is the name of the measure's owner. */
	owner_name: string | null;
}

/** What to write: the fields that were empty and are now filled, and the rest of the profile text. */
export type ProfileSplit = Partial<ProfileFields> & { profile: string | null; profile_empty_sections: string[] };

const FIELD_OF_HEADING: Record<string, keyof ProfileFields> = {
	Beschreibung: 'profile_description',
	Nutzen: 'benefit',
	Adressaten: 'addressees',
	'Best Practice / interkommunaler Ansatz': 'best_practice',
};
/** Headings whose text is stored elsewhere already: dropped only where it says the same. */
const STORED_ELSEWHERE: Record<string, 'goal' | 'owner_name'> = { 'Hintergrund / Ziel': 'goal', Verantwortliche: 'owner_name' };

const BULLET = /^\s*[•·\-–*]\s/;
const HEADING = /^([^:\n]{1,60}):[ \t]*([\s\S]*)$/;

const same = (a: string | null, b: string | null) => a !== null && b !== null && a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();
const empty = (value: string | null | undefined) => value === null || value === undefined || value.trim() === '';

/**
 * Splits a measure's profile text as the earlier seed stored it (paragraphs "Heading: text"
 * separated by blank lines; bullet paragraphs belong to the heading before) into the profile
 * fields. A field is filled only where it is empty; a section whose field already holds other
 * text stays in `profile`, as does every paragraph under a heading that has no field, so no word
 * is lost. "Hintergrund / Ziel" and "Verantwortliche" are dropped only where they equal the
 * stored goal and owner name. A known heading printed with no text is listed as an empty section.
 */
export function splitMeasureProfile(stored: StoredProfile): ProfileSplit {
	const result: ProfileSplit = { profile: stored.profile, profile_empty_sections: [] };
	if (empty(stored.profile)) return result;

	const sections: { heading: string | null; paragraphs: string[] }[] = [];
	for (const paragraph of stored.profile!.split(/\n[ \t]*\n/).map((p) => p.trim()).filter((p) => p !== '')) {
		const match = HEADING.exec(paragraph);
		const heading = match?.[1]!.trim();
		if (match && heading !== undefined && (heading in FIELD_OF_HEADING || heading in STORED_ELSEWHERE)) {
			sections.push({ heading, paragraphs: match[2]!.trim() === '' ? [] : [match[2]!.trim()] });
		} else if (BULLET.test(paragraph) && sections.length > 0) {
			sections[sections.length - 1]!.paragraphs.push(paragraph);
		} else {
			sections.push({ heading: null, paragraphs: [paragraph] });
		}
	}

	const rest: string[] = [];
	const keep = (section: { heading: string | null; paragraphs: string[] }) => {
		if (section.heading === null) rest.push(...section.paragraphs);
		else rest.push(`${section.heading}: ${section.paragraphs[0] ?? ''}`.trimEnd(), ...section.paragraphs.slice(1));
	};
	const filled = new Map<keyof ProfileFields, string>();
	for (const section of sections) {
		const text = section.paragraphs.join('\n\n');
		if (section.heading === null) {
			keep(section);
			continue;
		}
		const elsewhere = STORED_ELSEWHERE[section.heading];
		if (elsewhere) {
			if (!same(text, stored[elsewhere])) keep(section);
			continue;
		}
		const field = FIELD_OF_HEADING[section.heading]!;
		if (text === '') {
			if (!result.profile_empty_sections.includes(section.heading)) result.profile_empty_sections.push(section.heading);
		} else if (empty(stored[field]) && !filled.has(field)) {
			filled.set(field, text);
		} else if (!same(text, stored[field]) && !same(text, filled.get(field) ?? null)) {
			keep(section);
		}
	}
	for (const [field, text] of filled) result[field] = text;
	result.profile = rest.length > 0 ? rest.join('\n\n') : null;
	return result;
}
