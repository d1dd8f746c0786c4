import { describe, expect, it } from 'vitest';
import { profileSections } from './measure-profile';

const none = { goal: null, profile_description: null, benefit: null, addressees: null, best_practice: null, profile_empty_sections: [] };

describe('profileSections', () => {
	it('lists the profile fields with text in the document\'s order and leaves out the missing ones', () => {
		expect(profileSections({ ...none, benefit: 'Weniger Wege', goal: 'Alle Akten digital', addressees: 'Mitarbeitende' })).toEqual([
			{ heading: 'Ziel', text: 'Alle Akten digital' },
			{ heading: 'Nutzen', text: 'Weniger Wege' },
			{ heading: 'Adressaten', text: 'Mitarbeitende' },
		]);
	});

	it('keeps a heading the document prints empty, also one of another name', () => {
		expect(profileSections({ ...none, goal: 'Ziel', profile_empty_sections: ['Best Practice', 'Risiken'] })).toEqual([
			{ heading: 'Ziel', text: 'Ziel' },
			{ heading: 'Best Practice', text: null },
			{ heading: 'Risiken', text: null },
		]);
	});

	it('gives nothing for a measure without profile', () => {
		expect(profileSections(none)).toEqual([]);
	});
});
