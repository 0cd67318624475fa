package eu.sanctions.events;

/**
 * A legal act, e.g. Council Decision 2012/642/CFSP, CELEX {@code 32012D0642}.
 *
 * @param kind decision, regulation or other
 * @param title the act's title as published
 * @param celex the CELEX identifier, when EUR-Lex has one
 * @param url the act on EUR-Lex
 */
public record LegalAct(LegalActKind kind, String title, String celex, String url) {
}
