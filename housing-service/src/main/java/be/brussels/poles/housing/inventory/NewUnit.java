package be.brussels.poles.housing.inventory;

import be.brussels.poles.housing.request.UnitType;
import be.brussels.poles.kit.money.Money;
import java.time.LocalDate;

/** A checked request to add a unit; {@code availableUntil} is null when open-ended. */
public record NewUnit(UnitType type, String reference, int surface, Money monthlyPrice,
    LocalDate availableFrom, LocalDate availableUntil) {}
