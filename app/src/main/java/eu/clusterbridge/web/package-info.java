/**
 * Web: what every page and API answer shares — the page layout, the home page with the key figures, the
 * security rules (public reading, authenticated changes, CSRF on forms), and the translation of
 * "not found" and "invalid input" into 404 pages and {@code application/problem+json} answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package eu.clusterbridge.web;
