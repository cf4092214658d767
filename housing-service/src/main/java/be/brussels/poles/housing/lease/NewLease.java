package be.brussels.poles.housing.lease;

import be.brussels.poles.housing.inventory.LeaseKind;
import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A checked lease request; {@code requestId} is the location request whose accepted offer it
 * signs, or null.
 */
public record NewLease(EnterpriseNumber enterpriseNumber, LeaseKind kind, LocalDate start,
    LocalDate end, Money monthlyRent, UUID requestId) {}
