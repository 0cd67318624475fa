/**
 * The registry's side of a renewal: telling the renewal that a package is due
 * ({@code renewal-due}, once per expiry), and applying what the renewal decided
 * ({@code extension-adopted}, {@code renewal-lapsed}) exactly once, or refusing it with a
 * reason.
 */
package eu.sanctions.registry.renewals;
