import type { MeasureView } from '@cockpit/shared';
import { de } from '../i18n/de';

/** One field of a measure's profile (Steckbrief) as the dialog shows it. */
export interface ProfileSection {
	heading: string;
	/** The text; null when the document prints the heading with nothing under it. */
	text: string | null;
}

type ProfileFields = Pick<MeasureView, 'goal' | 'profile_description' | 'benefit' | 'addressees' | 'best_practice' | 'profile_empty_sections'>;

const normal = (heading: string) => heading.trim().toLocaleLowerCase('de');

/**
 * The profile's fields in the document's order: Ziel, Beschreibung, Nutzen, Adressaten, Best
 * Practice. A field with text shows it; a heading the document prints empty shows as empty
 * ("im Dokument ohne Angabe"), so it is not mistaken for a gap in the transcription; a field
 * the document does not have is left out. Empty headings of other names follow.
 */
export function profileSections(measure: ProfileFields): ProfileSection[] {
	const empty = new Map(measure.profile_empty_sections.map((heading) => [normal(heading), heading]));
	const fields: [string, string | null][] = [
		[de.measure.profileGoal, measure.goal],
		[de.measure.profileDescription, measure.profile_description],
		[de.measure.benefit, measure.benefit],
		[de.measure.addressees, measure.addressees],
		[de.measure.bestPractice, measure.best_practice],
	];
	const sections: ProfileSection[] = [];
	for (const [heading, text] of fields) {
		if (text) sections.push({ heading, text });
		else if (empty.has(normal(heading))) sections.push({ heading, text: null });
		empty.delete(normal(heading));
	}
	for (const heading of empty.values()) sections.push({ heading, text: null });
	return sections;
}
