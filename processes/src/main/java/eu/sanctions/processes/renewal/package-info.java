/**
 * The renewal's rules, free of any engine: the position book, the unanimity rule with its
 * blocking minority of constructive abstentions, the procedure's dates, the veto-risk
 * inputs and explanations, and the checks on what staff and desks enter.
 */
package eu.sanctions.processes.renewal;
