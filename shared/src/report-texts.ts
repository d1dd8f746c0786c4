/**
 * The German wording of the status report, shared by its two renderers (the app's print view
 * and the Word document), so the two read the same.
 */
export const REPORT_TEXTS = {
	title: 'Sachstandsbericht',
	noData: 'keine Angabe',
	reportDate: 'Stand',
	committee: 'Gremium',
	meetingDate: 'Sitzung',
	documentRef: 'Drucksache',
	consultations: 'Beratungsfolge',
	overview: 'Übersicht der Maßnahmen',
	number: 'Nr.',
	measureTitle: 'Titel der Maßnahme',
	status: 'Status',
	priority: 'Priorität',
	progress: 'Fortschritt',
	progressExplained:
		'„Fortschritt“ nennt den Stand einer Maßnahme auf der Skala des Kreises: „9 von 10“ heißt 9 erreicht, Abschluss bei 10. Die Prozentzahl dahinter ist derselbe Stand geteilt durch den Abschlusswert (9 von 10 = 90 %).',
	goal: 'Ziel der Maßnahme',
	progressText: 'Beschreibung des Fortschritts',
	nextSteps: 'Beschreibung der nächsten Tätigkeiten',
	measuresTitle: 'Maßnahmen',
	history: 'Historienverzeichnis',
	historyIntro: 'Abgeschlossene und beendete Maßnahmen.',
	renamed: 'Umbenennung der Maßnahme, früher:',
	currentBasis: 'Aus den aktuellen Daten der Maßnahmen zusammengestellt; zu diesem Kreis liegt kein Sachstandsbericht mit Fortschrittsmeldungen vor.',
	draftBasis: 'Entwurf: die Maßnahmen mit ihrem heutigen Stand, wie der Bericht ihn beim Abschließen festhalten wird.',
	noMeasures: 'Zu diesem Kreis sind keine einzelnen Maßnahmen erfasst.',
	changes: {
		title: 'Veränderungen seit dem letzten Bericht',
		added: 'Neu aufgenommen',
		completed: 'Umgesetzt',
		ended: 'Beendet',
		statusChanged: 'Status geändert',
		progressUp: 'Fortschritt gestiegen',
		progressDown: 'Fortschritt gesunken',
		otherwise: 'Sonst aktualisiert (Text, Klasse oder Zielwert)',
		unchanged: 'Ohne neue Meldung',
		none: 'keine',
	},
} as const;
