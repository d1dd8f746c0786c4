import { describe, expect, it } from 'vitest';
import { splitMeasureProfile, type StoredProfile } from './split-measure-profile';

const goal = 'Der allgemeine Informationsgrad soll erhöht werden.';
const owner = 'Amt für Personal und Organisation, Organisations- und Personalentwicklung, E-Government';
const profile = [
	`Hintergrund / Ziel: ${goal}`,
	'Beschreibung: Regelmäßige Rückmeldungen an betroffene Organisationseinheiten.',
	'• Schaffung der grundsätzlichen Haltung\n• Nutzung der etablierten Kommunikationswege',
	'Nutzen: Erhöhung der Transparenz',
	'Adressaten: Mitarbeiterinnen und Mitarbeiter, Führungskräfte',
	'Best Practice / interkommunaler Ansatz: Stadt Soest (Projekt Open-Government- und Kommunikationsplattform)',
	`Verantwortliche: ${owner}`,
].join('\n\n');

const empty: StoredProfile = { profile, goal, owner_name: owner, profile_description: null, benefit: null, addressees: null, best_practice: null };

describe('splitMeasureProfile', () => {
	it('moves each section into its field, bullets with the heading before, and drops goal and owner that are stored already', () => {
		expect(splitMeasureProfile(empty)).toEqual({
			profile_description: 'Regelmäßige Rückmeldungen an betroffene Organisationseinheiten.\n\n• Schaffung der grundsätzlichen Haltung\n• Nutzung der etablierten Kommunikationswege',
			benefit: 'Erhöhung der Transparenz',
			addressees: 'Mitarbeiterinnen und Mitarbeiter, Führungskräfte',
			best_practice: 'Stadt Soest (Projekt Open-Government- und Kommunikationsplattform)',
			profile: null,
			profile_empty_sections: [],
		});
	});

	it('keeps goal and owner paragraphs that differ from the stored ones, and text under no known heading', () => {
		const text = `Hintergrund / Ziel: Etwas anderes.\n\nZeitplan: 2023\n\nNutzen: Mehr Tempo\n\nVerantwortliche: Kreiskämmerei`;
		expect(splitMeasureProfile({ ...empty, profile: text })).toEqual({
			benefit: 'Mehr Tempo',
			profile: 'Hintergrund / Ziel: Etwas anderes.\n\nZeitplan: 2023\n\nVerantwortliche: Kreiskämmerei',
			profile_empty_sections: [],
		});
	});

	it('never overwrites a field an editor filled: a differing section stays in the profile, an equal one is dropped', () => {
		const result = splitMeasureProfile({ ...empty, benefit: 'Von Hand geschrieben', addressees: 'Mitarbeiterinnen und Mitarbeiter,  Führungskräfte' });
		expect(result).toEqual({
			profile_description: expect.any(String),
			best_practice: expect.any(String),
			profile: 'Nutzen: Erhöhung der Transparenz',
			profile_empty_sections: [],
		});
	});

	it('lists a heading printed without text as an empty section and leaves an empty profile alone', () => {
		expect(splitMeasureProfile({ ...empty, profile: 'Nutzen: Schneller\n\nBest Practice / interkommunaler Ansatz:' })).toEqual({
			benefit: 'Schneller',
			profile: null,
			profile_empty_sections: ['Best Practice / interkommunaler Ansatz'],
		});
		expect(splitMeasureProfile({ ...empty, profile: null })).toEqual({ profile: null, profile_empty_sections: [] });
	});
});
