import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import HomePage from './pages/HomePage.vue';

/**
 * The fixed routes of the product. Only `/` is in the first bundle; the other pages (and with
 * them the chart library) load when visited.
 */
export const router = createRouter({
	history: createWebHistory(import.meta.env.BASE_URL),
	routes: [
		{ path: '/', name: 'home', component: HomePage },
		{ path: '/kreis/:id', name: 'district', component: () => import('./pages/DistrictPage.vue') },
		{ path: '/kreis/:id/bericht', name: 'report', component: () => import('./pages/ReportPage.vue') },
		{ path: '/kreis/:id/zeitplan', name: 'timeline', component: () => import('./pages/TimelinePage.vue') },
		{ path: '/einladung', name: 'accept-invite', component: () => import('./pages/AcceptInvitePage.vue') },
		{ path: '/vergleich', name: 'compare', component: () => import('./pages/ComparePage.vue') },
		{ path: '/meldungen', name: 'reporting', component: () => import('./pages/ReportingPage.vue') },
		{ path: '/:rest(.*)*', name: 'not-found', component: () => import('./pages/NotFoundPage.vue') },
	],
	scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? undefined : { top: 0 }),
});

/**
 * After a page change, screen readers and keyboard users start at the new content instead of
 * the top of the previous page.
 */
export function focusMainAfterNavigation(to: RouteLocationNormalized, from: RouteLocationNormalized): void {
	if (from.matched.length === 0 || to.path === from.path) return;
	requestAnimationFrame(() => document.getElementById('inhalt')?.focus({ preventScroll: true }));
}
router.afterEach(focusMainAfterNavigation);
