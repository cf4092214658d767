package be.brussels.poles.financing.application;

import be.brussels.poles.kit.web.MoneyInput;

/**
 * The body of {@code POST /applications/{id}/payments}.
 *
 * @param version the version the client read
 * @param paidOn ISO date, e.g. "2026-12-01", not in the future
 * @param amount the amount received
 */
public record PaymentRequest(Long version, String paidOn, MoneyInput amount) {}
