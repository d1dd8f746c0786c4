import type { CostComponentView } from './dashboard-types';
import { formatCostComponent } from './format-cost-component';

/**
 * A goal's whole cost in one line, its components in the document's order joined by "; "
 * ("einmalig 150 €; pro Jahr 6.000 €"); null when the document says nothing on cost.
 */
export function formatCostComponents(components: readonly CostComponentView[]): string | null {
	return components.length === 0 ? null : components.map(formatCostComponent).join('; ');
}
