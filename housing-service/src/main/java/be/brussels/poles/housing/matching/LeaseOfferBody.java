package be.brussels.poles.housing.matching;

/**
 * The body of {@code POST /location-requests/{id}/lease}: the lease of the accepted offer's unit
 * at the offered rent, from {@code start} to {@code end} (ISO dates).
 *
 * @param version the request version the client read
 */
public record LeaseOfferBody(Long version, String start, String end) {}
