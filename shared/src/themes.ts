/** The shared cross-district theme catalogue: comparison between districts runs over these. */
export const THEMES = [
	{ id: 'e-akte-dms', name: 'E-Akte und DMS' },
	{ id: 'online-dienste-ozg', name: 'Online-Dienste und OZG' },
	{ id: 'mobiles-arbeiten', name: 'Mobiles Arbeiten und Arbeitsplatz' },
	{ id: 'qualifizierung', name: 'Qualifizierung und digitale Kompetenz' },
	{ id: 'prozessmanagement', name: 'Prozessmanagement und Automatisierung' },
	{ id: 'it-sicherheit', name: 'IT-Sicherheit und Datenschutz' },
	{ id: 'infrastruktur', name: 'Infrastruktur, Netze und Breitband' },
	{ id: 'daten-open-data', name: 'Daten und Open Data' },
	{ id: 'kommunikation', name: 'Kommunikation und Beteiligung' },
	{ id: 'organisation', name: 'Organisation, Steuerung und Strategie' },
	{ id: 'schulen-bildung', name: 'Schulen und Bildung' },
] as const;

export type ThemeId = (typeof THEMES)[number]['id'];
