package be.brussels.poles.housing.request;

import be.brussels.poles.kit.enterprise.EnterpriseNumber;
import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;
import java.util.List;

/** A checked request to record a location request; the budget is null when not given. */
public record NewLocationRequest(EnterpriseNumber enterpriseNumber, UnitType unitType,
    SurfaceRange surface, Money maxMonthlyBudget, List<Commune> communes, LocalDate wantedFrom,
    RequestDetails details) {}
