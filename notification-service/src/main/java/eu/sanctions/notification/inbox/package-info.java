/**
 * The inbox, always on: every notification stored per recipient, read and marked read
 * through the API, and pushed live to a page that holds a Server-Sent Events stream open.
 */
package eu.sanctions.notification.inbox;
