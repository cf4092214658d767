package be.brussels.poles.crm.search;

import be.brussels.poles.crm.company.Commune;
import java.time.Instant;

/**
 * One company in a result list: identity data only (every staff member may read it).
 *
 * @param commune null when the registered office is outside Brussels or unknown
 * @param mainNaceCode empty when unknown
 * @param kboStatus empty when the company has no KBO data
 */
public record CompanyHit(String companyId, String enterpriseNumber, String formattedNumber,
    String name, Commune commune, String mainNaceCode, String kboStatus, Instant registeredAt) {}
