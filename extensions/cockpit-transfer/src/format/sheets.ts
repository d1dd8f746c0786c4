/**
 * The workbook format of a district: one sheet per kind, German sheet and column names, one
 * header row, data from row 2. This table drives export, template, import and the column
 * descriptions, so the three can never disagree.
 */
import {
	ACTION_FIELD_KIND_LABELS,
	COST_ATTRIBUTION_LABELS,
	COST_TYPE_LABELS,
	MEASURE_STATUS_LABELS,
	PRIORITY_CLASS_LABELS,
	NOT_STATED_LABEL,
	REPORT_STATE_LABELS,
} from '@cockpit/shared';

export const DIRECTION_LABELS = { at_least: 'Mindestens', at_most: 'Höchstens' } as const;
export const HORIZON_LABELS = { kurzfristig: 'Kurzfristig', mittelfristig: 'Mittelfristig', langfristig: 'Langfristig' } as const;
/** Priority classes are written as their short form ("1+"); the long label is accepted too. */
const PRIORITY_CLASS_SHORT = Object.fromEntries(Object.keys(PRIORITY_CLASS_LABELS).map((key) => [key, key])) as Record<string, string>;

export type ColumnKind =
	| { type: 'text' }
	| { type: 'key' }
	| { type: 'ref' }
	| { type: 'number' }
	| { type: 'integer' }
	| { type: 'date' }
	| { type: 'boolean' }
	/** A mark such as "ca.": written "ja" or left empty; empty reads as false, never null. */
	| { type: 'flag' }
	| { type: 'theme' }
	| { type: 'list' }
	| { type: 'consultations' }
	| { type: 'choice'; labels: Record<string, string>; aliases?: Record<string, string>; name: string; notStated?: boolean };

export interface Column {
	header: string;
	/** The field in the sheet's row model (mostly the Directus field). */
	field: string;
	kind: ColumnKind;
	required?: boolean;
	/** Written for reading, ignored on import. */
	computed?: boolean;
	description: string;
}

export interface SheetDefinition {
	name: string;
	description: string;
	columns: Column[];
}

const text = (header: string, field: string, description: string, required = false): Column => ({ header, field, kind: { type: 'text' }, required, description });
const num = (header: string, field: string, description: string, required = false): Column => ({ header, field, kind: { type: 'number' }, required, description });
const int = (header: string, field: string, description: string, required = false): Column => ({ header, field, kind: { type: 'integer' }, required, description });
const date = (header: string, field: string, description: string, required = false): Column => ({ header, field, kind: { type: 'date' }, required, description });
const ref = (header: string, field: string, description: string, required = false): Column => ({ header, field, kind: { type: 'ref' }, required, description });
const choice = (header: string, field: string, name: string, labels: Record<string, string>, description: string, required = false, aliases?: Record<string, string>): Column => ({
	header,
	field,
	kind: { type: 'choice', labels, name, ...(aliases ? { aliases } : {}) },
	required,
	description: `${description} Erlaubt: ${Object.values(labels).join(', ')}.`,
});
const computed = (header: string, field: string, description: string): Column => ({
	header,
	field,
	kind: { type: 'number' },
	computed: true,
	description: `${description} Wird berechnet; beim Import ignoriert.`,
});
/** A choice the document may leave open: empty (or „nicht angegeben“) is null, shown as NOT_STATED_LABEL. */
const optionalChoice = (header: string, field: string, name: string, labels: Record<string, string>, description: string): Column => ({
	header,
	field,
	kind: { type: 'choice', labels, name, notStated: true },
	description: `${description} Erlaubt: ${Object.values(labels).join(', ')}; leer oder „${NOT_STATED_LABEL}“, wenn das Dokument keine Angabe macht (nie raten).`,
});
const flag = (header: string, field: string, description: string): Column => ({ header, field, kind: { type: 'flag' }, description: `${description} „ja“ oder leer.` });
const key = (description: string, required = true): Column => ({ header: 'Kennung', field: 'key', kind: { type: 'key' }, required, description });

const PROGRESS_TEXT = 'Beschreibung des Fortschritts';

export const SHEETS = {
	district: {
		name: 'Kreis',
		description: 'Genau eine Zeile: der Kreis und sein Strategiedokument.',
		columns: [
			{ header: 'Kennung', field: 'id', kind: { type: 'key' }, required: true, description: 'Kurzname in Kleinbuchstaben ohne Umlaute, z. B. „viersen“. Daran erkennt der Import den Kreis wieder.' },
			text('Name', 'name', 'Wie der Kreis sich selbst nennt, z. B. „Kreis Viersen“.', true),
			text('Bundesland', 'state', 'Z. B. „Nordrhein-Westfalen“.', true),
			{ header: 'Öffentlich sichtbar', field: 'published', kind: { type: 'boolean' }, description: '„ja“ oder „nein“: zeigt das Dashboard den Kreis auch ohne Anmeldung?' },
			text('Titel der Strategie', 'strategy_title', 'Titel des Strategiedokuments.'),
			text('Quelldokument', 'source_document', 'Z. B. „Drucksache 168/22“.'),
			date('Datum des Dokuments', 'source_date', 'Datum als TT.MM.JJJJ; leer, wenn nur Monat oder Jahr bekannt sind.'),
			text('Datum wie im Dokument', 'source_date_label', 'Z. B. „August 2022“.'),
			text('Kurzbeschreibung', 'strategy_summary', 'Ein, zwei Sätze zur Strategie.'),
		],
	},
	actionFields: {
		name: 'Handlungsfelder',
		description: 'Handlungsfelder, Leitziele, Leitprojekte, strategische Ziele und Projektfelder; die Reihenfolge der Zeilen ist die Reihenfolge im Dokument.',
		columns: [
			key('Eindeutig im Kreis. Leer lassen, dann gilt die Nummer. Andere Blätter verweisen mit der Kennung auf ein Handlungsfeld.', false),
			text('Nummer', 'code', 'Die Nummer wie im Dokument, z. B. „I.1“ oder „2.2“.'),
			choice('Art', 'kind', 'Art', ACTION_FIELD_KIND_LABELS, 'Was das Feld im Dokument ist.', true),
			text('Titel', 'title', 'Titel des Feldes.', true),
			ref('Übergeordnet', 'parent', 'Kennung des übergeordneten Feldes, z. B. das Leitziel eines Leitprojekts; leer für oberste Felder.'),
			{ header: 'Thema', field: 'theme', kind: { type: 'theme' }, required: true, description: 'Ein Thema des gemeinsamen Katalogs (Name oder Kennung), z. B. „E-Akte und DMS“. Darüber werden Kreise verglichen.' },
			text('Beschreibung', 'description', 'Text des Dokuments zum Feld.'),
			text('Langfristiges Ziel', 'long_term_target', 'Langfristiges Ziel (z. B. Paderborn).'),
			{ header: 'Zielgruppen', field: 'target_groups', kind: { type: 'list' }, description: 'Mehrere Zielgruppen durch Semikolon getrennt.' },
			choice('Zeithorizont', 'horizon', 'Zeithorizont', HORIZON_LABELS, 'Leer, wenn das Dokument keinen nennt.'),
			text('Risiken', 'risks', 'Risiken laut Dokument.'),
		],
	},
	longTermValues: {
		name: 'Langfristige Zielwerte',
		description: 'Zahlen, die das langfristige Ziel eines Handlungsfelds nennt („maximal 0,8“, „200 Prozesse“); eine Zeile je Zahl. Die Zeilen eines Felds ersetzen seine bisherigen Zielwerte; fehlt das Blatt, bleiben sie, wie sie sind.',
		columns: [
			ref('Handlungsfeld', 'action_field', 'Kennung des Handlungsfelds (Blatt „Handlungsfelder“).', true),
			num('Wert', 'value', 'Die Zahl, z. B. 0,8.', true),
			text('Einheit', 'unit', 'Z. B. „Prozesse“; leer, wenn der Text keine nennt.'),
			optionalChoice('Richtung', 'direction', 'Richtung', DIRECTION_LABELS, 'Nur wo der Text „mindestens“, „maximal“ o. Ä. sagt.'),
			flag('ca.', 'approximate', 'Der Text nennt die Zahl ungefähr („ca.“, „rd.“, „etwa“).'),
			text('Wortlaut', 'wording', 'Die Worte des Textes, die die Zahl nennen, z. B. „maximal 0,8 betragen“.', true),
		],
	},
	profileSections: {
		name: 'Steckbrief-Abschnitte',
		description: 'Weitere Abschnitte des Steckbriefs eines Handlungsfelds oder Leitprojekts, die keine eigene Spalte haben; eine Zeile je Abschnitt in der Reihenfolge des Dokuments. Die Zeilen eines Felds ersetzen seine bisherigen Abschnitte; fehlt das Blatt, bleiben sie, wie sie sind.',
		columns: [
			ref('Handlungsfeld', 'action_field', 'Kennung des Handlungsfelds (Blatt „Handlungsfelder“).', true),
			text('Überschrift', 'heading', 'Wörtlich, z. B. „3.2 Rechtliche Aspekte“.', true),
			text('Text', 'text', 'Der Text des Abschnitts; leer, wenn das Dokument die Überschrift druckt und nichts darunter schreibt.'),
		],
	},
	measures: {
		name: 'Maßnahmen',
		description: 'Eine Zeile je Maßnahme oder Projekt.',
		columns: [
			key('Eindeutig im Kreis. Leer lassen, dann gilt die Nummer; nötig nur, wenn Nummern fehlen oder doppelt vorkommen.', false),
			text('Nummer', 'code', 'Die Nummer der Maßnahme wie im Dokument, z. B. „44“.'),
			text('Titel', 'title', 'Titel der Maßnahme.', true),
			{ header: 'Frühere Titel', field: 'former_titles', kind: { type: 'list' }, description: 'Bei umbenannten Maßnahmen die bisherigen Titel, durch Semikolon getrennt.' },
			ref('Handlungsfeld', 'action_field', 'Kennung des Handlungsfelds (Blatt „Handlungsfelder“).'),
			{ header: 'Thema', field: 'theme', kind: { type: 'theme' }, required: true, description: 'Ein Thema des gemeinsamen Katalogs (Name oder Kennung).' },
			optionalChoice('Status', 'status', 'Status', MEASURE_STATUS_LABELS, 'Stand der Maßnahme.'),
			flag('Historie', 'historical', 'Eintrag eines Historienverzeichnisses (in einem früheren Bericht abgeschlossen oder beendet); seine Nummer kann heute einer anderen Maßnahme gehören.'),
			choice('Prioritätsklasse', 'priority_class', 'Prioritätsklasse', PRIORITY_CLASS_SHORT, 'Von Hand vergebene Klasse; leer, wenn der Kreis mit Kriterien priorisiert.', false, PRIORITY_CLASS_LABELS),
			num('Fortschritt', 'progress_current', 'Stand auf der eigenen Skala, zwischen 0 und „Abschluss bei“.'),
			flag('Fortschritt ca.', 'progress_approximate', 'Das Dokument nennt den Stand nur ungefähr („ca.“, aus einem Diagramm abgelesen).'),
			num('Abschluss bei', 'progress_target', 'Wert, bei dem die Maßnahme als abgeschlossen gilt, z. B. 10; größer als 0.'),
			text('Ziel der Maßnahme', 'goal', 'Ziel laut Dokument.'),
			text('Beschreibung', 'description', 'Kurzbeschreibung.'),
			text(PROGRESS_TEXT, 'progress_text', 'Beschreibung des Fortschritts.'),
			text('Nächste Tätigkeiten', 'next_steps', 'Nächste Schritte.'),
			text('Geplante Umsetzung', 'planned_label', 'Wie im Dokument, z. B. „Q1 2024“.'),
			date('Geplant bis', 'planned_date', 'Datum als TT.MM.JJJJ.'),
			choice('Zeithorizont', 'horizon', 'Zeithorizont', HORIZON_LABELS, 'Leer, wenn das Dokument keinen nennt.'),
			text('Verantwortliche Stelle', 'owner', 'Name der Stelle wie im Blatt „Verantwortliche Stellen“; leer, wenn das Dokument keine nennt.'),
			text('Steckbrief: Beschreibung', 'profile_description', '„Beschreibung“ des Steckbriefs (länger als die Kurzbeschreibung).'),
			text('Nutzen', 'benefit', '„Nutzen“ laut Steckbrief.'),
			text('Adressaten', 'addressees', '„Adressaten“ laut Steckbrief.'),
			text('Best Practice', 'best_practice', '„Best Practice / interkommunaler Ansatz“ laut Steckbrief.'),
			{ header: 'Leere Steckbrief-Abschnitte', field: 'profile_empty_sections', kind: { type: 'list' }, description: 'Überschriften, unter denen der Steckbrief nichts schreibt, wörtlich und durch Semikolon getrennt (z. B. „Best Practice / interkommunaler Ansatz“). So unterscheidet sich ein leerer Abschnitt von einem nicht übertragenen.' },
			text('Steckbrief', 'profile', 'Text des Steckbriefs, der in keine andere Spalte passt.'),
			text('Hinweis zur Quelle', 'source_note', 'Abweichungen oder Widersprüche im Quelldokument.'),
			computed('Prioritätswert', 'priority_score', 'Gewichteter Mittelwert der Bewertungen.'),
			computed('Rang', 'priority_rank', 'Platz im Kreis, 1 = höchste Priorität.'),
			computed('Fortschritt in Prozent', 'progress_percent', '100 × Fortschritt / Abschluss bei.'),
		],
	},
	otherCodes: {
		name: 'Weitere Nummern',
		description: 'Andere Nummern, unter denen ein Dokument eine Maßnahme führt (z. B. die Nummer in Kapitel 7.1); eine Zeile je Nummer. Die Zeilen einer Maßnahme ersetzen ihre bisherigen weiteren Nummern; fehlt das Blatt, bleiben sie, wie sie sind.',
		columns: [
			ref('Maßnahme', 'measure', 'Kennung der Maßnahme (Blatt „Maßnahmen“).', true),
			text('Nummer', 'code', 'Die andere Nummer, wie geschrieben.', true),
			text('Quelle', 'source', 'Wo das Dokument diese Nummer verwendet, z. B. „Kapitel 7.1 (Maßnahmenübersicht)“.', true),
		],
	},
	successions: {
		name: 'Nachfolge',
		description: 'Welche Maßnahme eine frühere (ganz oder teilweise) fortführt; eine Zeile je Paar. Beide Maßnahmen gehören zum Kreis; sie werden mit ihrer Kennung genannt (die Nummer, bei doppelten Nummern etwa „historie-15“ für den Eintrag im Historienverzeichnis).',
		columns: [
			ref('Vorgänger', 'predecessor', 'Kennung der früheren Maßnahme (Blatt „Maßnahmen“).', true),
			{ header: 'Titel des Vorgängers', field: 'predecessor_title', kind: { type: 'text' }, computed: true, description: 'Nur zum Lesen; beim Import ignoriert.' },
			ref('Nachfolger', 'successor', 'Kennung der Maßnahme, die sie fortführt.', true),
			{ header: 'Titel des Nachfolgers', field: 'successor_title', kind: { type: 'text' }, computed: true, description: 'Nur zum Lesen; beim Import ignoriert.' },
			text('Bemerkung', 'note', 'Was das Dokument dazu sagt, wörtlich.'),
		],
	},
	criteria: {
		name: 'Kriterien und Stufen',
		description: 'Eine Zeile je Stufe eines Kriteriums; Gewichtung und Leitfrage stehen in jeder Zeile des Kriteriums gleich (oder nur in der ersten).',
		columns: [
			text('Kriterium', 'criterion', 'Name des Kriteriums, z. B. „Innenwirkung“; eindeutig im Kreis.', true),
			num('Gewichtung', 'weight', 'Größer als 0, z. B. 40 für 40 %.'),
			text('Leitfrage', 'description', 'Die Frage hinter dem Kriterium.'),
			text('Stufe', 'label', 'Bezeichnung der Stufe, z. B. „hoch“; eindeutig je Kriterium.', true),
			num('Punkte', 'points', '0 oder mehr.', true),
		],
	},
	ratings: {
		name: 'Bewertungen',
		description: 'Eine Zeile je Maßnahme, eine Spalte je Kriterium (Spaltenkopf = Name des Kriteriums) mit der Bezeichnung der Stufe; leere Zelle = nicht bewertet. Optional je Kriterium eine Spalte „Begründung: <Kriterium>“.',
		columns: [
			ref('Maßnahme', 'measure', 'Kennung der Maßnahme (Blatt „Maßnahmen“).', true),
			{ header: 'Titel', field: 'title', kind: { type: 'text' }, computed: true, description: 'Titel der Maßnahme, nur zum Lesen; beim Import ignoriert.' },
		],
	},
	goals: {
		name: 'Jahresziele',
		description: 'Eine Zeile je Jahresziel; die Reihenfolge der Zeilen ist die Reihenfolge im Dokument.',
		columns: [
			key('Eindeutig im Kreis, z. B. „Z1“. Nach einem Export steht hier die interne Kennung; beide bleiben beim erneuten Import stabil.'),
			int('Jahr', 'year', 'Jahr zwischen 2000 und 2100.', true),
			ref('Strategisches Ziel', 'action_field', 'Kennung des Handlungsfelds oder strategischen Ziels.'),
			optionalChoice('Richtung', 'direction', 'Richtung', DIRECTION_LABELS, 'Mindestens: mehr ist besser; Höchstens: weniger ist besser. Ohne Richtung keine Zielerreichung.'),
			text('Ziel', 'title', 'Wortlaut des Ziels.', true),
			num('Zielwert', 'target_value', 'Größer als 0; leer, wenn das Ziel keine Zahl nennt.'),
			flag('Zielwert ca.', 'target_approximate', 'Das Ziel nennt den Wert nur ungefähr („ca.“, „rd.“).'),
			text('Einheit', 'unit', 'Z. B. „Ämter“ oder „%“.'),
			num('Istwert', 'actual_value', 'Leer, solange kein Wert erhoben ist (nicht 0).'),
			text('Kostenangabe im Wortlaut', 'cost_note', 'Der Satz des Dokuments zu den Kosten; die einzelnen Beträge stehen im Blatt „Kosten“.'),
			computed('Zielerreichung in Prozent', 'attainment_percent', 'Istwert / Zielwert (bei „Höchstens“ umgekehrt); leer ohne Richtung.'),
		],
	},
	costs: {
		name: 'Kosten',
		description: 'Die Kosten eines Jahresziels, eine Zeile je Bestandteil, so wie der Kostensatz sie nennt („einmalig 150 € und jährlich 6.000 €“: zwei Zeilen); ein Ziel ohne Zeile sagt nichts zu Kosten. Die Reihenfolge der Zeilen eines Ziels ist die Reihenfolge im Dokument. Ein Unbekanntes bleibt leer, nie 0.',
		columns: [
			{ header: 'Kennung', field: 'key', kind: { type: 'key' }, description: 'Nach einem Export die interne Kennung des Bestandteils; für einen neuen Bestandteil leer lassen (oder eine eigene wie „K1“). Daran erkennt der Import den Bestandteil wieder.' },
			ref('Jahresziel', 'annual_goal', 'Kennung des Jahresziels (Blatt „Jahresziele“).', true),
			{ header: 'Ziel', field: 'goal_title', kind: { type: 'text' }, computed: true, description: 'Wortlaut des Ziels, nur zum Lesen; beim Import ignoriert.' },
			choice('Art', 'kind', 'Kostenart', COST_TYPE_LABELS, 'Welche Art Kosten der Bestandteil ist.', true),
			num('Betrag (EUR)', 'amount', '0 oder mehr; leer, wenn kein Betrag genannt ist (nie 0 für „unbekannt“).'),
			flag('Betrag ca.', 'approximate', 'Der Betrag ist ungefähr („ca. 20.000 €“).'),
			int('Laufzeit (Jahre)', 'years', 'Bei „Über mehrere Jahre“: die Zahl der Jahre, größer als 0.'),
			int('Haushaltsjahr', 'year', 'Das Jahr, für das das Dokument den Betrag nennt („für das Jahr 2024“).'),
			text('Träger', 'funder', 'Wer fördert oder trägt, z. B. „Bund“; leer, wenn keiner genannt ist.'),
			num('Anteil in %', 'share_percent', 'Anteil des Trägers, größer als 0 und höchstens 100; leer, wenn keiner genannt ist.'),
			choice('Zurechnung', 'attribution', 'Zurechnung', COST_ATTRIBUTION_LABELS, 'Wie viel davon diesem Ziel gehört. Leer = diesem Ziel zuzurechnen.'),
			text('Bemerkung', 'note', 'Was der Bestandteil ist, in den Worten des Dokuments.'),
		],
	},
	kpis: {
		name: 'Kennzahlen und Messwerte',
		description: 'Eine Zeile je Messwert; eine Kennzahl ohne Messwert hat eine Zeile mit leerem Stichtag. Name, Thema usw. stehen in jeder Zeile der Kennzahl gleich (oder nur in der ersten).',
		columns: [
			key('Eindeutig im Kreis, z. B. „K1“; alle Zeilen einer Kennzahl tragen dieselbe Kennung.'),
			text('Name', 'name', 'Name der Kennzahl.'),
			{ header: 'Thema', field: 'theme', kind: { type: 'theme' }, description: 'Ein Thema des gemeinsamen Katalogs (Name oder Kennung).' },
			ref('Handlungsfeld', 'action_field', 'Kennung des Handlungsfelds, dessen Steckbrief die Kennzahl nennt.'),
			ref('Maßnahme', 'measure', 'Kennung der Maßnahme (Blatt „Maßnahmen“), deren Steckbrief die Kennzahl nennt.'),
			text('Beleg im Wortlaut', 'description', 'Z. B. „25 % aller Anträge online“.'),
			text('Einheit', 'unit', 'Z. B. „%“.'),
			num('Zielwert', 'target_value', 'Größer als 0; leer, wenn keine Zahl genannt ist.'),
			optionalChoice('Richtung', 'direction', 'Richtung', DIRECTION_LABELS, 'Mindestens: mehr ist besser; Höchstens: weniger ist besser.'),
			num('Ausgangswert', 'baseline_value', 'Der Startwert, den das Dokument nennt, auch ohne Datum (z. B. 60 für „rd. 60 Prozent“).'),
			flag('Ausgangswert ca.', 'baseline_approximate', 'Der Ausgangswert ist ungefähr („rd.“, „ca.“).'),
			date('Ausgangswert am', 'baseline_date', 'Datum des Ausgangswerts als TT.MM.JJJJ; leer, wenn das Dokument keines nennt.'),
			text('Ausgangswert im Wortlaut', 'baseline_note', 'Wie und wo das Dokument den Ausgangswert nennt.'),
			date('Zu erreichen bis', 'deadline_date', 'Frist als TT.MM.JJJJ („bis zum Jahresende 2021“: 31.12.2021).'),
			text('Frist wie im Dokument', 'deadline_label', 'Z. B. „bis zum Jahresende 2021“.'),
			date('Stichtag', 'date', 'Datum des Messwerts als TT.MM.JJJJ; leer, wenn die Kennzahl noch keinen Messwert hat.'),
			num('Wert', 'value', 'Gemessener Wert.'),
			flag('Wert ca.', 'approximate', 'Der Messwert ist ungefähr („ca.“).'),
			text('Bemerkung', 'note', 'Bemerkung zum Messwert.'),
		],
	},
	reports: {
		name: 'Sachstandsberichte',
		description: 'Eine Zeile je Meldung einer Maßnahme in einem Bericht; ein Bericht ohne Meldungen hat eine Zeile mit leerer Maßnahme. Titel, Stichtag usw. stehen in jeder Zeile des Berichts gleich (oder nur in der ersten).',
		columns: [
			key('Eindeutig im Kreis, z. B. „B2023“; alle Zeilen eines Berichts tragen dieselbe Kennung.'),
			text('Titel', 'title', 'Titel des Berichts.'),
			date('Stichtag', 'report_date', 'Datum als TT.MM.JJJJ.'),
			text('Stichtag wie im Dokument', 'report_date_label', 'Z. B. „August 2022“.'),
			text('Drucksache', 'document_ref', 'Nummer der Vorlage, wie das Dokument sie nennt, z. B. „168/22“; leer, wenn es keine nennt.'),
			text('Gremium', 'committee', 'Das Gremium, dem der Bericht vorgelegt wird, z. B. „Kreistag“.'),
			date('Sitzungsdatum', 'meeting_date', 'Datum der Sitzung als TT.MM.JJJJ.'),
			text('Adresse im Ratsinformationssystem', 'document_url', 'Adresse der Drucksache (OParl), z. B. „https://ris.example.de/oparl/paper/168“.'),
			{ header: 'Beratungsfolge', field: 'consultations', kind: { type: 'consultations' }, description: 'Je Beratung „Gremium, TT.MM.JJJJ, Zuständigkeit“, durch Semikolon getrennt, z. B. „Kreisausschuss, 07.11.2022, Kenntnisnahme; Kreistag, 08.11.2022, Kenntnisnahme“; Datum und Zuständigkeit dürfen fehlen.' },
			text('Text', 'body', 'Zusammenfassung des Berichts.'),
			choice('Zustand', 'state', 'Zustand', REPORT_STATE_LABELS, 'Entwurf: wird noch bearbeitet, das Dashboard zeigt ihn nicht. Abgeschlossen: fester Stand zum Stichtag; ein neuer abgeschlossener Bericht wird mit genau den Meldungen dieses Blatts angelegt, ein gespeicherter abgeschlossener kann nicht mehr geändert werden. Leer: ein neuer Bericht wird als Entwurf angelegt, ein gespeicherter behält seinen Zustand.'),
			ref('Maßnahme', 'measure', 'Kennung der Maßnahme (Blatt „Maßnahmen“); leer für einen Bericht ohne Meldungen.'),
			optionalChoice('Status', 'status', 'Status', MEASURE_STATUS_LABELS, 'Status der Maßnahme zum Stichtag.'),
			num('Fortschritt', 'progress_value', 'Zwischen 0 und „Abschluss bei“.'),
			flag('Fortschritt ca.', 'progress_approximate', 'Der Bericht nennt den Stand nur ungefähr („ca.“).'),
			num('Abschluss bei', 'progress_target', 'Größer als 0.'),
			choice('Prioritätsklasse', 'priority_class', 'Prioritätsklasse', PRIORITY_CLASS_SHORT, 'Klasse zum Stichtag.', false, PRIORITY_CLASS_LABELS),
			text(PROGRESS_TEXT, 'progress_text', 'Stand zum Stichtag.'),
			text('Nächste Tätigkeiten', 'next_steps', 'Nächste Schritte laut Bericht.'),
			computed('Fortschritt in Prozent', 'progress_percent', '100 × Fortschritt / Abschluss bei.'),
		],
	},
	snapshots: {
		name: 'Stände der Projektfelder',
		description: 'Wenn ein Kreis nur Zahlen je Projektfeld berichtet (z. B. Unna): eine Zeile je Projektfeld und Stichtag. Leer heißt „keine Angabe“, nicht 0.',
		columns: [
			ref('Projektfeld', 'action_field', 'Kennung des Projektfelds (Blatt „Handlungsfelder“).', true),
			ref('Sachstandsbericht', 'status_report', 'Kennung des Berichts (Blatt „Sachstandsberichte“), falls die Zahlen aus einem stammen.'),
			date('Stichtag', 'date', 'Datum als TT.MM.JJJJ.', true),
			int('Ursprünglich geplant', 'planned_count', 'Anzahl.'),
			int('Nachträglich hinzugefügt', 'added_count', 'Anzahl.'),
			int('Gesamt', 'total_count', 'Anzahl.'),
			int('Abgeschlossen', 'completed_count', 'Anzahl.'),
			int('Kurz vor Abschluss', 'completing_soon_count', 'Anzahl.'),
			int('In Bearbeitung', 'in_progress_count', 'Anzahl.'),
			int('Daueraufgabe', 'ongoing_count', 'Anzahl.'),
			text('Angabe im Wortlaut', 'note', 'Der Satz des Berichts.'),
		],
	},
	dependencies: {
		name: 'Abhängigkeiten',
		description: 'Bezüge zwischen Handlungsfeldern oder Leitprojekten.',
		columns: [
			ref('Von', 'from_field', 'Kennung eines Handlungsfelds.', true),
			ref('Bezieht sich auf', 'to_field', 'Kennung eines Handlungsfelds.', true),
			text('Bemerkung', 'note', 'Art des Bezugs.'),
		],
	},
	owners: {
		name: 'Verantwortliche Stellen',
		description: 'Die Stellen, die ein Dokument als verantwortlich nennt (z. B. unter „Verantwortliche“ im Steckbrief), eine Zeile je Stelle; Maßnahmen nennen sie mit ihrem Namen.',
		columns: [
			text('Name', 'name', 'Wie das Dokument die Stelle nennt, wörtlich; eindeutig im Kreis. Daran erkennt der Import die Stelle wieder.', true),
			text('E-Mail', 'email', 'Adresse der Stelle für Erinnerungen; leer, wenn keine bekannt ist.'),
		],
	},
} satisfies Record<string, SheetDefinition>;

export type SheetId = keyof typeof SHEETS;
export const SHEET_ORDER: SheetId[] = [
	'district',
	'actionFields',
	'longTermValues',
	'profileSections',
	'measures',
	'otherCodes',
	'successions',
	'criteria',
	'ratings',
	'goals',
	'costs',
	'kpis',
	'reports',
	'snapshots',
	'dependencies',
	'owners',
];
export const NOTES_SHEET = 'Hinweise';
export const JUSTIFICATION_PREFIX = 'Begründung: ';
